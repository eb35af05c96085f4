/** One event for one user, with the id that orders it among all events (`<ms>-<seq>`). */
export interface LoggedEvent<Event> {
  id: string;
  userId: string;
  event: Event;
}

/**
 * Where the events users see live (task updates, notifications) go, so every process delivers
 * every event to the users connected to it, and a stream that reconnects (to any process) can ask
 * for what it missed after the last id it saw. One process: `LocalEventLog`; several: `RedisEventLog`.
 */
export interface UserEventLog<Event> {
  /** Appends an event for a user and delivers it to every subscriber in every process. */
  append(userId: string, event: Event): Promise<string>;
  /** Every event appended from now on, once each, oldest first. Returns the unsubscribe function. */
  subscribe(listener: (entry: LoggedEvent<Event>) => void): () => void;
  /** A user's events after `afterId`, oldest first (the SSE `Last-Event-ID` resume). */
  since(userId: string, afterId: string): Promise<LoggedEvent<Event>[]>;
  close(): Promise<void>;
}

/** The shape of an event id; anything else in a `Last-Event-ID` header is refused. */
export const EVENT_ID_PATTERN = /^\d{1,16}-\d{1,16}$/;

/** Orders two event ids (`<ms>-<seq>`): negative when `a` came first. */
export function compareEventIds(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split("-").map(Number);
  const [bMs = 0, bSeq = 0] = b.split("-").map(Number);
  return aMs - bMs || aSeq - bSeq;
}
