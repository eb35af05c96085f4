import { existsSync } from "node:fs";
import { createWorld, DEFAULT_SEED, type World, type WorldOptions } from "../ecosystem/world/world.ts";
import { type OpenDatabase, openDatabase } from "../store/database.ts";
import { migrateToLatest } from "./migrate.ts";

/** What `openWorld` takes: the world's options, with the database given by URL or left to default. */
export interface OpenWorldOptions extends Omit<WorldOptions, "db"> {
  /** Database URL or an open database; default a fresh in-memory SQLite. */
  db?: string | OpenDatabase;
}

/**
 * The composition roots' way to a world: opens the database, brings it up to date with every room's
 * migrations (`migrate.ts`) and runs the world on it (`createWorld`, which seeds it on first
 * use). A live server's first start on a new SQLite file copies the prebuilt seeded world instead
 * (seed-image.ts).
 */
export async function openWorld(options: OpenWorldOptions = {}): Promise<World> {
  const newFile = newSqliteFile(options.db);
  if (newFile && options.autoSeed !== false && options.clock && "live" in options.clock)
    await (await import("./seed-image.ts")).copySeededWorld(newFile, options.seed ?? DEFAULT_SEED);
  const database =
    typeof options.db === "object" ? options.db : openDatabase(options.db ?? "sqlite::memory:");
  await migrateToLatest(database.db);
  return createWorld({ ...options, db: database });
}

/** The path of `sqlite:PATH` when no file is there yet. */
function newSqliteFile(db: OpenWorldOptions["db"]): string | undefined {
  if (typeof db !== "string" || !db.startsWith("sqlite:")) return undefined;
  const path = db.slice("sqlite:".length);
  return path === "" || path === ":memory:" || existsSync(path) ? undefined : path;
}
