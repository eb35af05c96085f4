import type { Kysely, Migration } from "kysely";

/**
 * Ticket after-sale (issue 16): each event's refund rule as data (full refund until a cut-off, then
 * a share, default the old 48 h / 50 %), organisers' changes on sessions, and refunds made by the
 * service on a refund request.
 */
export const ticketsAfterSaleMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable("tickets_events")
      .addColumn("refund_cutoff_hours", "integer", (column) => column.notNull().defaultTo(48))
      .execute();
    await db.schema
      .alterTable("tickets_events")
      .addColumn("refund_after_cutoff_percent", "integer", (column) => column.notNull().defaultTo(50))
      .execute();
    await db.schema.alterTable("tickets_sessions").addColumn("change_kind", "varchar(24)").execute();
    await db.schema.alterTable("tickets_sessions").addColumn("previous_starts_at", "bigint").execute();
    await db.schema.alterTable("tickets_bookings").addColumn("refund_requested_at", "bigint").execute();
    await db.schema.alterTable("tickets_bookings").addColumn("refund_id", "varchar(60)").execute();
  },
};
