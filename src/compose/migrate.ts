import { type Kysely, type Migration, Migrator } from "kysely";
import { DimpleError } from "../kernel/errors.ts";
import { migrations } from "./migrations.ts";

/** Brings the schema up to date; the same migrations serve SQLite and Postgres. */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations as Record<string, Migration> },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    throw new DimpleError("migration_failed", `migration ${failed?.migrationName ?? ""} failed`, {
      status: 500,
      cause: error,
    });
  }
}
