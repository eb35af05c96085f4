import type { Kysely, Migration } from "kysely";

/**
 * A driver who cancels (issue 16, item 3): the platform dispatches the trip again, up to
 * `max_redispatches` times (a rule row, so it is data), never to the driver who cancelled.
 */
export const redispatchMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable("rides_after_sale_rules")
      .addColumn("max_redispatches", "integer", (column) => column.notNull().defaultTo(2))
      .execute();
    await db.schema
      .alterTable("rides_trips")
      .addColumn("redispatches", "integer", (column) => column.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable("rides_trips").addColumn("cancelled_driver_id", "varchar(40)").execute();
  },
};
