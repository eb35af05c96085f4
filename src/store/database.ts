import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, type SqliteDatabase as KyselySqlite, PostgresDialect, SqliteDialect } from "kysely";
import { DimpleError } from "../kernel/errors.ts";
import type { Database } from "./schema.ts";

export type Dialect = "sqlite" | "postgres";

/** An open database: the Kysely handle, which dialect it speaks, and how to close it. */
export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  url: string;
  close(): Promise<void>;
  /** SQLite only: the whole database as bytes, to open copies with `openSqliteImage`. */
  image?: () => Buffer;
}

let pgModule: typeof import("pg") | undefined;

/** The Postgres driver, loaded on first use: a SQLite server never pays for it. */
function loadPg(): typeof import("pg") {
  if (!pgModule) {
    pgModule = createRequire(import.meta.url)("pg") as typeof import("pg");
    // Postgres returns int8 (bigint) as strings; our bigints are epoch milliseconds, well inside 2^53.
    pgModule.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
  }
  return pgModule;
}

/**
 * Opens `sqlite:PATH`, `sqlite::memory:` or `postgres://…`. SQLite gets WAL and a busy timeout so a
 * second process (a CLI next to a server) waits instead of failing.
 */
export function openDatabase(url: string): OpenDatabase {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const pool = new (loadPg().Pool)({ connectionString: url, max: 10 });
    // An idle client whose backend goes away (a Postgres restart, an admin's terminate) emits an
    // error on the pool; without a listener that is an uncaught exception that ends the process.
    // The pool drops that client and the next query gets a fresh connection.
    pool.on("error", (error) => {
      process.emitWarning(`postgres: idle connection lost (${error.message})`, { code: "DIMPLE_PG_IDLE" });
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: "postgres", url, close: () => db.destroy() };
  }
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length);
    if (path === "") throw new DimpleError("invalid_argument", "sqlite URL needs a path", { field: "db" });
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SqliteDatabase(path);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = NORMAL");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
    return { db, dialect: "sqlite", url, close: () => db.destroy(), image: () => sqlite.serialize() };
  }
  throw new DimpleError(
    "invalid_argument",
    `unsupported database URL "${url}": use sqlite:PATH or postgres://…`,
    {
      field: "db",
    },
  );
}

/**
 * Opens an in-memory SQLite database from a serialised image (see `sqliteImage`): a seeded world
 * is built once and copied for every scenario or benchmark run instead of being seeded again.
 */
export function openSqliteImage(image: Buffer): OpenDatabase {
  const sqlite = new SqliteDatabase(image);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  return {
    db,
    dialect: "sqlite",
    url: "sqlite::memory:",
    close: () => db.destroy(),
    image: () => sqlite.serialize(),
  };
}

/** How many distinct SQL texts keep their prepared statement (least recently used go first). */
const STATEMENT_CACHE_SIZE = 512;

/**
 * Kysely prepares every query afresh; preparing costs as much as running a small query, and a turn
 * runs the same few dozen SQL texts every time. Statements are kept per SQL text, least recently
 * used dropped first. Safe because Kysely runs one query at a time on its single SQLite connection
 * and we never stream rows (a streamed statement stays busy until its iterator ends).
 */
function cachingStatements(sqlite: SqliteDatabase.Database): KyselySqlite {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE)
          statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
