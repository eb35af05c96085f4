import type { GazetteerEntry } from "./gazetteer.ts";

/** A small fixture of entries in the shape the world's tables will feed in; for tests and demos. */
export const FIXTURE_ENTRIES: GazetteerEntry[] = [
  { kind: "item", id: "sku_latte", zh: "拿铁", en: "Latte" },
  { kind: "item", id: "sku_bubble_tea", zh: "珍珠奶茶", en: "Bubble Milk Tea" },
  { kind: "item", id: "sku_americano", zh: "美式咖啡", en: "Americano" },
  { kind: "merchant", id: "m_luckin", zh: "瑞幸咖啡", en: "Luckin Coffee" },
  { kind: "poi", id: "poi_west_lake", zh: "西湖", en: "West Lake" },
  { kind: "poi", id: "poi_east_station", zh: "杭州东站", en: "Hangzhou East Railway Station" },
  { kind: "event", id: "ev_jazz", zh: "爵士音乐节", en: "Jazz Festival" },
  { kind: "category", id: "cat_hotpot", zh: "火锅", en: "Hot Pot", pinyin: "huoguo" },
];
