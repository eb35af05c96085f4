import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("../", import.meta.url));

/** Where prebuilt seeded worlds are kept (DIMPLE_WORLD_CACHE, else a folder in the temp folder). */
export function worldCacheDir(): string {
  return process.env.DIMPLE_WORLD_CACHE ?? join(tmpdir(), "dimple-worlds");
}

/**
 * A key for the seeded world: a hash of every source file that shapes the schema or the seed. A
 * change to any of them builds a new image; nothing stale is ever reused.
 */
function computeWorldKey(): string {
  const hash = createHash("sha256");
  const roots = [
    "compose",
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
    hash.update(file.slice(SRC.length));
    try {
      hash.update(readFileSync(file));
    } catch {
      // A file that vanished while we listed (another process editing) changes the key anyway.
    }
  }
  return hash.digest("hex").slice(0, 12);
}

let cachedKey: string | undefined;

/** The seeded world's key for these sources (computed once per process). */
export function worldKey(): string {
  cachedKey ??= computeWorldKey();
  return cachedKey;
}

/** Writes `bytes` to `path` through a temporary name, so a reader in another process never sees half a file. */
export function writeAtomically(path: string, bytes: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${randomBytes(4).toString("hex")}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
}

/**
 * The image of a freshly seeded world for `seed` (the SQLite file's bytes), built on first use and
 * kept in the world cache: seeding runs through every service's catalogue and grows with the
 * world; copying its 9 MB does not. Seeded on the simulated clock at the world's start, as a new
 * live world is (a fresh database has no saved time, so its clock starts there too).
 */
export async function seededWorldImage(seed: number): Promise<Buffer> {
  const path = join(worldCacheDir(), `world-${worldKey()}-${seed}.sqlite`);
  if (existsSync(path)) return readFileSync(path);
  const { openWorld } = await import("./open-world.ts");
  const world = await openWorld({ seed });
  const image = world.database.image?.() as Buffer;
  await world.close();
  writeAtomically(path, image);
  return image;
}

/**
 * A fresh SQLite database file at `path`, copied from the seeded image instead of seeded (the
 * first start of `npm start`, `dimple serve --db sqlite:NEW`). Does nothing when the file exists.
 */
export async function copySeededWorld(path: string, seed: number): Promise<void> {
  if (existsSync(path)) return;
  writeAtomically(path, await seededWorldImage(seed));
}

/** The same server as `url`, database `name`. */
function onServer(url: string, name: string): string {
  const at = new URL(url);
  at.pathname = `/${name}`;
  return at.toString();
}

/**
 * Creates database `name` on the Postgres server of `url` as a copy of the seeded template
 * (`dimple_tpl_<key>_<seed>`, built on first use; older templates are dropped). One process builds
 * the template while the others wait on an advisory lock; a copy is one `create database … template`.
 * Does nothing when `name` exists.
 */
export async function createSeededPostgres(url: string, name: string, seed: number): Promise<void> {
  const template = `dimple_tpl_${worldKey()}_${seed}`;
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: onServer(url, "postgres") });
  await admin.connect();
  try {
    await admin.query("select pg_advisory_lock(724031)");
    const exists = async (database: string) =>
      ((await admin.query("select 1 from pg_database where datname = $1", [database])).rowCount ?? 0) > 0;
    if (await exists(name)) return;
    // Another checkout on the same server (other sources, another key) may drop this template as
    // stale between the check and the copy; then it is built again, once.
    for (let attempt = 0; ; attempt++) {
      if (!(await exists(template))) {
        await admin.query(`create database ${template}`);
        const { openWorld } = await import("./open-world.ts");
        const world = await openWorld({ db: onServer(url, template), seed });
        await world.close();
        const stale = await admin.query(
          "select datname from pg_database where datname like 'dimple_tpl_%' and datname <> $1",
          [template],
        );
        for (const row of stale.rows as { datname: string }[]) {
          await admin.query(`drop database if exists ${row.datname}`).catch(() => {});
        }
      }
      try {
        await admin.query(`create database ${name} template ${template}`);
        return;
      } catch (error) {
        // 3D000 invalid_catalog_name: the template went away.
        if ((error as { code?: string }).code !== "3D000" || attempt > 0) throw error;
      }
    }
  } finally {
    await admin.query("select pg_advisory_unlock(724031)").catch(() => {});
    await admin.end();
  }
}

/** Whether `name` is a database name this module may create (letters, digits, underscores). */
export function plainDatabaseName(name: string): boolean {
  return /^[a-z_][a-z0-9_]{0,62}$/.test(name);
}
