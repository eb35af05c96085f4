import { randomBytes } from "node:crypto";
import { createSeededPostgres, seededWorldImage } from "../../compose/seed-image.ts";
import { type Dialect, type OpenDatabase, openDatabase, openSqliteImage } from "../../store/database.ts";
import { dropScratchDatabase, TEST_POSTGRES_URL } from "../../store/scratch.ts";
import { createWorld, DEFAULT_SEED, type World, type WorldOptions } from "./world.ts";

/**
 * A fresh database holding the seeded world for `seed`, copied from a cache instead of seeded again:
 * SQLite from the image file in the world cache (seed-image.ts), Postgres from a template database. Tests that test
 * seeding itself should seed from scratch instead.
 */
export async function seededTestDatabase(dialect: Dialect, seed: number): Promise<OpenDatabase> {
  return dialect === "sqlite" ? sqliteCopy(seed) : postgresCopy(seed);
}

async function sqliteCopy(seed: number): Promise<OpenDatabase> {
  return openSqliteImage(await seededWorldImage(seed));
}

async function postgresCopy(seed: number): Promise<OpenDatabase> {
  const name = `dimple_t_${randomBytes(6).toString("hex")}`;
  await createSeededPostgres(TEST_POSTGRES_URL, name, seed);
  const database = openDatabase(urlFor(name));
  return {
    ...database,
    async close() {
      await database.close();
      await dropScratchDatabase(name);
    },
  };
}

function urlFor(database: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * `createWorld(options)` on a fresh in-memory SQLite database copied from the cached seed instead
 * of seeded (about 0.1 s of CPU instead of 1.2 s). Ids come from the next epoch's stream, so they
 * differ from a world seeded in the same process; tests of seeding itself use `createWorld`.
 */
export async function cachedWorld(options: Omit<WorldOptions, "db"> = {}): Promise<World> {
  const seed = options.seed ?? DEFAULT_SEED;
  return createWorld({ ...options, seed, db: await seededTestDatabase("sqlite", seed) });
}
