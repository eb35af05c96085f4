/** Something that happened in the world, published by the service that owns it. */
export interface WorldEvent {
  type: string;
  at: number;
  userId?: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

type Handler = (event: WorldEvent) => void | Promise<void>;

/**
 * In-process publish/subscribe for world events (order accepted, rider assigned, delivered, …).
 * Handlers run in order and their failures are reported, not thrown into the publisher: a broken
 * subscriber must not undo the service's committed change.
 */
export class EventBus {
  #handlers = new Map<string, Set<Handler>>();

  constructor(private readonly onHandlerError: (error: unknown, event: WorldEvent) => void = () => {}) {}

  /** Subscribes to one event type, or to all with "*"; returns the unsubscribe function. */
  subscribe(type: string, handler: Handler): () => void {
    const set = this.#handlers.get(type) ?? new Set();
    set.add(handler);
    this.#handlers.set(type, set);
    return () => set.delete(handler);
  }

  async publish(event: WorldEvent): Promise<void> {
    const handlers = [...(this.#handlers.get(event.type) ?? []), ...(this.#handlers.get("*") ?? [])];
    for (const handler of handlers) {
      try {
        await handler(event);
      } catch (error) {
        this.onHandlerError(error, event);
      }
    }
  }
}
