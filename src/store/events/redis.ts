import type { Redis } from "ioredis";
import type { LoggedEvent, UserEventLog } from "./event-log.ts";

export interface RedisEventLogOptions {
  url: string;
  /** The stream's key; one per deployment. */
  key?: string;
  /** About how many events the stream keeps for resuming (older ones are trimmed). */
  maxLength?: number;
  log?: (error: unknown) => void;
}

/** How many entries one resume reads at most, and one blocking read waits for. */
const PAGE = 1_000;

/**
 * The event log of a multi-process deployment: one Redis Stream every process appends to and
 * reads from. Each process reads the stream once (one blocking XREAD on its own connection) and
 * hands each entry to its subscribers, so a user's event reaches the user's streams whichever
 * process made it, once. A stream id is the SSE event id, so `since` (XRANGE) resumes a stream
 * that reconnected to another process from exactly where it stopped.
 */
export class RedisEventLog<Event> implements UserEventLog<Event> {
  readonly #key: string;
  readonly #writer: Redis;
  readonly #reader: Redis;
  #listeners = new Set<(entry: LoggedEvent<Event>) => void>();
  #closed = false;
  #reading: Promise<void> | undefined;

  private constructor(
    private readonly options: RedisEventLogOptions,
    RedisClient: typeof Redis,
  ) {
    this.#key = options.key ?? "dimple:events";
    this.#writer = new RedisClient(options.url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    this.#reader = new RedisClient(options.url, { lazyConnect: true, maxRetriesPerRequest: null });
    // Until both connect, errors are the connect's to report (once); afterwards they go to the log.
    for (const client of [this.#writer, this.#reader])
      client.on("error", (error) => {
        if (this.#connected) options.log?.(error);
        else this.#connectError = error;
      });
  }

  #connected = false;
  #connectError: Error | undefined;

  /** Connects (failing fast when Redis is unreachable) and starts reading new events. */
  static async open<Event>(options: RedisEventLogOptions): Promise<RedisEventLog<Event>> {
    const { Redis: RedisClient } = await import("ioredis");
    const log = new RedisEventLog<Event>(options, RedisClient);
    try {
      await log.#writer.connect();
      await log.#reader.connect();
    } catch (error) {
      // No retrying in the background: the caller decides (a process stops with a clear error).
      log.#writer.disconnect();
      log.#reader.disconnect();
      throw log.#connectError ?? error;
    }
    log.#connected = true;
    const [last] = await log.#writer.xrevrange(log.#key, "+", "-", "COUNT", 1);
    log.#reading = log.#read(last?.[0] ?? "0-0");
    return log;
  }

  async append(userId: string, event: Event): Promise<string> {
    const id = await this.#writer.xadd(
      this.#key,
      "MAXLEN",
      "~",
      this.options.maxLength ?? 100_000,
      "*",
      "u",
      userId,
      "e",
      JSON.stringify(event),
    );
    return id as string;
  }

  subscribe(listener: (entry: LoggedEvent<Event>) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async since(userId: string, afterId: string): Promise<LoggedEvent<Event>[]> {
    const found: LoggedEvent<Event>[] = [];
    let from = `(${afterId}`;
    for (let page = 0; page < 20; page++) {
      const entries = await this.#writer.xrange(this.#key, from, "+", "COUNT", PAGE);
      for (const [id, fields] of entries) {
        const entry = parseEntry<Event>(id, fields);
        if (entry?.userId === userId) found.push(entry);
      }
      const last = entries.at(-1);
      if (!last || entries.length < PAGE) break;
      from = `(${last[0]}`;
    }
    return found;
  }

  async #read(startId: string): Promise<void> {
    let lastId = startId;
    while (!this.#closed) {
      try {
        const result = await this.#reader.xread("COUNT", PAGE, "BLOCK", 5_000, "STREAMS", this.#key, lastId);
        for (const [, entries] of result ?? []) {
          for (const [id, fields] of entries) {
            lastId = id;
            const entry = parseEntry<Event>(id, fields);
            if (!entry) continue;
            for (const listener of this.#listeners) listener(entry);
          }
        }
      } catch (error) {
        if (this.#closed) return;
        this.options.log?.(error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
    this.#reader.disconnect();
    await this.#reading?.catch(() => {});
    await this.#writer.quit().catch(() => {});
  }
}

/** A stream entry's fields (`u` user, `e` event JSON) as a logged event; undefined when malformed. */
function parseEntry<Event>(id: string, fields: string[]): LoggedEvent<Event> | undefined {
  const values = new Map<string, string>();
  for (let index = 0; index + 1 < fields.length; index += 2)
    values.set(fields[index] as string, fields[index + 1] as string);
  const userId = values.get("u");
  const raw = values.get("e");
  if (!userId || raw === undefined) return undefined;
  try {
    return { id, userId, event: JSON.parse(raw) as Event };
  } catch {
    return undefined;
  }
}

/** Why Redis at `url` cannot be used, or undefined when it answers (tests skip with the reason). */
export async function redisUnavailable(url: string): Promise<string | undefined> {
  const { Redis: RedisClient } = await import("ioredis");
  const redis = new RedisClient(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0 });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    redis.disconnect();
  }
}
