import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type Dialect, type OpenDatabase, openDatabase, openSqliteImage } from "../../store/database.ts";
import { dropScratchDatabase, TEST_POSTGRES_URL } from "../../store/scratch.ts";
import { createWorld } from "./world.ts";

const SRC = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A key for the seeded world: a hash of every source file that shapes the schema or the seed. A
 * change to any of them builds a new cached world; nothing stale is ever reused.
 */
function worldKey(): string {
  const hash = createHash("sha256");
  const roots = [
    "ecosystem",
    "store",
    "agent/migration.ts",
    "agent/tables.ts",
    "agent/risk",
    "flywheel",
    "server/auth/migration.ts",
  ];
  const files: string[] = [];
  for (const root of roots) {
    const path = join(SRC, root);
    if (root.endsWith(".ts")) files.push(path);
    else {
      for (const file of readdirSync(path, { recursive: true }).map(String)) {
        if (file.endsWith(".ts") && !file.includes(".test.")) files.push(join(path, file));
      }
    }
  }
  for (const file of files.sort()) {
    hash.update(file);
    try {
      hash.update(readFileSync(file));
    } catch {
      // A file that vanished while we listed (another process editing) changes the key anyway.
    }
  }
  return hash.digest("hex").slice(0, 12);
}

let cachedKey: string | undefined;
const key = () => (cachedKey ??= worldKey());

/**
 * A fresh database holding the seeded world for `seed`, copied from a cache instead of seeded again:
 * SQLite from an image file in the temp folder, Postgres from a template database. Tests that test
 * seeding itself should seed from scratch instead.
 */
export async function seededTestDatabase(dialect: Dialect, seed: number): Promise<OpenDatabase> {
  return dialect === "sqlite" ? sqliteCopy(seed) : postgresCopy(seed);
}

async function sqliteCopy(seed: number): Promise<OpenDatabase> {
  const dir = join(tmpdir(), "dimple-test-worlds");
  const path = join(dir, `world-${key()}-${seed}.sqlite`);
  let image: Buffer;
  try {
    image = readFileSync(path);
  } catch {
    const world = await createWorld({ seed });
    image = world.database.image?.() as Buffer;
    await world.close();
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a parallel test file never reads half an image.
    const partial = `${path}.${randomBytes(4).toString("hex")}.partial`;
    writeFileSync(partial, image);
    renameSync(partial, path);
  }
  return openSqliteImage(image);
}

async function postgresCopy(seed: number): Promise<OpenDatabase> {
  const template = `dimple_tpl_${key()}_${seed}`;
  const name = `dimple_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    // One test process builds the template; the others wait on the lock, then copy it.
    await admin.query("select pg_advisory_lock(724031)");
    const exists = await admin.query("select 1 from pg_database where datname = $1", [template]);
    if (exists.rowCount === 0) {
      await admin.query(`create database ${template}`);
      const world = await createWorld({ db: openDatabase(urlFor(template)), seed });
      await world.close();
      const stale = await admin.query(
        "select datname from pg_database where datname like 'dimple_tpl_%' and datname <> $1",
        [template],
      );
      for (const row of stale.rows as { datname: string }[]) {
        await admin.query(`drop database if exists ${row.datname}`).catch(() => {});
      }
    }
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.query("select pg_advisory_unlock(724031)").catch(() => {});
    await admin.end();
  }
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
