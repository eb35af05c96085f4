import type { ServiceContext } from "../../ecosystem/kernel/context.ts";
import type { UserEventLog } from "../../store/events/event-log.ts";
import { LocalEventLog } from "../../store/events/local.ts";
import type { AgentEvent } from "../events.ts";

/** Receives a user's live events, each with its id (the SSE event id). */
type Listener = (event: AgentEvent, id: string) => void;

/**
 * Delivers what Dimple tells a user unprompted (and task updates) to every open surface of that
 * user: SSE streams, a terminal chat. Events go through the event log, so with several processes
 * (a Redis log) a step run by a worker reaches the user's stream on whichever server holds it.
 * Notifications are also persisted so a surface that opens later can read what it missed.
 */
export class Notifier {
  #listeners = new Map<string, Set<Listener>>();
  readonly #log: UserEventLog<AgentEvent>;
  readonly #unsubscribe: () => void;

  constructor(
    private readonly context: ServiceContext,
    log?: UserEventLog<AgentEvent>,
  ) {
    this.#log = log ?? new LocalEventLog<AgentEvent>();
    this.#unsubscribe = this.#log.subscribe(({ id, userId, event }) => {
      for (const listener of this.#listeners.get(userId) ?? []) listener(event, id);
    });
  }

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
    this.#log.append(userId, event).catch((error) => this.context.log?.(error));
  }

  /** A user's live events after `afterId` (what a reconnecting stream missed), oldest first. */
  async since(userId: string, afterId: string): Promise<{ id: string; event: AgentEvent }[]> {
    return (await this.#log.since(userId, afterId)).map(({ id, event }) => ({ id, event }));
  }

  /** Persists and sends a notification. */
  async notify(userId: string, text: string, taskId?: string): Promise<void> {
    const event: AgentEvent = { type: "notification", text, ...(taskId ? { taskId } : {}) };
    await this.context.db
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
    await this.#log.append(userId, event);
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

  /** Stops following the event log (the process is closing). */
  async close(): Promise<void> {
    this.#unsubscribe();
    await this.#log.close();
  }
}
