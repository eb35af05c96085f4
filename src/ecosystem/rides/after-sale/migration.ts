import type { Kysely, Migration } from "kysely";

/** Ride disputes (detours) and lost-item reports, with their rule kept as a row (issue 16). */
export const ridesAfterSaleMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("rides_after_sale_rules")
      .addColumn("id", "varchar(24)", (column) => column.primaryKey())
      .addColumn("detour_threshold_percent", "integer", (column) => column.notNull())
      .addColumn("window_hours", "integer", (column) => column.notNull())
      .execute();
    await db
      .insertInto("rides_after_sale_rules")
      .values({ id: "default", detour_threshold_percent: 20, window_hours: 72 })
      .execute();
    await db.schema
      .createTable("rides_disputes")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("trip_id", "varchar(40)", (column) => column.notNull())
      .addColumn("kind", "varchar(24)", (column) => column.notNull())
      .addColumn("description", "text", (column) => column.notNull())
      .addColumn("status", "varchar(24)", (column) => column.notNull())
      .addColumn("planned_distance_m", "integer", (column) => column.notNull())
      .addColumn("actual_distance_m", "integer", (column) => column.notNull())
      .addColumn("charged_fen", "integer", (column) => column.notNull())
      .addColumn("adjusted_fare_fen", "integer", (column) => column.notNull())
      .addColumn("refund_fen", "integer", (column) => column.notNull())
      .addColumn("refund_id", "varchar(60)")
      .addColumn("decision_code", "varchar(40)", (column) => column.notNull())
      .addColumn("decision_zh", "text", (column) => column.notNull())
      .addColumn("decision_en", "text", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      // One dispute of each kind per trip: repeated taps file one.
      .addUniqueConstraint("rides_disputes_trip_kind", ["trip_id", "kind"])
      .execute();
  },
};
