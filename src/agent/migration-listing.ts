import type { Kysely, Migration } from "kysely";

/**
 * Every turn lists the user's latest tasks (`TaskStore.listBriefs`); without an index on
 * (user_id, created_at, id) that sorted all of a long-time user's tasks each time.
 */
export const taskListingMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex("agent_tasks_user_created")
      .on("agent_tasks")
      .columns(["user_id", "created_at", "id"])
      .execute();
  },
};
