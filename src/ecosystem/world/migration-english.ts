import type { Kysely, Migration } from "kysely";

/**
 * Saved addresses in English too ("Room 1203, Unit 2, Building 5, Baijin Haian, 2211 Wentao Rd, Binjiang
 * District"), for an English session's cards. Rows made before it keep an empty English form, and
 * readers fall back to the Chinese one.
 */
export const englishAddressesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable("user_addresses")
      .addColumn("address_en", "varchar(300)", (column) => column.notNull().defaultTo(""))
      .execute();
  },
};
