import type { Kysely, Migration } from "kysely";

/**
 * Statement lines in English too: an intent's description and every journal's get an English form
 * ("Latte ×1 · Luckin Coffee", "Wallet top-up"). Top-ups seeded before it said both in one text and
 * are split; other rows keep an empty English form, and readers fall back to the one description.
 */
export const englishDescriptionsMigration: Migration = {
  async up(db: Kysely<any>) {
    for (const table of ["pay_intents", "pay_journals"]) {
      await db.schema
        .alterTable(table)
        .addColumn("description_en", "varchar(300)", (column) => column.notNull().defaultTo(""))
        .execute();
    }
    await db
      .updateTable("pay_journals")
      .set({ description: "钱包充值", description_en: "Wallet top-up" })
      .where("description", "=", "钱包充值 Wallet top-up")
      .execute();
  },
};
