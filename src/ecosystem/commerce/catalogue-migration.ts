import { type Kysely, type Migration, PostgresAdapter, sql } from "kysely";

/** Columns whose change makes a catalogue snapshot stale; `stock` is left out (search reads it live). */
const WATCHED = {
  commerce_merchants: [
    "id",
    "chain",
    "category",
    "name_zh",
    "name_en",
    "brand_zh",
    "brand_en",
    "pinyin",
    "pinyin_initials",
    "tagline",
    "district_id",
    "address",
    "lng",
    "lat",
    "opens_minute",
    "closes_minute",
    "open_24h",
    "rating",
    "rating_count",
    "monthly_sales",
    "delivery_radius_m",
    "delivery_fee_fen",
    "min_order_fen",
    "packaging_fee_fen",
    "prep_minutes",
    "cancel_fee_percent",
    "tags",
  ],
  commerce_skus: [
    "id",
    "merchant_id",
    "category",
    "name_zh",
    "name_en",
    "pinyin",
    "pinyin_initials",
    "description",
    "price_fen",
    "option_groups",
    "monthly_sales",
    "active",
    "tags",
  ],
} as const;

/**
 * A version number for the catalogue (merchants and SKUs without stock), raised by triggers on any
 * insert, delete or update of a watched column — by this process, another process or a hand-run
 * SQL statement alike. Search keeps a parsed snapshot of the catalogue and rereads it only when the
 * version moved, the way a search index follows its source table.
 */
export const catalogueMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("commerce_catalogue")
      .addColumn("id", "integer", (column) => column.primaryKey())
      .addColumn("version", "bigint", (column) => column.notNull())
      .execute();
    await db.insertInto("commerce_catalogue").values({ id: 1, version: 0 }).execute();
    // Search reads the sold-out SKUs live on every call (`soldOut`): a few rows, found by index.
    await db.schema.createIndex("commerce_skus_stock").on("commerce_skus").column("stock").execute();
    const bump = "update commerce_catalogue set version = version + 1 where id = 1";
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql
        .raw(
          `create function commerce_catalogue_bump() returns trigger language plpgsql as $$ begin ${bump}; return null; end $$`,
        )
        .execute(db);
      for (const [table, columns] of Object.entries(WATCHED)) {
        await sql
          .raw(
            `create trigger ${table}_catalogue after insert or delete or update of ${columns.join(", ")} on ${table} for each statement execute function commerce_catalogue_bump()`,
          )
          .execute(db);
      }
      return;
    }
    for (const [table, columns] of Object.entries(WATCHED)) {
      for (const [name, event] of [
        ["insert", "insert"],
        ["delete", "delete"],
        ["update", `update of ${columns.join(", ")}`],
      ]) {
        await sql
          .raw(`create trigger ${table}_catalogue_${name} after ${event} on ${table} begin ${bump}; end`)
          .execute(db);
      }
    }
  },
};
