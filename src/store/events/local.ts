import { compareEventIds, type LoggedEvent, type UserEventLog } from "./event-log.ts";

/** How a `LocalEventLog` keeps events for resuming streams. */
export interface LocalEventLogOptions<Event> {
  /** How many of the last events are kept (5,000). */
  capacity?: number;
  /**
   * Whether an event is kept for `since` at all (all by default): events no reader ever asks back
   * (a turn's echo, which carries the whole turn) are delivered live and dropped, rather than
   * filling most of the kept window with megabytes nobody reads.
   */
  replayed?: (event: Event) => boolean;
}

/**
 * The single-process event log: subscribers are called at once, in order, and the last `capacity`
 * replayed events are kept so a reconnecting stream resumes. Ids are made as Redis makes stream ids
 * (`<ms>-<seq>`, never going back), so ids of an earlier run sort before every id of this one.
 */
export class LocalEventLog<Event> implements UserEventLog<Event> {
  #lastMs = 0;
  #seq = 0;
  #recent: LoggedEvent<Event>[] = [];
  #listeners = new Set<(entry: LoggedEvent<Event>) => void>();

  readonly #capacity: number;
  readonly #replayed: (event: Event) => boolean;

  constructor({ capacity = 5_000, replayed = () => true }: LocalEventLogOptions<Event> = {}) {
    this.#capacity = capacity;
    this.#replayed = replayed;
  }

  append(userId: string, event: Event): Promise<string> {
    const now = Date.now();
    if (now > this.#lastMs) {
      this.#lastMs = now;
      this.#seq = 0;
    } else this.#seq++;
    const entry = { id: `${this.#lastMs}-${this.#seq}`, userId, event };
    if (this.#replayed(event)) {
      this.#recent.push(entry);
      if (this.#recent.length > this.#capacity) this.#recent.splice(0, this.#recent.length - this.#capacity);
    }
    for (const listener of this.#listeners) listener(entry);
    return Promise.resolve(entry.id);
  }

  subscribe(listener: (entry: LoggedEvent<Event>) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async since(userId: string, afterId: string): Promise<LoggedEvent<Event>[]> {
    return this.#recent.filter((entry) => entry.userId === userId && compareEventIds(entry.id, afterId) > 0);
  }

  async close(): Promise<void> {
    this.#listeners.clear();
  }
}
