import type { ServiceContext } from "../../../ecosystem/kernel/context.ts";
import { Gazetteer, type GazetteerEntry } from "../nlu/gazetteer.ts";
import { kindEntries } from "./kinds.ts";
import { eventAliases } from "./skills/event-match.ts";

/**
 * Builds the NLU's gazetteer from the world's catalogue: menu items, merchant brands, places and
 * events, one entry per distinct name. This reads the catalogue once at start-up, the way a real
 * deployment would load an exported dictionary; it never touches orders or money.
 */
export async function loadWorldGazetteer(context: ServiceContext): Promise<Gazetteer> {
  const entries: GazetteerEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: GazetteerEntry) => {
    const key = `${entry.kind}:${entry.zh}|${entry.en}`;
    if (seen.has(key) || entry.zh.length < 1) return;
    seen.add(key);
    entries.push(entry);
  };
  const skus = await context.db
    .selectFrom("commerce_skus")
    .select(["id", "name_zh", "name_en", "pinyin"])
    .orderBy("id")
    .execute();
  for (const sku of skus)
    add({ kind: "item", id: sku.id, zh: sku.name_zh, en: sku.name_en, pinyin: sku.pinyin });
  const merchants = await context.db
    .selectFrom("commerce_merchants")
    .select(["id", "brand_zh", "brand_en"])
    .orderBy("id")
    .execute();
  for (const merchant of merchants)
    add({ kind: "merchant", id: merchant.id, zh: merchant.brand_zh, en: merchant.brand_en });
  const pois = await context.db
    .selectFrom("maps_pois")
    .select(["id", "name_zh", "name_en"])
    .orderBy("id")
    .execute();
  for (const poi of pois) add({ kind: "poi", id: poi.id, zh: poi.name_zh, en: poi.name_en });
  const events = await context.db
    .selectFrom("tickets_events")
    .select(["id", "name_zh", "name_en"])
    .orderBy("id")
    .execute();
  for (const event of events) {
    add({ kind: "event", id: event.id, zh: event.name_zh, en: event.name_en });
    // The parts people say on their own ("茶馆", "Teahouse", "浙江队 vs 上海申花").
    for (const alias of eventAliases(event.name_zh, event.name_en)) {
      const han = /\p{Script=Han}/u.test(alias);
      add({ kind: "event", id: event.id, zh: han ? alias : event.name_zh, en: han ? event.name_en : alias });
    }
  }
  for (const entry of kindEntries()) add(entry);
  return new Gazetteer(entries);
}
