import type { Kysely, Migration } from "kysely";

/** The platform's claim rules as first seeded; operators change the rows, not the code. */
export const DEFAULT_CLAIM_RULES = [
  // kind, window, instant up to, review after, photo over, late after, late percent
  ["spilled", 1440, 3000, 30, 3000, null, null],
  ["missing_item", 1440, 5000, 30, null, null, null],
  ["wrong_item", 1440, 3000, 30, 3000, null, null],
  ["quality", 1440, 2000, 60, 0, null, null],
  ["late", 1440, 100_000, 0, null, 15, 20],
] as const;

/** After-sale claims on delivery orders (issue 16): rules, claims, photos, and the order's claimed total. */
export const afterSaleMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("commerce_claim_rules")
      .addColumn("kind", "varchar(24)", (column) => column.primaryKey())
      .addColumn("window_minutes", "integer", (column) => column.notNull())
      .addColumn("instant_max_fen", "integer", (column) => column.notNull())
      .addColumn("review_minutes", "integer", (column) => column.notNull())
      .addColumn("photo_over_fen", "integer")
      .addColumn("late_after_minutes", "integer")
      .addColumn("late_percent", "integer")
      .execute();
    await db
      .insertInto("commerce_claim_rules")
      .values(
        DEFAULT_CLAIM_RULES.map(([kind, window, instant, review, photo, lateAfter, latePercent]) => ({
          kind,
          window_minutes: window,
          instant_max_fen: instant,
          review_minutes: review,
          photo_over_fen: photo,
          late_after_minutes: lateAfter,
          late_percent: latePercent,
        })),
      )
      .execute();

    await db.schema
      .createTable("commerce_claims")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("order_id", "varchar(40)", (column) => column.notNull())
      .addColumn("target", "varchar(24)", (column) => column.notNull())
      .addColumn("kind", "varchar(24)", (column) => column.notNull())
      .addColumn("line_index", "integer")
      .addColumn("qty", "integer")
      .addColumn("reason", "text", (column) => column.notNull())
      .addColumn("amount_fen", "integer", (column) => column.notNull())
      .addColumn("status", "varchar(24)", (column) => column.notNull())
      .addColumn("decision_code", "varchar(40)")
      .addColumn("decision_zh", "text")
      .addColumn("decision_en", "text")
      .addColumn("has_photo", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("idempotency_key", "varchar(200)")
      .addColumn("refund_id", "varchar(60)")
      .addColumn("refunded_fen", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("next_step_at", "bigint")
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("decided_at", "bigint")
      .addColumn("refunded_at", "bigint")
      // One claim per thing claimed: twenty identical taps file one claim.
      .addUniqueConstraint("commerce_claims_target", ["order_id", "target"])
      .addUniqueConstraint("commerce_claims_idempotency", ["user_id", "idempotency_key"])
      .execute();
    await db.schema.createIndex("commerce_claims_user").on("commerce_claims").column("user_id").execute();
    await db.schema
      .createIndex("commerce_claims_next_step")
      .on("commerce_claims")
      .column("next_step_at")
      .execute();

    await db.schema
      .createTable("commerce_claim_photos")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("claim_id", "varchar(40)", (column) => column.notNull())
      .addColumn("content_type", "varchar(40)", (column) => column.notNull())
      .addColumn("bytes", "integer", (column) => column.notNull())
      .addColumn("sha256", "varchar(80)", (column) => column.notNull())
      .addColumn("data_base64", "text", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();

    // What open and approved claims on an order add up to; a conditional update keeps it under the total.
    await db.schema
      .alterTable("commerce_orders")
      .addColumn("claimed_fen", "integer", (column) => column.notNull().defaultTo(0))
      .execute();
  },
};
