import { readSseFrames } from "../../server/sse-client.ts";

const TERMINAL = new Set(["completed", "failed", "cancelled"]);

/**
 * Follows one user's `/api/events` like a browser's EventSource: when the stream breaks (its server
 * was killed) it reconnects to the next server with `Last-Event-ID`. Records every event id it got,
 * how many came twice, each task's latest status, and how long each event took from the moment it
 * entered the Redis stream (the id's milliseconds) to its arrival here.
 */
export class EventFollower {
  readonly ids: string[] = [];
  duplicates = 0;
  reconnects = 0;
  readonly statuses = new Map<string, string>();
  readonly deliveryMs: number[] = [];
  #seen = new Set<string>();
  #lastId: string | undefined;
  #stopped = false;
  #abort: AbortController | undefined;
  #waiters: (() => void)[] = [];
  readonly connected: Promise<void>;
  #markConnected: () => void = () => {};

  constructor(
    private readonly token: string,
    private readonly servers: () => string[],
    private serverIndex: number,
  ) {
    this.connected = new Promise((resolve) => {
      this.#markConnected = resolve;
    });
    void this.#run();
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      const servers = this.servers();
      const server = servers[this.serverIndex % servers.length] as string;
      this.#abort = new AbortController();
      try {
        const response = await fetch(`${server}/api/events`, {
          headers: {
            authorization: `Bearer ${this.token}`,
            ...(this.#lastId ? { "last-event-id": this.#lastId } : {}),
          },
          signal: this.#abort.signal,
        });
        if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
        this.#markConnected();
        for await (const frame of readSseFrames(response.body)) this.#receive(frame.id, frame.data);
      } catch {
        // The server went away (or was stopped): reconnect below.
      }
      if (this.#stopped) return;
      this.reconnects++;
      this.serverIndex++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  #receive(id: string | undefined, data: string): void {
    if (!id) return;
    if (this.#seen.has(id)) {
      this.duplicates++;
      return;
    }
    this.#seen.add(id);
    this.ids.push(id);
    this.#lastId = id;
    this.deliveryMs.push(Date.now() - Number(id.split("-")[0]));
    const event = JSON.parse(data) as { type?: string; taskId?: string; status?: string };
    if (event.type === "task" && event.taskId && event.status) this.statuses.set(event.taskId, event.status);
    for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Resolves when every task has reached an end state on this stream, or after `timeoutMs`. */
  async waitForEnd(taskIds: string[], timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const done = () => taskIds.every((taskId) => TERMINAL.has(this.statuses.get(taskId) ?? ""));
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  }

  stop(): void {
    this.#stopped = true;
    this.#abort?.abort();
  }
}
