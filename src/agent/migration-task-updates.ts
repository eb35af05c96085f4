import type { Kysely, Migration } from "kysely";

/**
 * Task updates as the user's surfaces received them (issue 13, a conversation that survives): every
 * status change the notifier pushes is kept, so a reload, a sign-in or a second tab replays the
 * card's whole timeline in the order it happened. `seq` orders updates of the same instant.
 */
export const taskUpdatesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("agent_task_updates")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("task_id", "varchar(40)", (column) => column.notNull())
      .addColumn("seq", "bigint", (column) => column.notNull())
      .addColumn("event", "text", (column) => column.notNull())
      .addColumn("at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("agent_task_updates_user")
      .on("agent_task_updates")
      .columns(["user_id", "at"])
      .execute();
  },
};
