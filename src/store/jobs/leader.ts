import { createRequire } from "node:module";
import type pg from "pg";

/** The advisory lock every worker tries for: its holder keeps the world's clock and enqueues due work. */
const CLOCK_LOCK = 18_0001;

/**
 * Elects one process among many with a Postgres session advisory lock on a connection of its own.
 * The lock goes with the connection, so a worker killed with -9 frees it within the server's TCP
 * timeout, and the next `tryLead` of another worker takes over.
 */
export class PostgresLeadership {
  #client: pg.Client | undefined;
  #leading = false;

  constructor(private readonly url: string) {}

  get leading(): boolean {
    return this.#leading;
  }

  /** Whether this process leads now (taking the lock if it is free). */
  async tryLead(): Promise<boolean> {
    if (this.#leading) return true;
    if (!this.#client) {
      const { Client } = createRequire(import.meta.url)("pg") as typeof pg;
      const client = new Client({ connectionString: this.url });
      client.on("error", () => this.#lose());
      client.on("end", () => this.#lose());
      await client.connect();
      this.#client = client;
    }
    const result = await this.#client.query<{ locked: boolean }>(
      "select pg_try_advisory_lock($1) as locked",
      [CLOCK_LOCK],
    );
    this.#leading = result.rows[0]?.locked === true;
    return this.#leading;
  }

  #lose(): void {
    this.#leading = false;
    this.#client = undefined;
  }

  async release(): Promise<void> {
    const client = this.#client;
    this.#lose();
    await client?.end().catch(() => {});
  }
}
