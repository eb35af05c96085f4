import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Dialect, type OpenDatabase, openDatabase } from "./database.ts";

/** The Postgres server that tests and benchmarks use for scratch databases; CI and developer machines run one on 127.0.0.1:5432 (trust auth). */
export const TEST_POSTGRES_URL =
  process.env.DIMPLE_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Why no Postgres is usable here, or undefined when a server answers. */
export const postgresUnavailable: string | undefined = await probePostgres();

/**
 * A fresh, empty database of the given dialect: in-memory SQLite, or a new Postgres database that
 * `close()` drops again.
 */
export async function createTestDatabase(dialect: Dialect): Promise<OpenDatabase> {
  if (dialect === "sqlite") return openDatabase("sqlite::memory:");
  const name = `dimple_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString());
  return {
    ...database,
    async close() {
      await database.close();
      await dropScratchDatabase(name);
    },
  };
}

/**
 * Drops a scratch database once its connections are gone. The pool's `end()` resolves before each
 * backend has read the client's goodbye; `drop … with (force)` right away would kill those backends,
 * and the dying connection's FATAL reaches a client with no error listener as an uncaught exception.
 * So: a plain drop, retried while the database is still "being accessed", and force only at the end.
 */
export async function dropScratchDatabase(name: string): Promise<void> {
  const dropper = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await dropper.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await dropper.query(`drop database if exists ${name}`);
        return;
      } catch (error) {
        // 55006 object_in_use: a backend of the closed pool has not exited yet.
        if ((error as { code?: string }).code !== "55006") throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    await dropper.query(`drop database if exists ${name} with (force)`);
  } finally {
    await dropper.end();
  }
}
