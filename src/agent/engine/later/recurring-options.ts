import type { ServiceContext } from "../../../kernel/context.ts";
import type { TaskRequest } from "../../brain/types.ts";
import type { TaskEvent } from "../../events.ts";
import type { ConfirmGuard } from "../confirm-guard.ts";
import type { Notifier } from "../notifier.ts";
import type { TaskRow, TaskStore } from "../task-store.ts";

/** What running recurring orders needs from the engine (its private steps, passed in). */
export interface RecurringOrdersOptions {
  context: ServiceContext;
  store: TaskStore;
  notifier: Notifier;
  guard?: ConfirmGuard | undefined;
  /** Quotes a task in `needs_info` (the engine's own quote step, with its card checks). */
  quote: (task: TaskRow, request: TaskRequest) => Promise<TaskRow>;
  /** Authorizes, places and follows a task in `processing` (the engine's money path; idempotent). */
  execute: (taskId: string, mandateToken: string | undefined) => Promise<TaskRow>;
  eventFor: (task: TaskRow) => Promise<TaskEvent>;
}
