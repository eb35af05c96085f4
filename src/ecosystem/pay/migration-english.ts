import type { Kysely, Migration } from "kysely";

/**
 * Statement lines in English too: an intent's description and every journal's get an English form
 * ("Latte ×1 · Luckin Coffee", "Wallet top-up"). Rows made before it keep an empty English form, and
 * readers fall back to the one description.
 */
export const englishDescriptionsMigration: Migration = {
  async up(db: Kysely<any>) {
    for (const table of ["pay_intents", "pay_journals"]) {
      await db.schema
        .alterTable(table)
        .addColumn("description_en", "varchar(300)", (column) => column.notNull().defaultTo(""))
        .execute();
    }
  },
};
