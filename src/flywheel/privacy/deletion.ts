import type { ServiceContext } from "../../kernel/context.ts";
import { chunks } from "../chunks.ts";
import { DEFAULT_RETENTION_DAYS } from "./consent.ts";

const DAY_MS = 86_400_000;

/** The append-only tables that hold a user's records, with the column that dates a row. */
const USER_TABLES = [
  "flywheel_turns",
  "flywheel_tool_calls",
  "flywheel_task_outcomes",
  "flywheel_feedback",
  "flywheel_signals",
] as const;

/** "Delete my data": removes every flywheel record of the user, and their consent row. Returns counts per table. */
export async function deleteUserData(
  context: ServiceContext,
  userId: string,
): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  await context.db.transaction().execute(async (trx) => {
    for (const table of USER_TABLES) {
      const result = await trx.deleteFrom(table).where("user_id", "=", userId).executeTakeFirst();
      removed[table] = Number(result.numDeletedRows);
    }
    const consent = await trx.deleteFrom("flywheel_consent").where("user_id", "=", userId).executeTakeFirst();
    removed.flywheel_consent = Number(consent.numDeletedRows);
  });
  return removed;
}

/**
 * Enforces retention: removes records older than each user's retention period (the default period
 * for users who never chose). Returns how many rows each table lost.
 */
export async function purgeExpired(context: ServiceContext): Promise<Record<string, number>> {
  const now = context.clock.now();
  const custom = await context.db
    .selectFrom("flywheel_consent")
    .select(["user_id", "retention_days"])
    .execute();
  const removed: Record<string, number> = Object.fromEntries(USER_TABLES.map((table) => [table, 0]));
  // Users who chose a period are grouped by it, so the purge is a few statements, not one per user.
  const groups = new Map<number, string[]>();
  for (const row of custom)
    groups.set(row.retention_days, [...(groups.get(row.retention_days) ?? []), row.user_id]);
  await context.db.transaction().execute(async (trx) => {
    for (const table of USER_TABLES) {
      for (const [days, userIds] of groups) {
        for (const chunk of chunks(userIds, 500)) {
          const result = await trx
            .deleteFrom(table)
            .where("user_id", "in", chunk)
            .where("at", "<", now - days * DAY_MS)
            .executeTakeFirst();
          removed[table] = (removed[table] ?? 0) + Number(result.numDeletedRows);
        }
      }
      const cutoff = now - DEFAULT_RETENTION_DAYS * DAY_MS;
      const stale = await trx
        .selectFrom(table)
        .select("user_id")
        .distinct()
        .where("at", "<", cutoff)
        .execute();
      const chosen = new Set(custom.map((row) => row.user_id));
      const defaults = stale.map((row) => row.user_id).filter((userId) => !chosen.has(userId));
      for (const chunk of chunks(defaults, 500)) {
        const result = await trx
          .deleteFrom(table)
          .where("user_id", "in", chunk)
          .where("at", "<", cutoff)
          .executeTakeFirst();
        removed[table] = (removed[table] ?? 0) + Number(result.numDeletedRows);
      }
    }
  });
  return removed;
}
