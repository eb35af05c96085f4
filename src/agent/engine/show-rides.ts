import type { TaskEvent } from "../events.ts";
import type { Notifier } from "./notifier.ts";
import { type TaskRow, type TaskStore, taskTitles } from "./task-store.ts";

/** What following a show's ride needs from the engine (its private parts, passed in). */
export interface ShowRidesOptions {
  store: TaskStore;
  notifier: Notifier;
  langOf: (task: TaskRow) => Promise<"zh" | "en">;
  exclusive: <T>(taskId: string, work: () => Promise<T>) => Promise<T>;
  eventFor: (task: TaskRow) => Promise<TaskEvent>;
}

/** A ride not yet under way: its card, or confirmed for its time. */
const NOT_STARTED = ["needs_info", "awaiting_confirmation", "scheduled"] as const;

/**
 * "Two tickets … and a taxi there": the ride is linked to the tickets' task and goes only with them.
 * When the tickets are not bought (the card dropped or cancelled, the purchase failed) or come back
 * (refunded), a ride to the show that has not started is cancelled — nothing was paid for it yet — and
 * the user is told why; a ride whose time comes first is not sent.
 */
export class ShowRides {
  constructor(private readonly options: ShowRidesOptions) {}

  /**
   * At the ride's time: the tickets' task it was lined up for, when those tickets are not held (never
   * confirmed, failed, cancelled, refunded); else undefined.
   */
  async ticketsGone(ride: TaskRow): Promise<TaskRow | undefined> {
    if (ride.kind !== "ride_hail" || !ride.parent_task_id) return undefined;
    const tickets = await this.options.store.get(ride.parent_task_id);
    if (tickets?.kind !== "buy_tickets") return undefined;
    return held(tickets) ? undefined : tickets;
  }

  /**
   * After a task moved (`task` as it was before: only its kind is read, so other tasks cost nothing):
   * a tickets' task that is gone withdraws its rides that have not started.
   */
  async follow(task: Pick<TaskRow, "id" | "kind">): Promise<void> {
    if (task.kind !== "buy_tickets") return;
    const { store } = this.options;
    const tickets = await store.get(task.id);
    if (!tickets || held(tickets) || notEnded(tickets)) return;
    for (const ride of await store.listChildren(tickets.id)) {
      if (ride.kind !== "ride_hail" || !notEnded(ride)) continue;
      await this.options.exclusive(ride.id, () => this.withdraw(ride, tickets, [...NOT_STARTED]));
    }
  }

  /** Cancels the ride (from `from`), tells the user why and shows the card as cancelled. */
  async withdraw(ride: TaskRow, tickets: TaskRow, from: TaskRow["status"][]): Promise<boolean> {
    const { store, notifier, langOf, eventFor } = this.options;
    if (!(await store.transition(ride.id, from as never, "cancelled", { scheduled_for: null }))) return false;
    const show = taskTitles(tickets);
    const trip = taskTitles(ride);
    const refunded = tickets.paid_fen > 0 && tickets.refunded_fen >= tickets.paid_fen;
    const text =
      (await langOf(ride)) === "zh"
        ? `「${show.zh}」的票${refunded ? "已经退了" : "没有买成"}，所以「${trip.zh}」我也取消了，没有扣款。`
        : `The tickets for "${show.en}" ${refunded ? "were refunded" : "weren't bought"}, so I've cancelled "${trip.en}" too; nothing was charged.`;
    await notifier.notify(ride.user_id, text, ride.id);
    const cancelled = (await store.get(ride.id)) as TaskRow;
    notifier.push(cancelled.user_id, await eventFor(cancelled));
    return true;
  }
}

/** Tickets bought (or being bought) and not all refunded. */
function held(tickets: TaskRow): boolean {
  if (!["processing", "in_fulfilment", "completed"].includes(tickets.status)) return false;
  return !(tickets.paid_fen > 0 && tickets.refunded_fen >= tickets.paid_fen);
}

/** A card still waiting for its tap, or confirmed for a later time: nothing held, nothing under way. */
function notEnded(task: TaskRow): boolean {
  return (NOT_STARTED as readonly string[]).includes(task.status);
}
