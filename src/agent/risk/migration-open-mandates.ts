import type { Kysely, Migration } from "kysely";

/** Open mandates (AP2 v0.2): constraints signed once, checked at every execution (issue 15). */
export const openMandatesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("risk_open_mandates")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("user_id", "text", (column) => column.notNull())
      .addColumn("plan_id", "text", (column) => column.notNull().unique())
      .addColumn("constraints", "text", (column) => column.notNull())
      .addColumn("kid", "text", (column) => column.notNull())
      .addColumn("token", "text", (column) => column.notNull())
      .addColumn("status", "text", (column) => column.notNull())
      .addColumn("expires_at", "bigint", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
  },
};
