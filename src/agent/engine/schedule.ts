import { DimpleError } from "../../kernel/errors.ts";
import type { TaskRequest } from "../brain/types.ts";
import type { TaskEvent } from "../events.ts";
import { formatFen } from "../format.ts";
import { DEFAULT_MANDATE_TTL_MS } from "../risk/mandates.ts";
import type { ToolClient } from "../tools/client.ts";
import type { TaskEngine } from "./engine.ts";
import type { QuoteOutcome, TaskKindHandler } from "./handler.ts";
import type { Notifier } from "./notifier.ts";
import type { ShowRides } from "./show-rides.ts";
import { quotedRequestOf, requestOf, type TaskRow, type TaskStore } from "./task-store.ts";

/**
 * A task for later shows when it is for on its card, and its confirmation (the mandate) stays good
 * until a little after that time instead of the usual minutes.
 */
export function scheduledOutcome(outcome: QuoteOutcome, request: TaskRequest): QuoteOutcome {
  if (request.scheduledFor === undefined) return outcome;
  const expiresAt = Math.max(outcome.expiresAt ?? 0, request.scheduledFor + DEFAULT_MANDATE_TTL_MS);
  return {
    ...outcome,
    expiresAt,
    card: { ...outcome.card, scheduledFor: new Date(request.scheduledFor).toISOString(), expiresAt },
  };
}

/**
 * The same request for another time: the service is asked for that time (a ride's pick-up, a
 * delivery's arrival) and the card is checked against it. What the engine added (price, payee) goes.
 */
export function movedRequest(request: TaskRequest, atMs: number, whenText: string): TaskRequest {
  const {
    payee: _payee,
    amountFen: _amount,
    ...rest
  } = request as TaskRequest & {
    payee?: string;
    amountFen?: number;
  };
  const args = { ...rest.args };
  if ("departAt" in args || rest.kind === "ride_hail") {
    args.departAt = atMs;
    // The time is now the user's own, no suggestion.
    delete args.suggested;
  }
  if ("deliverAt" in args || rest.kind === "order_delivery") args.deliverAt = atMs;
  return {
    ...rest,
    args,
    scheduledFor: atMs,
    ...(rest.frame ? { frame: { ...rest.frame, when: { atMs, text: whenText } } } : {}),
  };
}

/**
 * Moves a booking that has not started to another time, free of charge: a fresh card for the new
 * time (priced for it) takes its place, and the old booking is cancelled (nothing was held yet).
 */
export async function moveBooking(
  engine: Pick<TaskEngine, "store" | "cancel" | "start">,
  now: number,
  move: { userId: string; taskId: string; atMs: number; whenText: string },
): Promise<{ old: TaskRow; fresh: TaskRow }> {
  const { userId, taskId, atMs, whenText } = move;
  const task = await engine.store.getOwned(userId, taskId);
  if (!["scheduled", "awaiting_confirmation"].includes(task.status) || task.scheduled_for === null)
    throw new DimpleError("move_not_allowed", `task ${taskId} is ${task.status} and has no time to move`, {
      status: 409,
      field: "taskId",
    });
  if (!Number.isSafeInteger(atMs) || atMs <= now)
    throw new DimpleError("time_in_past", "the new time must be in the future", { field: "atMs" });
  const request = requestOf(task);
  const old = await engine.cancel(userId, taskId);
  const fresh = await engine.start(
    userId,
    task.session_id,
    movedRequest(request, atMs, whenText),
    task.parent_task_id ?? undefined,
  );
  return { old, fresh };
}

/** What starting scheduled tasks needs from the engine (its private steps, passed in). */
export interface ScheduledTasksOptions {
  store: TaskStore;
  tools: ToolClient;
  notifier: Notifier;
  langOf?: ((task: TaskRow) => Promise<"zh" | "en">) | undefined;
  handler: (kind: string) => TaskKindHandler;
  exclusive: <T>(taskId: string, work: () => Promise<T>) => Promise<T>;
  requote: (task: TaskRow, request: TaskRequest) => Promise<TaskRow>;
  execute: (taskId: string) => Promise<TaskRow>;
  eventFor: (task: TaskRow) => Promise<TaskEvent>;
  /** A ride lined up for a show goes only with its tickets (`show-rides.ts`). */
  showRides?: ShowRides | undefined;
}

/** Tasks confirmed now and carried out later: started at their time, exactly once, at a price that holds. */
export class ScheduledTasks {
  constructor(private readonly options: ScheduledTasksOptions) {}

  /**
   * Starts every scheduled task whose time has come, earliest first. The conditional move out of
   * `scheduled` lets exactly one caller start a task however many tickers, workers or restarts race.
   */
  async runDue(now: number): Promise<number> {
    const due = await this.options.store.dueScheduled(now);
    let started = 0;
    for (const task of due) if (await this.#start(task)) started++;
    return started;
  }

  /** Starts one scheduled task if its time has come and nobody started it yet; whether this call did. */
  async runOne(taskId: string, now: number): Promise<boolean> {
    const task = await this.options.store.get(taskId);
    if (task?.status !== "scheduled" || task.scheduled_for === null || task.scheduled_for > now) return false;
    return this.#start(task);
  }

  async #start(task: TaskRow): Promise<boolean> {
    const { store, notifier, langOf, exclusive, execute } = this.options;
    if (!(await store.transition(task.id, ["scheduled"], "processing"))) return false;
    await exclusive(task.id, async () => {
      const tickets = await this.options.showRides?.ticketsGone(task);
      if (tickets) return this.options.showRides?.withdraw(task, tickets, ["processing"]);
      if (!(await this.#priceHolds(task))) return;
      const lang = (await langOf?.(task)) ?? "zh";
      await notifier.notify(
        task.user_id,
        lang === "zh" ? `到点了，「${task.title}」开始执行。` : `It's time: starting "${task.title}".`,
        task.id,
      );
      return execute(task.id);
    });
    return true;
  }

  /**
   * Before a scheduled task starts, the live quote is checked against the confirmed one. Dearer now:
   * nothing is paid; the task gets a fresh card to confirm again and the user is told.
   */
  async #priceHolds(task: TaskRow): Promise<boolean> {
    const { store, tools, notifier, langOf, handler, requote, eventFor } = this.options;
    const request = quotedRequestOf(task);
    const live = await handler(task.kind)
      .quote(tools, task, request.args)
      .catch(() => undefined);
    if (!live || live.amountFen <= request.amountFen) return true;
    await store.transition(task.id, ["processing"], "needs_info", { scheduled_for: null, mandate_id: null });
    const fresh = await requote((await store.get(task.id)) as TaskRow, {
      ...request,
      scheduledFor: undefined,
    });
    const lang = (await langOf?.(fresh)) ?? "zh";
    const was = formatFen(request.amountFen);
    const now = formatFen(live.amountFen);
    await notifier.notify(
      task.user_id,
      lang === "zh"
        ? `「${task.title}」到点了，但价格从 ${was} 涨到了 ${now}，我没有付款。要继续请在卡片上重新确认。`
        : `It's time for "${task.title}", but the price went up from ${was} to ${now}, so I haven't paid. Confirm the card again to go ahead.`,
      task.id,
    );
    notifier.push(task.user_id, await eventFor(fresh));
    return false;
  }
}
