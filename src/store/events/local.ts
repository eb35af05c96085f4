import { compareEventIds, type LoggedEvent, type UserEventLog } from "./event-log.ts";

/**
 * The single-process event log: subscribers are called at once, in order, and the last `capacity`
 * events are kept so a reconnecting stream resumes. Ids are made as Redis makes stream ids
 * (`<ms>-<seq>`, never going back), so ids of an earlier run sort before every id of this one.
 */
export class LocalEventLog<Event> implements UserEventLog<Event> {
  #lastMs = 0;
  #seq = 0;
  #recent: LoggedEvent<Event>[] = [];
  #listeners = new Set<(entry: LoggedEvent<Event>) => void>();

  constructor(private readonly capacity = 5_000) {}

  append(userId: string, event: Event): Promise<string> {
    const now = Date.now();
    if (now > this.#lastMs) {
      this.#lastMs = now;
      this.#seq = 0;
    } else this.#seq++;
    const entry = { id: `${this.#lastMs}-${this.#seq}`, userId, event };
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
