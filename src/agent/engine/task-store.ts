import type { Kysely, Selectable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { compiledQuery } from "../../store/compiled-query.ts";
import type { Database } from "../../store/schema.ts";
import type { TaskRequest } from "../brain/types.ts";
import type { TaskEvent, TaskKind, TaskQuote, TaskStatus } from "../events.ts";
import type { AgentTasksTable } from "../tables.ts";
import { failureWords } from "./failure-words.ts";

type Lang = "zh" | "en";

export type TaskRow = Selectable<AgentTasksTable>;

/** A task's request as stored: the brain's request and, once quoted, what the quote fixed. */
export interface StoredTaskRequest extends TaskRequest {
  /** Whom the payment goes to and how much, as the card shows them: set when the task is quoted. */
  payee?: string;
  amountFen?: number;
  /** The quote's names in both languages. */
  titles?: { zh: string; en: string };
}

/** Why a task failed, as stored (`errorBody` of the failure, with its Chinese words when it had them). */
export interface TaskFailure {
  code: string;
  message: string;
  /** The message is already plain words for the user (no `failureWords` needed). */
  worded?: boolean;
  zh?: string;
}

/** The request the task was started with (and, once quoted, what the quote fixed). */
export function requestOf(task: Pick<TaskRow, "request">): StoredTaskRequest {
  return JSON.parse(task.request) as StoredTaskRequest;
}

/** A quoted task's request: the engine stored its payee and amount with the quote. */
export function quotedRequestOf(
  task: Pick<TaskRow, "request">,
): StoredTaskRequest & { payee: string; amountFen: number } {
  return requestOf(task) as StoredTaskRequest & { payee: string; amountFen: number };
}

/** The card the task was quoted with, if it was. */
export function quoteOf(task: Pick<TaskRow, "quote">): TaskQuote | undefined {
  return task.quote ? (JSON.parse(task.quote) as TaskQuote) : undefined;
}

/** Why the task failed, if it did. */
export function failureOf(task: Pick<TaskRow, "error">): TaskFailure | undefined {
  return task.error ? (JSON.parse(task.error) as TaskFailure) : undefined;
}

// Every turn lists the user's latest tasks, and an order turn reads its new task three times:
// compiled once (`compiledQuery`).
const taskById = compiledQuery((db: Kysely<Database>, taskId: string) =>
  db.selectFrom("agent_tasks").selectAll().where("id", "=", taskId),
);
const briefsOf = compiledQuery((db: Kysely<Database>, userId: string, limit: number) =>
  db
    .selectFrom("agent_tasks")
    .select(["id", "kind", "status", "title", "request", "order_id", "created_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit),
);

/** Reads and writes task rows; every status change is a conditional update on the expected status. */
export class TaskStore {
  constructor(private readonly context: ServiceContext) {}

  async create(task: {
    /** A caller-chosen id (a recurring order's run derives it, so a retry finds the same task). */
    id?: string;
    userId: string;
    sessionId: string;
    kind: TaskKind;
    title: string;
    request: unknown;
    parentTaskId?: string;
    scheduledFor?: number;
  }): Promise<TaskRow> {
    const now = this.context.clock.now();
    const row: TaskRow = {
      id: task.id ?? this.context.ids.next("task"),
      user_id: task.userId,
      session_id: task.sessionId,
      kind: task.kind,
      status: "needs_info",
      title: task.title,
      request: JSON.stringify(task.request),
      quote: null,
      cart_hash: null,
      quote_id: null,
      payment_intent_id: null,
      order_id: null,
      paid_fen: 0,
      refunded_fen: 0,
      error: null,
      parent_task_id: task.parentTaskId ?? null,
      mandate_id: null,
      scheduled_for: task.scheduledFor ?? null,
      created_at: now,
      updated_at: now,
    };
    await this.context.db.insertInto("agent_tasks").values(row).execute();
    return row;
  }

  async get(taskId: string): Promise<TaskRow | undefined> {
    return (await taskById(this.context.db, taskId)).rows[0];
  }

  /** The task if it belongs to the user; another user's task is reported as not found. */
  async getOwned(userId: string, taskId: string): Promise<TaskRow> {
    const task = await this.get(taskId);
    if (!task || task.user_id !== userId) {
      throw new DimpleError("not_found", `task ${taskId} was not found`, { status: 404, field: "taskId" });
    }
    return task;
  }

  async findByOrderId(orderId: string): Promise<TaskRow | undefined> {
    return this.context.db
      .selectFrom("agent_tasks")
      .selectAll()
      .where("order_id", "=", orderId)
      .executeTakeFirst();
  }

  async listForUser(userId: string, limit = 50): Promise<TaskRow[]> {
    return this.context.db
      .selectFrom("agent_tasks")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
  }

  /** A user's latest tasks in brief, newest first: what the brain looks at on every turn. */
  async listBriefs(userId: string, limit: number) {
    return (await briefsOf(this.context.db, userId, limit)).rows;
  }

  /** The tasks linked to one (a basket's orders), in the order they were made. */
  async listChildren(parentTaskId: string): Promise<TaskRow[]> {
    return this.context.db
      .selectFrom("agent_tasks")
      .selectAll()
      .where("parent_task_id", "=", parentTaskId)
      .orderBy("id")
      .execute();
  }

  async listByStatus(statuses: TaskStatus[]): Promise<TaskRow[]> {
    return this.context.db
      .selectFrom("agent_tasks")
      .selectAll()
      .where("status", "in", statuses)
      .orderBy("created_at")
      .execute();
  }

  /**
   * Moves a task from one of `from` to `to`, with extra column changes. Returns false when the task
   * was not in an expected status (someone else moved it first): this is what makes 50 parallel
   * confirms produce one charge.
   */
  async transition(
    taskId: string,
    from: TaskStatus[],
    to: TaskStatus,
    changes: Partial<Omit<TaskRow, "id" | "status">> = {},
  ): Promise<boolean> {
    const result = await this.context.db
      .updateTable("agent_tasks")
      .set({ ...changes, status: to, updated_at: this.context.clock.now() })
      .where("id", "=", taskId)
      .where("status", "in", from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Scheduled tasks due at or before `now`, earliest first. */
  async dueScheduled(now: number): Promise<TaskRow[]> {
    return this.context.db
      .selectFrom("agent_tasks")
      .selectAll()
      .where("status", "=", "scheduled")
      .where("scheduled_for", "<=", now)
      .orderBy("scheduled_for")
      .orderBy("id")
      .execute();
  }

  /** When the next scheduled task is due, if any is waiting. */
  async nextScheduledAt(): Promise<number | undefined> {
    const row = await this.context.db
      .selectFrom("agent_tasks")
      .select((eb) => eb.fn.min("scheduled_for").as("next"))
      .where("status", "=", "scheduled")
      .executeTakeFirst();
    return row?.next === null || row?.next === undefined ? undefined : Number(row.next);
  }

  async update(taskId: string, changes: Partial<Omit<TaskRow, "id">>): Promise<void> {
    await this.context.db
      .updateTable("agent_tasks")
      .set({ ...changes, updated_at: this.context.clock.now() })
      .where("id", "=", taskId)
      .execute();
  }
}

/** The contract's task event for a row; a failed task's error is worded in the task's language. */
export function taskEvent(task: TaskRow, extra: Partial<TaskEvent> = {}): TaskEvent {
  const quote = quoteOf(task);
  const error = failureOf(task);
  const request = readRequest(task);
  const lang = request.lang;
  return {
    type: "task",
    taskId: task.id,
    kind: task.kind as TaskKind,
    status: task.status as TaskStatus,
    title: task.title,
    ...(request.titles ? { titleZh: request.titles.zh, titleEn: request.titles.en } : {}),
    ...(quote ? { quote } : {}),
    ...(task.order_id ? { orderId: task.order_id } : {}),
    ...(task.parent_task_id ? { parentTaskId: task.parent_task_id } : {}),
    ...(Number(task.paid_fen) > 0 ? { paidFen: Number(task.paid_fen) } : {}),
    ...(Number(task.refunded_fen) > 0 ? { refundedFen: Number(task.refunded_fen) } : {}),
    // The time the user asked for; the engine may start the task a lead time before it.
    ...(task.scheduled_for !== null && task.scheduled_for !== undefined
      ? { scheduledFor: new Date(request.scheduledFor ?? Number(task.scheduled_for)).toISOString() }
      : {}),
    ...(error
      ? {
          error:
            error.code === "card_differs" || error.code === "claim_refused"
              ? { code: error.code, message: lang === "zh" ? (error.zh ?? error.message) : error.message }
              : lang && !error.worded
                ? { code: error.code, message: failureWords(error.code, lang) }
                : { code: error.code, message: error.message },
        }
      : {}),
    ...extra,
  };
}

/** What the engine keeps of a request beyond the brain's arguments: its language and titles. */
interface StoredRequest {
  lang?: Lang;
  titles?: { zh: string; en: string };
  /** The time the user asked for (a scheduled task starts a lead time before it). */
  scheduledFor?: number;
}

function readRequest(task: Pick<TaskRow, "request">, parsed?: StoredTaskRequest): StoredRequest {
  try {
    const request = parsed ?? requestOf(task);
    return {
      ...(request.lang === "zh" || request.lang === "en" ? { lang: request.lang } : {}),
      ...(typeof request.titles?.zh === "string" && typeof request.titles.en === "string"
        ? { titles: { zh: request.titles.zh, en: request.titles.en } }
        : {}),
      ...(typeof request.scheduledFor === "number" ? { scheduledFor: request.scheduledFor } : {}),
    };
  } catch {
    return {};
  }
}

/** The language of the message that made the task, when it was recorded. */
export function taskLang(task: Pick<TaskRow, "request">): Lang | undefined {
  return readRequest(task).lang;
}

/** The task's title in both languages: the quote's names when it had them, else its one title. */
export function taskTitles(
  task: Pick<TaskRow, "title" | "request">,
  /** The task's request when the caller has parsed it already. */
  parsed?: StoredTaskRequest,
): { zh: string; en: string } {
  return readRequest(task, parsed).titles ?? { zh: task.title, en: task.title };
}
