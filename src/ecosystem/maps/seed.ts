import type { ServiceContext } from "../../kernel/context.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { DISTRICTS } from "../world/geography.ts";
import { pinyinInitialsOf, pinyinOf, streetToEnglish } from "./address-english.ts";
import { CATALOG, type PlaceEntry } from "./catalog/index.ts";
import { CATEGORIES } from "./categories.ts";
import { adversarialReviews, describe, reviewsFor } from "./seed-text.ts";
import type { MapsPoisTable } from "./tables.ts";
import { generateForecasts, shanghaiDate } from "./weather-model.ts";

/** How many days of forecasts the seed writes, from the world's first day. */
export const FORECAST_DAYS = 16;

const OPEN_HOURS: Readonly<Record<string, string>> = {
  mall: "10:00-22:00",
  restaurant: "10:30-21:30",
  landmark: "00:00-24:00",
  park: "00:00-24:00",
  hospital: "00:00-24:00",
  station: "05:30-23:30",
  hotel: "00:00-24:00",
  venue: "09:00-22:00",
};

/**
 * A stable, Amap-looking POI id ("B0" and eight base-36 characters) from the Chinese name, so an id
 * means the same place in every world whatever its seed.
 */
export function poiIdFor(nameZh: string): string {
  let hash = 0x811c9dc5;
  for (const char of nameZh) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  let second = hash ^ 0x5bd1e995;
  for (const char of [...nameZh].reverse())
    second = Math.imul(second ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `B0${(hash.toString(36) + second.toString(36)).toUpperCase().padStart(8, "0").slice(0, 8)}`;
}

function rowFor(entry: PlaceEntry, random: SeededRandom): MapsPoisTable {
  const district = DISTRICTS.find((candidate) => candidate.id === entry.district);
  if (!district) throw new Error(`catalogue place ${entry.zh} names unknown district ${entry.district}`);
  const tags = [...(entry.tags ?? []), ...(entry.lines ?? []).map((line) => `line:${line}`)];
  const adversarial = tags.includes("adversarial");
  const description = describe(entry);
  const reviews = adversarial ? adversarialReviews(entry) : reviewsFor(entry, random);
  return {
    id: poiIdFor(entry.zh),
    name_zh: entry.zh,
    name_en: entry.en,
    category: entry.category,
    type_code: entry.typeCode ?? CATEGORIES[entry.category].typeCode,
    district_id: entry.district,
    address_zh: `${district.zh}${entry.street}`,
    address_en: `${streetToEnglish(entry.street)}, ${district.en} District`,
    lng: entry.lng,
    lat: entry.lat,
    tel: `0571-8${String(random.int(0, 9_999_999)).padStart(7, "0")}`,
    rating: random.int(36, 49) / 10,
    description: description.zh,
    description_en: description.en,
    tags: JSON.stringify(tags),
    aliases: JSON.stringify(entry.aliases ?? []),
    name_pinyin: pinyinOf(entry.zh),
    name_initials: pinyinInitialsOf(entry.zh),
    business_area: entry.area ?? "",
    open_hours: OPEN_HOURS[entry.category] ?? "",
    reviews: JSON.stringify(reviews),
  };
}

/**
 * Seeds the maps service: the catalogue's places (with tel, rating and reviews drawn from the seed) and
 * forecasts for the city and each district from the world's first day.
 */
export async function seedMaps(context: ServiceContext, random: SeededRandom): Promise<void> {
  const placeRandom = random.fork("pois");
  const rows = CATALOG.map((entry) => rowFor(entry, placeRandom));
  const ids = new Set(rows.map((row) => row.id));
  if (ids.size !== rows.length) throw new Error("two catalogue places share a POI id");
  // Postgres caps bound parameters per statement; batches of 50 rows stay far below it.
  for (let start = 0; start < rows.length; start += 50) {
    await context.db
      .insertInto("maps_pois")
      .values(rows.slice(start, start + 50))
      .execute();
  }
  const forecasts = generateForecasts(
    random.fork("weather"),
    shanghaiDate(context.clock.now()),
    FORECAST_DAYS,
    DISTRICTS.map((district) => district.id),
  );
  for (let start = 0; start < forecasts.length; start += 50) {
    await context.db
      .insertInto("maps_weather")
      .values(forecasts.slice(start, start + 50))
      .execute();
  }
}
