import type { Kysely, Migration } from "kysely";

/**
 * Tasks confirmed now and carried out later (issue 15: a ride for tomorrow 08:00). `scheduled_for`
 * is when the engine starts the task (epoch ms); null for tasks that run at once. The index finds
 * the next due task without a scan.
 */
export const taskScheduleMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable("agent_tasks").addColumn("scheduled_for", "bigint").execute();
    await db.schema
      .createIndex("agent_tasks_scheduled")
      .on("agent_tasks")
      .columns(["status", "scheduled_for"])
      .execute();
  },
};
