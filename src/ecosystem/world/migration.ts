import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("users")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("username", "varchar(64)", (column) => column.notNull().unique())
      .addColumn("password_hash", "varchar(200)", (column) => column.notNull())
      .addColumn("display_name", "varchar(100)", (column) => column.notNull())
      .addColumn("lang", "varchar(8)", (column) => column.notNull())
      .addColumn("phone", "varchar(32)", (column) => column.notNull())
      .addColumn("role", "varchar(16)", (column) => column.notNull().defaultTo("user"))
      .addColumn("demo", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .execute();
    await db.schema
      .createTable("user_addresses")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("user_id", "varchar(40)", (column) => column.notNull())
      .addColumn("label", "varchar(32)", (column) => column.notNull())
      .addColumn("poi_id", "varchar(40)")
      .addColumn("address", "varchar(300)", (column) => column.notNull())
      .addColumn("lng", "double precision", (column) => column.notNull())
      .addColumn("lat", "double precision", (column) => column.notNull())
      .addColumn("contact_name", "varchar(100)", (column) => column.notNull())
      .addColumn("contact_phone", "varchar(32)", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("user_addresses_user").on("user_addresses").column("user_id").execute();
    await db.schema
      .createTable("world_meta")
      .addColumn("key", "varchar(64)", (column) => column.primaryKey())
      .addColumn("value", "text", (column) => column.notNull())
      .execute();
  },
};
