import { DimpleError } from "../../kernel/errors.ts";
import type { TaskEvent } from "../events.ts";
import type { Baskets } from "./basket.ts";
import type { TaskKindHandler } from "./handler.ts";
import type { RecurringOrders } from "./later/recurring-orders.ts";
import type { Notifier } from "./notifier.ts";
import type { Settlement } from "./settlement.ts";
import type { TaskRow, TaskStore } from "./task-store.ts";

/** What cancelling a task needs from the engine (its private parts, passed in). */
export interface CancellationOptions {
  store: TaskStore;
  settlement: Settlement;
  notifier: Notifier;
  recurring: RecurringOrders;
  baskets: Baskets;
  handler: (kind: string) => TaskKindHandler;
  exclusive: <T>(taskId: string, work: () => Promise<T>) => Promise<T>;
  eventFor: (task: TaskRow) => Promise<TaskEvent>;
  /** After a task moved: a show's ride goes only with its tickets (`show-rides.ts`). */
  follow?: ((task: Pick<TaskRow, "id" | "kind">) => Promise<void>) | undefined;
}

/**
 * The user's cancel: free before payment (a card, a task scheduled for later, a recurring order's open
 * mandate); after payment the service's rules decide and the money comes back (`settlement.ts`); a
 * basket across shops is cancelled order by order.
 */
export class Cancellation {
  constructor(private readonly options: CancellationOptions) {}

  async cancel(userId: string, taskId: string): Promise<TaskRow> {
    const cancelled = await this.#cancel(userId, taskId);
    await this.options.follow?.(cancelled);
    return cancelled;
  }

  async #cancel(userId: string, taskId: string): Promise<TaskRow> {
    const { store, settlement, notifier, recurring, baskets, exclusive, eventFor } = this.options;
    const task = await store.getOwned(userId, taskId);
    // A confirmed basket is cancelled order by order, each under its own shop's rules.
    if (task.kind === "order_basket" && ["processing", "in_fulfilment"].includes(task.status))
      return baskets.cancel(userId, task);
    return exclusive(taskId, async () => {
      const current = (await store.get(taskId)) as TaskRow;
      if (current.kind === "recurring_order" && current.status === "scheduled") {
        // Cancelling a recurring order revokes its open mandate: no run starts after this.
        await recurring.revoke(userId, taskId);
        return (await store.get(taskId)) as TaskRow;
      }
      if (["needs_info", "awaiting_confirmation", "scheduled"].includes(current.status)) {
        // Nothing has been authorized yet (a scheduled task pays when it starts): free to cancel.
        await store.transition(taskId, ["needs_info", "awaiting_confirmation", "scheduled"], "cancelled");
        // Every open surface of the user shows the card as cancelled, not only the one that tapped.
        const cancelled = (await store.get(taskId)) as TaskRow;
        notifier.push(cancelled.user_id, await eventFor(cancelled));
        return cancelled;
      }
      const handler = this.options.handler(task.kind);
      const settled = current.status === "completed" && handler.cancelWhenCompleted;
      if (current.status !== "in_fulfilment" && !settled) {
        throw new DimpleError(
          "cancel_not_allowed",
          `task ${taskId} is ${current.status} and cannot be cancelled now`,
          {
            status: 409,
            field: "taskId",
          },
        );
      }
      if (!handler.cancel) {
        throw new DimpleError("cancel_not_allowed", `${task.kind} tasks cannot be cancelled`, {
          status: 409,
        });
      }
      await settlement.cancel(current, handler);
      if (current.parent_task_id) await baskets.sync(current.parent_task_id);
      return (await store.get(taskId)) as TaskRow;
    });
  }
}
