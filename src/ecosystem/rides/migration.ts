import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("rides_products")
      .addColumn("id", "varchar(32)", (column) => column.primaryKey())
      .addColumn("name_zh", "varchar(64)", (column) => column.notNull())
      .addColumn("name_en", "varchar(64)", (column) => column.notNull())
      .addColumn("seats", "integer", (column) => column.notNull())
      .addColumn("base_fare_fen", "integer", (column) => column.notNull())
      .addColumn("per_km_fen", "integer", (column) => column.notNull())
      .addColumn("per_minute_fen", "integer", (column) => column.notNull())
      .addColumn("minimum_fare_fen", "integer", (column) => column.notNull())
      .addColumn("night_surcharge_percent", "integer", (column) => column.notNull())
      .addColumn("cancellation_fee_fen", "integer", (column) => column.notNull())
      .addColumn("free_cancel_seconds", "integer", (column) => column.notNull())
      .addColumn("rank", "integer", (column) => column.notNull())
      .execute();

    await db.schema
      .createTable("rides_drivers")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("name", "varchar(64)", (column) => column.notNull())
      .addColumn("product_id", "varchar(32)", (column) => column.notNull())
      .addColumn("car_model", "varchar(64)", (column) => column.notNull())
      .addColumn("car_color", "varchar(32)", (column) => column.notNull())
      .addColumn("plate", "varchar(16)", (column) => column.notNull().unique())
      .addColumn("rating", "double precision", (column) => column.notNull())
      .addColumn("lng", "double precision", (column) => column.notNull())
      .addColumn("lat", "double precision", (column) => column.notNull())
      .addColumn("status", "varchar(16)", (column) => column.notNull())
      .addColumn("completed_trips", "integer", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("rides_drivers_product_status")
      .on("rides_drivers")
      .columns(["product_id", "status"])
      .execute();

    await db.schema
      .createTable("rides_trips")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("product_id", "varchar(32)", (column) => column.notNull())
      .addColumn("status", "varchar(20)", (column) => column.notNull())
      .addColumn("origin_name", "varchar(200)", (column) => column.notNull())
      .addColumn("origin_lng", "double precision", (column) => column.notNull())
      .addColumn("origin_lat", "double precision", (column) => column.notNull())
      .addColumn("destination_name", "varchar(200)", (column) => column.notNull())
      .addColumn("destination_lng", "double precision", (column) => column.notNull())
      .addColumn("destination_lat", "double precision", (column) => column.notNull())
      .addColumn("estimated_distance_m", "integer", (column) => column.notNull())
      .addColumn("estimated_duration_s", "integer", (column) => column.notNull())
      .addColumn("estimate_low_fen", "integer", (column) => column.notNull())
      .addColumn("estimate_high_fen", "integer", (column) => column.notNull())
      // One pre-authorization pays for one trip only.
      .addColumn("payment_intent_id", "varchar(64)", (column) => column.notNull().unique())
      .addColumn("preauth_fen", "integer", (column) => column.notNull())
      .addColumn("driver_id", "varchar(40)")
      .addColumn("pickup_eta_s", "integer")
      .addColumn("actual_distance_m", "integer")
      .addColumn("actual_duration_s", "integer")
      .addColumn("final_fare_fen", "integer")
      .addColumn("cancellation_fee_fen", "integer")
      .addColumn("cancelled_by", "varchar(16)")
      .addColumn("failure_reason", "varchar(64)")
      .addColumn("next_step_at", "bigint")
      .addColumn("requested_at", "bigint", (column) => column.notNull())
      .addColumn("assigned_at", "bigint")
      .addColumn("arrived_at", "bigint")
      .addColumn("started_at", "bigint")
      .addColumn("completed_at", "bigint")
      .addColumn("cancelled_at", "bigint")
      .addColumn("idempotency_key", "varchar(128)", (column) => column.notNull())
      .addColumn("request_hash", "varchar(64)", (column) => column.notNull())
      .addUniqueConstraint("rides_trips_idempotency", ["user_id", "idempotency_key"])
      .execute();
    await db.schema
      .createIndex("rides_trips_user")
      .on("rides_trips")
      .columns(["user_id", "requested_at"])
      .execute();
    await db.schema.createIndex("rides_trips_next_step").on("rides_trips").column("next_step_at").execute();
  },
};
