import { compareEventIds, type LoggedEvent, type UserEventLog } from "./event-log.ts";

/**
 * The single-process event log: subscribers are called at once, in order, and the last `capacity`
 * events are kept so a reconnecting stream resumes. Ids count from this process's start, so ids of
 * an earlier run sort before every id of this one.
 */
export class LocalEventLog<Event> implements UserEventLog<Event> {
  readonly #started = Date.now();
  #seq = 0;
  #recent: LoggedEvent<Event>[] = [];
  #listeners = new Set<(entry: LoggedEvent<Event>) => void>();

  constructor(private readonly capacity = 5_000) {}

  append(userId: string, event: Event): Promise<string> {
    const entry = { id: `${this.#started}-${++this.#seq}`, userId, event };
    this.#recent.push(entry);
    if (this.#recent.length > this.capacity) this.#recent.splice(0, this.#recent.length - this.capacity);
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
