import { type Kysely, type Migration, sql } from "kysely";

/** The commerce service's schema; Kysely's builder keeps it the same on SQLite and Postgres. */
export const migration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("commerce_merchants")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("chain", "varchar(40)", (column) => column.notNull())
      .addColumn("category", "varchar(32)", (column) => column.notNull())
      .addColumn("name_zh", "varchar(120)", (column) => column.notNull())
      .addColumn("name_en", "varchar(160)", (column) => column.notNull())
      .addColumn("brand_zh", "varchar(80)", (column) => column.notNull())
      .addColumn("brand_en", "varchar(80)", (column) => column.notNull())
      .addColumn("pinyin", "varchar(300)", (column) => column.notNull())
      .addColumn("pinyin_initials", "varchar(80)", (column) => column.notNull())
      .addColumn("tagline", "text", (column) => column.notNull())
      .addColumn("district_id", "varchar(32)", (column) => column.notNull())
      .addColumn("address", "varchar(300)", (column) => column.notNull())
      .addColumn("lng", "double precision", (column) => column.notNull())
      .addColumn("lat", "double precision", (column) => column.notNull())
      .addColumn("opens_minute", "integer", (column) => column.notNull())
      .addColumn("closes_minute", "integer", (column) => column.notNull())
      .addColumn("open_24h", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("rating", "double precision", (column) => column.notNull())
      .addColumn("rating_count", "integer", (column) => column.notNull())
      .addColumn("monthly_sales", "integer", (column) => column.notNull())
      .addColumn("delivery_radius_m", "integer", (column) => column.notNull())
      .addColumn("delivery_fee_fen", "integer", (column) => column.notNull())
      .addColumn("min_order_fen", "integer", (column) => column.notNull())
      .addColumn("packaging_fee_fen", "integer", (column) => column.notNull())
      .addColumn("prep_minutes", "integer", (column) => column.notNull())
      .addColumn("cancel_fee_percent", "integer", (column) => column.notNull())
      .addColumn("tags", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("commerce_merchants_category")
      .on("commerce_merchants")
      .column("category")
      .execute();

    await db.schema
      .createTable("commerce_skus")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("merchant_id", "varchar(40)", (column) => column.notNull())
      .addColumn("category", "varchar(32)", (column) => column.notNull())
      .addColumn("name_zh", "varchar(120)", (column) => column.notNull())
      .addColumn("name_en", "varchar(160)", (column) => column.notNull())
      .addColumn("pinyin", "varchar(300)", (column) => column.notNull())
      .addColumn("pinyin_initials", "varchar(80)", (column) => column.notNull())
      .addColumn("description", "text", (column) => column.notNull())
      .addColumn("price_fen", "integer", (column) => column.notNull())
      .addColumn("stock", "integer", (column) => column.notNull())
      .addColumn("option_groups", "text", (column) => column.notNull())
      .addColumn("monthly_sales", "integer", (column) => column.notNull())
      .addColumn("active", "integer", (column) => column.notNull().defaultTo(1))
      .addColumn("tags", "text", (column) => column.notNull())
      .addCheckConstraint("commerce_skus_stock_non_negative", sql`stock >= 0`)
      .execute();
    await db.schema.createIndex("commerce_skus_merchant").on("commerce_skus").column("merchant_id").execute();

    await db.schema
      .createTable("commerce_reviews")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("merchant_id", "varchar(40)", (column) => column.notNull())
      .addColumn("sku_id", "varchar(40)")
      .addColumn("author", "varchar(100)", (column) => column.notNull())
      .addColumn("rating", "integer", (column) => column.notNull())
      .addColumn("text", "text", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("tags", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("commerce_reviews_merchant")
      .on("commerce_reviews")
      .column("merchant_id")
      .execute();

    await db.schema
      .createTable("commerce_coupons")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("kind", "varchar(24)", (column) => column.notNull())
      .addColumn("user_id", "varchar(40)")
      .addColumn("merchant_id", "varchar(40)")
      .addColumn("category", "varchar(32)")
      .addColumn("title_zh", "varchar(120)", (column) => column.notNull())
      .addColumn("title_en", "varchar(160)", (column) => column.notNull())
      .addColumn("min_spend_fen", "integer", (column) => column.notNull())
      .addColumn("discount_fen", "integer", (column) => column.notNull())
      .addColumn("starts_at", "bigint", (column) => column.notNull())
      .addColumn("expires_at", "bigint", (column) => column.notNull())
      .addColumn("used_order_id", "varchar(40)")
      .addColumn("used_at", "bigint")
      .execute();
    await db.schema.createIndex("commerce_coupons_user").on("commerce_coupons").column("user_id").execute();
    await db.schema
      .createIndex("commerce_coupons_merchant")
      .on("commerce_coupons")
      .column("merchant_id")
      .execute();

    await db.schema
      .createTable("commerce_quotes")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("merchant_id", "varchar(40)", (column) => column.notNull())
      .addColumn("lines", "text", (column) => column.notNull())
      .addColumn("address", "text", (column) => column.notNull())
      .addColumn("items_fen", "integer", (column) => column.notNull())
      .addColumn("packaging_fen", "integer", (column) => column.notNull())
      .addColumn("delivery_fen", "integer", (column) => column.notNull())
      .addColumn("discount_fen", "integer", (column) => column.notNull())
      .addColumn("discounts", "text", (column) => column.notNull())
      .addColumn("total_fen", "integer", (column) => column.notNull())
      .addColumn("distance_m", "integer", (column) => column.notNull())
      .addColumn("eta_minutes", "integer", (column) => column.notNull())
      .addColumn("quote_hash", "varchar(80)", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("expires_at", "bigint", (column) => column.notNull())
      .execute();

    await db.schema
      .createTable("commerce_orders")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("merchant_id", "varchar(40)", (column) => column.notNull())
      // One order per quote and per payment intent; null for seeded history.
      .addColumn("quote_id", "varchar(40)", (column) => column.unique())
      .addColumn("idempotency_key", "varchar(200)")
      .addColumn("request_hash", "varchar(80)")
      .addColumn("payment_intent_id", "varchar(60)", (column) => column.unique())
      .addColumn("status", "varchar(24)", (column) => column.notNull())
      .addColumn("lines", "text", (column) => column.notNull())
      .addColumn("address", "text", (column) => column.notNull())
      .addColumn("dest_lng", "double precision", (column) => column.notNull())
      .addColumn("dest_lat", "double precision", (column) => column.notNull())
      .addColumn("items_fen", "integer", (column) => column.notNull())
      .addColumn("packaging_fen", "integer", (column) => column.notNull())
      .addColumn("delivery_fen", "integer", (column) => column.notNull())
      .addColumn("discount_fen", "integer", (column) => column.notNull())
      .addColumn("discounts", "text", (column) => column.notNull())
      .addColumn("total_fen", "integer", (column) => column.notNull())
      .addColumn("distance_m", "integer", (column) => column.notNull())
      .addColumn("eta_at", "bigint", (column) => column.notNull())
      .addColumn("refund_due_fen", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("refunded_fen", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("cancel_fee_fen", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("rider", "text")
      .addColumn("reason", "text")
      .addColumn("next_step_at", "bigint")
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("updated_at", "bigint", (column) => column.notNull())
      .addUniqueConstraint("commerce_orders_idempotency", ["user_id", "idempotency_key"])
      .execute();
    await db.schema.createIndex("commerce_orders_user").on("commerce_orders").column("user_id").execute();
    await db.schema
      .createIndex("commerce_orders_next_step")
      .on("commerce_orders")
      .column("next_step_at")
      .execute();

    await db.schema
      .createTable("commerce_order_events")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("order_id", "varchar(40)", (column) => column.notNull())
      .addColumn("seq", "integer", (column) => column.notNull())
      .addColumn("type", "varchar(40)", (column) => column.notNull())
      .addColumn("status", "varchar(24)", (column) => column.notNull())
      .addColumn("at", "bigint", (column) => column.notNull())
      .addColumn("data", "text", (column) => column.notNull())
      .addUniqueConstraint("commerce_order_events_seq", ["order_id", "seq"])
      .execute();
  },
};
