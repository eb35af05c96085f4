import type { Kysely, Migration } from "kysely";

/** Dead-lettered jobs with their reason (issue 18); see `tables.ts`. */
export const deadLettersMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("job_dead_letters")
      .addColumn("id", "varchar(64)", (column) => column.primaryKey())
      .addColumn("queue", "varchar(64)", (column) => column.notNull())
      .addColumn("job_id", "varchar(64)", (column) => column.notNull())
      .addColumn("stepper", "varchar(64)", (column) => column.notNull())
      .addColumn("item_key", "text")
      .addColumn("attempts", "integer", (column) => column.notNull())
      .addColumn("reason", "text", (column) => column.notNull())
      .addColumn("failed_at", "bigint", (column) => column.notNull())
      .execute();
  },
};
