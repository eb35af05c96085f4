import type { PoiCategory } from "../categories.ts";

/** One hand-written place of the sandbox map, before the seed adds tel, rating and reviews. */
export interface PlaceEntry {
  zh: string;
  en: string;
  category: PoiCategory;
  /** A district id from world/geography.ts. */
  district: string;
  /** GCJ-02, as Amap uses. */
  lng: number;
  lat: number;
  /** Road and number, e.g. "文三路477号"; the English form is derived from it. */
  street: string;
  typeCode?: string;
  aliases?: readonly string[];
  tags?: readonly string[];
  area?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  /** Metro lines serving the place when it is (or contains) a metro station. */
  lines?: readonly number[];
}

type Extra = Omit<PlaceEntry, "zh" | "en" | "category" | "district" | "lng" | "lat" | "street">;

/** A compact way to write a catalogue line: names, district, point, street, then optional extras. */
export function place(
  category: PoiCategory,
  zh: string,
  en: string,
  district: string,
  lng: number,
  lat: number,
  street: string,
  extra: Extra = {},
): PlaceEntry {
  return { zh, en, category, district, lng, lat, street, ...extra };
}

/** A `place` writer for one category, so catalogue lines stay short. */
export function placesOf(category: PoiCategory) {
  return (
    zh: string,
    en: string,
    district: string,
    lng: number,
    lat: number,
    street: string,
    extra?: Extra,
  ) => place(category, zh, en, district, lng, lat, street, extra);
}
