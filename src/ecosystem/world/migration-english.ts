import type { Kysely, Migration } from "kysely";

/** "5幢2单元1203室" → "Room 1203, Unit 2, Building 5"; "13楼" → "Floor 13"; else undefined. */
function unitInEnglish(unit: string): string | undefined {
  const flat = /^(\d+)幢(\d+)单元(\d+)室$/u.exec(unit);
  if (flat) return `Room ${flat[3]}, Unit ${flat[2]}, Building ${flat[1]}`;
  const floor = /^(\d+)楼$/u.exec(unit);
  if (floor) return `Floor ${floor[1]}`;
  return unit === "" ? "" : undefined;
}

/**
 * Saved addresses in English too ("Room 1203, Unit 2, Building 5, Baijin Haian, 2211 Wentao Rd,
 * Binjiang District"). Addresses saved before it are put in English from their place on the map when
 * they are the seed's shape (the place's address and name, then a flat or a floor); any other keeps an
 * empty English form, and readers fall back to the Chinese one.
 */
export const englishAddressesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable("user_addresses")
      .addColumn("address_en", "varchar(300)", (column) => column.notNull().defaultTo(""))
      .execute();
    const saved = await db
      .selectFrom("user_addresses")
      .innerJoin("maps_pois", "maps_pois.id", "user_addresses.poi_id")
      .select([
        "user_addresses.id as id",
        "user_addresses.address as address",
        "maps_pois.name_zh as nameZh",
        "maps_pois.name_en as nameEn",
        "maps_pois.address_zh as addressZh",
        "maps_pois.address_en as addressEn",
      ])
      .execute();
    for (const row of saved) {
      const prefix = `${row.addressZh}${row.nameZh}`;
      if (!String(row.address).startsWith(prefix)) continue;
      const unit = unitInEnglish(String(row.address).slice(prefix.length));
      if (unit === undefined) continue;
      await db
        .updateTable("user_addresses")
        .set({ address_en: [unit, row.nameEn, row.addressEn].filter(Boolean).join(", ") })
        .where("id", "=", row.id)
        .execute();
    }
  },
};
