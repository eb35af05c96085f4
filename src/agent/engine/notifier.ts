import type { ServiceContext } from "../../ecosystem/kernel/context.ts";
import type { AgentEvent } from "../events.ts";

type Listener = (event: AgentEvent) => void;

/**
 * Delivers what Dimple tells a user unprompted (and task updates) to every open surface of that
 * user: SSE streams, a terminal chat. Notifications are persisted so a surface that opens later can
 * read what it missed.
 */
export class Notifier {
  #listeners = new Map<string, Set<Listener>>();

  constructor(private readonly context: ServiceContext) {}

  /** Subscribes to a user's events; returns the unsubscribe function. */
  subscribe(userId: string, listener: Listener): () => void {
    const set = this.#listeners.get(userId) ?? new Set();
    set.add(listener);
    this.#listeners.set(userId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(userId);
    };
  }

  /** Sends a live event (a task update) without persisting it. */
  push(userId: string, event: AgentEvent): void {
    for (const listener of this.#listeners.get(userId) ?? []) listener(event);
  }

  /** Persists and sends a notification. */
  async notify(userId: string, text: string, taskId?: string): Promise<void> {
    this.push(userId, await this.record(userId, text, taskId));
  }

  /**
   * Persists a notification without sending it, on `db` (a transaction, so it is written together
   * with what it reports); the caller pushes the returned event once that has committed.
   */
  async record(
    userId: string,
    text: string,
    taskId?: string,
    db: ServiceContext["db"] = this.context.db,
  ): Promise<AgentEvent> {
    const event: AgentEvent = { type: "notification", text, ...(taskId ? { taskId } : {}) };
    await db
      .insertInto("agent_notifications")
      .values({
        id: this.context.ids.next("ntf"),
        user_id: userId,
        task_id: taskId ?? null,
        text,
        event: JSON.stringify(event),
        at: this.context.clock.now(),
      })
      .execute();
    return event;
  }

  /** A user's notifications, newest last. */
  async history(userId: string, limit = 50): Promise<AgentEvent[]> {
    const rows = await this.context.db
      .selectFrom("agent_notifications")
      .select("event")
      .where("user_id", "=", userId)
      .orderBy("at", "desc")
      .limit(limit)
      .execute();
    return rows.reverse().map((row) => JSON.parse(row.event) as AgentEvent);
  }
}
