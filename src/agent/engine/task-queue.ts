import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Serialises work on one task, so a world event and a user's tap never interleave, and knows which
 * task's work is running in the current async context (to detect re-entrant events).
 */
export class TaskQueue {
  #queue = new Map<string, Promise<unknown>>();
  /** The task whose exclusive work is running in this async context. */
  #current = new AsyncLocalStorage<string>();

  /** Runs `work` after every earlier piece of work on the same task has settled. */
  run<T>(taskId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#queue.get(taskId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => this.#current.run(taskId, work));
    this.#queue.set(taskId, next);
    next
      .finally(() => {
        if (this.#queue.get(taskId) === next) this.#queue.delete(taskId);
      })
      .catch(() => {});
    return next;
  }

  /** Whether the code calling this runs inside `taskId`'s exclusive work. */
  isRunning(taskId: string): boolean {
    return this.#current.getStore() === taskId;
  }

  /** Resolves when no task work is queued. */
  async idle(): Promise<void> {
    while (this.#queue.size > 0) await Promise.allSettled([...this.#queue.values()]);
  }
}
