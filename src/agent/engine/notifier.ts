import { randomUUID } from "node:crypto";
import type { ServiceContext } from "../../kernel/context.ts";
import type { UserEventLog } from "../../store/events/event-log.ts";
import { LocalEventLog } from "../../store/events/local.ts";
import type { AgentEvent } from "../events.ts";

/** Receives a user's live events, each with its id (the SSE event id). */
type Listener = (event: AgentEvent, id: string) => void;

/** One exchange of a conversation as the other surfaces of the same user see it arrive. */
export interface TurnRecord {
  sessionId: string;
  /** The surface that sent it (echoed from the request), so that one can skip its own turn. */
  origin?: string;
  text: string;
  events: AgentEvent[];
  at: number;
}

type TurnListener = (turn: TurnRecord, id: string) => void;

/** A turn as it travels through the event log to the user's surfaces in every process. */
export interface TurnEcho {
  type: "turn-echo";
  turn: TurnRecord;
}

/** What goes through the user event log: agent events, and echoes of turns said on one surface. */
export type UserStreamItem = AgentEvent | TurnEcho;

/**
 * Whether a reconnecting stream can ask an item back (`Notifier.since`): agent events yes, turn
 * echoes no (a surface that reconnects reads the conversation back whole), so a single-process log
 * need not keep them.
 */
export const replayedItem = (item: UserStreamItem): boolean => item.type !== "turn-echo";

/** The event log of a single process: it keeps the last 5,000 replayed items. */
export const localUserEventLog = (): UserEventLog<UserStreamItem> =>
  new LocalEventLog<UserStreamItem>({ replayed: replayedItem });

/**
 * Delivers what Dimple tells a user unprompted (and task updates) to every open surface of that
 * user: SSE streams, a terminal chat. Events go through the event log, so with several processes
 * (a Redis log) a step run by a worker reaches the user's stream on whichever server holds it.
 * Notifications and task updates are persisted so a surface that opens later can read what it
 * missed and replay a card's timeline.
 */
export class Notifier {
  #listeners = new Map<string, Set<Listener>>();
  #turnListeners = new Map<string, Set<TurnListener>>();
  /** Task updates being written; readers wait for them so a replay never misses the newest. */
  #writes: Promise<void> = Promise.resolve();
  #sequence = 0;
  readonly #log: UserEventLog<UserStreamItem>;
  readonly #unsubscribe: () => void;

  constructor(
    private readonly context: ServiceContext,
    log?: UserEventLog<UserStreamItem>,
  ) {
    this.#log = log ?? localUserEventLog();
    this.#unsubscribe = this.#log.subscribe(({ id, userId, event }) => {
      if (event.type === "turn-echo") {
        for (const listener of this.#turnListeners.get(userId) ?? []) listener(event.turn, id);
      } else for (const listener of this.#listeners.get(userId) ?? []) listener(event, id);
    });
  }

  /** Subscribes to a user's events; returns the unsubscribe function. */
  subscribe(userId: string, listener: Listener): () => void {
    return addListener(this.#listeners, userId, listener);
  }

  /**
   * Subscribes to the user's conversation turns, whichever surface and whichever process they were
   * said on: turns go through the event log like task updates, so with a Redis log a turn said on
   * server B reaches the user's stream on server A. They are live only: `since` leaves them out,
   * because a surface that reconnects reads the conversation back whole (`/api/conversation`).
   */
  subscribeTurns(userId: string, listener: TurnListener): () => void {
    return addListener(this.#turnListeners, userId, listener);
  }

  /** Sends a live event (a task update); a task update is also kept for replays. */
  push(userId: string, event: AgentEvent): void {
    if (event.type === "task") this.#keep(userId, event.taskId, event);
    this.#log.append(userId, event).catch((error) => this.context.log?.(error));
  }

  /** A user's live events after `afterId` (what a reconnecting stream missed), oldest first. */
  async since(userId: string, afterId: string): Promise<{ id: string; event: AgentEvent }[]> {
    const missed: { id: string; event: AgentEvent }[] = [];
    for (const { id, event } of await this.#log.since(userId, afterId))
      if (event.type !== "turn-echo") missed.push({ id, event });
    return missed;
  }

  /** Tells the user's other surfaces, in every process, about a finished turn. */
  turn(userId: string, turn: TurnRecord): void {
    this.#log.append(userId, { type: "turn-echo", turn }).catch((error) => this.context.log?.(error));
  }

  /** Resolves once every task update pushed so far is stored. */
  settled(): Promise<void> {
    return this.#writes;
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

  /** Stops following the event log (the process is closing), once every task update is stored. */
  async close(): Promise<void> {
    await this.#writes;
    this.#unsubscribe();
    await this.#log.close();
  }

  /**
   * Stores a task update in the background: pushes are synchronous for their callers, and a lost
   * row costs a replay one step, never money, so a failure is logged rather than thrown.
   */
  #keep(userId: string, taskId: string, event: AgentEvent): void {
    const row = {
      // Not from the world's id stream: a seeded run must pick the same riders and codes whether
      // or not a surface replays it, and nothing ever reads this id.
      id: `tup_${randomUUID().replaceAll("-", "").slice(0, 16)}`,
      user_id: userId,
      task_id: taskId,
      seq: ++this.#sequence,
      event: JSON.stringify(event),
      at: this.context.clock.now(),
    };
    this.#writes = this.#writes
      .then(() => this.context.db.insertInto("agent_task_updates").values(row).execute())
      .then(
        () => {},
        (error: unknown) => this.context.log?.(error),
      );
  }
}

function addListener<L>(map: Map<string, Set<L>>, userId: string, listener: L): () => void {
  const set = map.get(userId) ?? new Set();
  set.add(listener);
  map.set(userId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) map.delete(userId);
  };
}
