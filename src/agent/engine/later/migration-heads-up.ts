import type { Kysely, Migration } from "kysely";

/** The occurrence of a recurring order the user was last told about ahead of time (epoch ms). */
export const headsUpMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable("agent_recurring_orders").addColumn("heads_up_at", "bigint").execute();
  },
};
