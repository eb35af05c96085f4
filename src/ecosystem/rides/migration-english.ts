import type { Kysely, Migration } from "kysely";

/**
 * Drivers in English too: the name in pinyin, the car model and colour, the plate with its province
 * spelled out. Drivers seeded before it keep empty English forms, and readers fall back to Chinese.
 */
export const englishDriversMigration: Migration = {
  async up(db: Kysely<any>) {
    for (const column of ["name_en", "car_model_en", "car_color_en", "plate_en"]) {
      await db.schema
        .alterTable("rides_drivers")
        .addColumn(column, "varchar(64)", (builder) => builder.notNull().defaultTo(""))
        .execute();
    }
  },
};
