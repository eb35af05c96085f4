import type { ServiceContext } from "../../kernel/context.ts";

/** Every place's name, by POI id, for the assistant's dictionary. */
export async function poiNames(context: ServiceContext): Promise<{ id: string; zh: string; en: string }[]> {
  const pois = await context.db
    .selectFrom("maps_pois")
    .select(["id", "name_zh", "name_en"])
    .orderBy("id")
    .execute();
  return pois.map((poi) => ({ id: poi.id, zh: poi.name_zh, en: poi.name_en }));
}
