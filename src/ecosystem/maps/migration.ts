import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("maps_pois")
      .addColumn("id", "varchar(40)", (column) => column.primaryKey())
      .addColumn("name_zh", "varchar(200)", (column) => column.notNull())
      .addColumn("name_en", "varchar(200)", (column) => column.notNull())
      .addColumn("category", "varchar(32)", (column) => column.notNull())
      .addColumn("type_code", "varchar(16)", (column) => column.notNull())
      .addColumn("district_id", "varchar(32)", (column) => column.notNull())
      .addColumn("address_zh", "varchar(300)", (column) => column.notNull())
      .addColumn("address_en", "varchar(300)", (column) => column.notNull())
      .addColumn("lng", "double precision", (column) => column.notNull())
      .addColumn("lat", "double precision", (column) => column.notNull())
      .addColumn("tel", "varchar(32)", (column) => column.notNull())
      .addColumn("rating", "double precision", (column) => column.notNull())
      .addColumn("description", "text", (column) => column.notNull())
      .addColumn("tags", "text", (column) => column.notNull())
      .addColumn("description_en", "text", (column) => column.notNull().defaultTo(""))
      .addColumn("aliases", "text", (column) => column.notNull().defaultTo("[]"))
      .addColumn("name_pinyin", "varchar(400)", (column) => column.notNull().defaultTo(""))
      .addColumn("name_initials", "varchar(100)", (column) => column.notNull().defaultTo(""))
      .addColumn("business_area", "varchar(100)", (column) => column.notNull().defaultTo(""))
      .addColumn("open_hours", "varchar(100)", (column) => column.notNull().defaultTo(""))
      .addColumn("reviews", "text", (column) => column.notNull().defaultTo("[]"))
      .execute();
    await db.schema.createIndex("maps_pois_category").on("maps_pois").column("category").execute();
    await db.schema.createIndex("maps_pois_district").on("maps_pois").column("district_id").execute();
    await db.schema
      .createTable("maps_weather")
      .addColumn("district_id", "varchar(32)", (column) => column.notNull())
      .addColumn("date", "varchar(10)", (column) => column.notNull())
      .addColumn("day_weather_zh", "varchar(32)", (column) => column.notNull())
      .addColumn("day_weather_en", "varchar(32)", (column) => column.notNull())
      .addColumn("night_weather_zh", "varchar(32)", (column) => column.notNull())
      .addColumn("night_weather_en", "varchar(32)", (column) => column.notNull())
      .addColumn("temp_high", "integer", (column) => column.notNull())
      .addColumn("temp_low", "integer", (column) => column.notNull())
      .addColumn("wind_direction", "varchar(16)", (column) => column.notNull())
      .addColumn("wind_power", "varchar(16)", (column) => column.notNull())
      .addColumn("precipitation_chance", "integer", (column) => column.notNull())
      .addPrimaryKeyConstraint("maps_weather_pk", ["district_id", "date"])
      .execute();
  },
};
