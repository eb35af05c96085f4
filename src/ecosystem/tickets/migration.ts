import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("tickets_events")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("name_zh", "varchar(200)", (column) => column.notNull())
      .addColumn("name_en", "varchar(200)", (column) => column.notNull())
      .addColumn("description_zh", "text", (column) => column.notNull())
      .addColumn("description_en", "text", (column) => column.notNull())
      .addColumn("category", "varchar(32)", (column) => column.notNull())
      .addColumn("performer", "varchar(200)", (column) => column.notNull())
      .addColumn("tags", "text", (column) => column.notNull())
      .addColumn("venue_poi_id", "varchar(40)")
      .addColumn("venue_name_zh", "varchar(200)", (column) => column.notNull())
      .addColumn("venue_name_en", "varchar(200)", (column) => column.notNull())
      .addColumn("district_id", "varchar(32)", (column) => column.notNull())
      .addColumn("lng", "double precision", (column) => column.notNull())
      .addColumn("lat", "double precision", (column) => column.notNull())
      .addColumn("duration_minutes", "integer", (column) => column.notNull())
      .addColumn("search_text", "text", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("tickets_events_category").on("tickets_events").column("category").execute();

    await db.schema
      .createTable("tickets_sessions")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("event_id", "varchar(40)", (column) => column.notNull())
      .addColumn("starts_at", "bigint", (column) => column.notNull())
      .addColumn("ends_at", "bigint", (column) => column.notNull())
      .addColumn("status", "varchar(16)", (column) => column.notNull())
      .addColumn("sections", "text", (column) => column.notNull())
      .addColumn("seat_count", "integer", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("tickets_sessions_event")
      .on("tickets_sessions")
      .columns(["event_id", "starts_at"])
      .execute();

    await db.schema
      .createTable("tickets_tiers")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("event_id", "varchar(40)", (column) => column.notNull())
      .addColumn("name_zh", "varchar(64)", (column) => column.notNull())
      .addColumn("name_en", "varchar(64)", (column) => column.notNull())
      .addColumn("price_fen", "integer", (column) => column.notNull())
      .addColumn("rank", "integer", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("tickets_tiers_event").on("tickets_tiers").column("event_id").execute();

    await db.schema
      .createTable("tickets_seats")
      .addColumn("id", "varchar(48)", (column) => column.primaryKey())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("tier_id", "varchar(40)", (column) => column.notNull())
      .addColumn("section", "varchar(16)", (column) => column.notNull())
      .addColumn("row_number", "integer", (column) => column.notNull())
      .addColumn("seat_number", "integer", (column) => column.notNull())
      .addColumn("status", "varchar(16)", (column) => column.notNull())
      .addColumn("hold_id", "varchar(40)")
      .addColumn("booking_id", "varchar(40)")
      // A seat exists once per session: the map itself can never list a place twice.
      .addUniqueConstraint("tickets_seats_place", ["session_id", "section", "row_number", "seat_number"])
      .execute();
    await db.schema
      .createIndex("tickets_seats_session_status")
      .on("tickets_seats")
      .columns(["session_id", "status"])
      .execute();
    await db.schema.createIndex("tickets_seats_hold").on("tickets_seats").column("hold_id").execute();
    await db.schema.createIndex("tickets_seats_booking").on("tickets_seats").column("booking_id").execute();

    await db.schema
      .createTable("tickets_holds")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("seat_ids", "text", (column) => column.notNull())
      .addColumn("total_fen", "integer", (column) => column.notNull())
      .addColumn("status", "varchar(16)", (column) => column.notNull())
      .addColumn("expires_at", "bigint", (column) => column.notNull())
      .addColumn("idempotency_key", "varchar(128)", (column) => column.notNull())
      .addColumn("request_hash", "varchar(64)", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addUniqueConstraint("tickets_holds_idempotency", ["user_id", "idempotency_key"])
      .execute();
    await db.schema
      .createIndex("tickets_holds_status_expiry")
      .on("tickets_holds")
      .columns(["status", "expires_at"])
      .execute();

    await db.schema
      .createTable("tickets_bookings")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("hold_id", "varchar(40)", (column) => column.notNull().unique())
      .addColumn("session_id", "varchar(40)", (column) => column.notNull())
      .addColumn("event_id", "varchar(40)", (column) => column.notNull())
      .addColumn("total_fen", "integer", (column) => column.notNull())
      .addColumn("payment_intent_id", "varchar(64)", (column) => column.notNull().unique())
      .addColumn("status", "varchar(16)", (column) => column.notNull())
      .addColumn("refund_due_fen", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("cancelled_at", "bigint")
      .addColumn("idempotency_key", "varchar(128)", (column) => column.notNull())
      .addColumn("request_hash", "varchar(64)", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addUniqueConstraint("tickets_bookings_idempotency", ["user_id", "idempotency_key"])
      .execute();
    await db.schema.createIndex("tickets_bookings_user").on("tickets_bookings").column("user_id").execute();

    await db.schema
      .createTable("tickets_tickets")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("booking_id", "varchar(40)", (column) => column.notNull())
      .addColumn("seat_id", "varchar(48)", (column) => column.notNull())
      .addColumn("section", "varchar(16)", (column) => column.notNull())
      .addColumn("row_number", "integer", (column) => column.notNull())
      .addColumn("seat_number", "integer", (column) => column.notNull())
      .addColumn("tier_name_zh", "varchar(64)", (column) => column.notNull())
      .addColumn("tier_name_en", "varchar(64)", (column) => column.notNull())
      .addColumn("price_fen", "integer", (column) => column.notNull())
      .addColumn("code", "varchar(32)", (column) => column.notNull().unique())
      .addColumn("status", "varchar(16)", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("tickets_tickets_booking")
      .on("tickets_tickets")
      .column("booking_id")
      .execute();
  },
};
