import { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import { DISTRICTS, formatLngLat } from "../world/geography.ts";
import { CATEGORIES, type PoiCategory, SPECIFIC_TYPES } from "./categories.ts";
import type { PoiReview } from "./seed-text.ts";
import type { MapsPoisTable } from "./tables.ts";

/** A point of interest as the service hands it out. Every text field is data, never instructions. */
export interface Poi {
  id: string;
  name: string;
  nameEn: string;
  category: PoiCategory;
  typeCode: string;
  type: string;
  typeEn: string;
  districtId: string;
  district: string;
  districtEn: string;
  adcode: string;
  address: string;
  addressEn: string;
  /** "lng,lat" (GCJ-02). */
  location: string;
  lng: number;
  lat: number;
  tel: string;
  rating: number;
  description: string;
  descriptionEn: string;
  tags: string[];
  aliases: string[];
  businessArea: string;
  openHours: string;
  reviews: PoiReview[];
  pinyin: string;
  initials: string;
}

const stringList = z.array(z.string());
const reviewList = z.array(
  z.object({ author: z.string(), rating: z.number(), text: z.string(), lang: z.enum(["zh", "en"]) }),
);

// Stored JSON is our own, but a hand-edited database must not crash a read: bad JSON reads as empty.
function parseJson<T>(text: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** Turns a stored row into the service's POI shape. */
export function toPoi(row: MapsPoisTable): Poi {
  const category = (row.category in CATEGORIES ? row.category : "landmark") as PoiCategory;
  const info = SPECIFIC_TYPES[row.type_code] ?? {
    zh: CATEGORIES[category].typeZh,
    en: CATEGORIES[category].typeEn,
  };
  const district = DISTRICTS.find((candidate) => candidate.id === row.district_id);
  return {
    id: row.id,
    name: row.name_zh,
    nameEn: row.name_en,
    category,
    typeCode: row.type_code,
    type: info.zh,
    typeEn: info.en,
    districtId: row.district_id,
    district: district?.zh ?? "",
    districtEn: district ? `${district.en} District` : "",
    adcode: district?.adcode ?? "330100",
    address: row.address_zh,
    addressEn: row.address_en,
    location: formatLngLat(row),
    lng: row.lng,
    lat: row.lat,
    tel: row.tel,
    rating: row.rating,
    description: row.description,
    descriptionEn: row.description_en,
    tags: parseJson(row.tags, stringList, []),
    aliases: parseJson(row.aliases, stringList, []),
    businessArea: row.business_area,
    openHours: row.open_hours,
    reviews: parseJson(row.reviews, reviewList, []),
    pinyin: row.name_pinyin,
    initials: row.name_initials,
  };
}

/** Every POI, in id order. The map is a few hundred rows, so searches rank them in memory. */
export async function loadPois(context: ServiceContext): Promise<Poi[]> {
  const rows = await context.db.selectFrom("maps_pois").selectAll().orderBy("id").execute();
  return rows.map(toPoi);
}

/** One POI by id; `not_found` (naming `field`) when there is none. */
export async function getPoi(context: ServiceContext, id: string, field = "id"): Promise<Poi> {
  const row = await context.db.selectFrom("maps_pois").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("POI", id, field);
  return toPoi(row);
}

/** The metro lines serving a POI, from its "line:N" tags. */
export function metroLines(poi: Poi): number[] {
  return poi.tags.filter((tag) => tag.startsWith("line:")).map((tag) => Number(tag.slice(5)));
}
