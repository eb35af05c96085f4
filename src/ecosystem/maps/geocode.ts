import type { ServiceContext } from "../../kernel/context.ts";
import { invalid, notFound } from "../../kernel/errors.ts";
import {
  CITY,
  DISTRICTS,
  type District,
  distanceMeters,
  formatLngLat,
  nearestDistrict,
  parseLngLat,
} from "../world/geography.ts";
import { CITY_CENTRE, type Point, requireCoverage, requirePoint } from "./location.ts";
import {
  districtMentioned,
  matchDistrict,
  nameScore,
  namesCity,
  normalizeText,
  prepareQuery,
} from "./matching.ts";
import { getPoi, loadPois, type Poi } from "./poi.ts";

export const PROVINCE = { zh: "浙江省", en: "Zhejiang" } as const;

/** One answer of the geocoder: a POI, a district or the city, with how well it matched (0..100). */
export interface GeocodeMatch {
  /** Amap's level word: 兴趣点 (POI), 区县 (district) or 市 (city). */
  level: "兴趣点" | "区县" | "市";
  levelEn: "poi" | "district" | "city";
  location: string;
  lng: number;
  lat: number;
  province: string;
  city: string;
  citycode: string;
  district: string;
  districtEn: string;
  adcode: string;
  formattedAddress: string;
  formattedAddressEn: string;
  score: number;
  poi?: Poi;
}

const MIN_GEOCODE_SCORE = 50;

function districtMatch(district: District, score: number): GeocodeMatch {
  return {
    level: "区县",
    levelEn: "district",
    location: formatLngLat(district),
    lng: district.lng,
    lat: district.lat,
    province: PROVINCE.zh,
    city: CITY.zh,
    citycode: CITY.citycode,
    district: district.zh,
    districtEn: `${district.en} District`,
    adcode: district.adcode,
    formattedAddress: `${PROVINCE.zh}${CITY.zh}${district.zh}`,
    formattedAddressEn: `${district.en} District, ${CITY.en}, ${PROVINCE.en}`,
    score,
  };
}

function cityMatch(score: number): GeocodeMatch {
  return {
    level: "市",
    levelEn: "city",
    location: formatLngLat(CITY_CENTRE),
    ...CITY_CENTRE,
    province: PROVINCE.zh,
    city: CITY.zh,
    citycode: CITY.citycode,
    district: "",
    districtEn: "",
    adcode: CITY.adcode,
    formattedAddress: `${PROVINCE.zh}${CITY.zh}`,
    formattedAddressEn: `${CITY.en}, ${PROVINCE.en}`,
    score,
  };
}

function poiMatch(poi: Poi, score: number): GeocodeMatch {
  return {
    level: "兴趣点",
    levelEn: "poi",
    location: poi.location,
    lng: poi.lng,
    lat: poi.lat,
    province: PROVINCE.zh,
    city: CITY.zh,
    citycode: CITY.citycode,
    district: poi.district,
    districtEn: poi.districtEn,
    adcode: poi.adcode,
    formattedAddress: `${PROVINCE.zh}${CITY.zh}${poi.address}${poi.name}`,
    formattedAddressEn: `${poi.nameEn}, ${poi.addressEn}, ${CITY.en}, ${PROVINCE.en}`,
    score: Math.round(score),
    poi,
  };
}

/** Which district a `city` argument limits a search to; null when it names the whole city, undefined when neither. */
export function districtFilter(city: string | undefined): District | null | undefined {
  if (city === undefined || city.trim() === "" || namesCity(city)) return null;
  return matchDistrict(city)?.district;
}

/** Scores every POI against a text; an address that spells out a POI's street counts as well as its name. */
// What people say for what the map calls it: "train station" is a railway station.
const SAME_WORD: Record<string, string> = {
  train: "railway",
  rail: "railway",
  uni: "university",
  mall: "plaza",
};
const FILLER = new Set(["the", "a", "an", "to", "at", "in", "of", "please", "hangzhou"]);

/** The words of an English place phrase that name it ("the Xiaoshan airport" → xiaoshan, airport). */
function englishWords(text: string): string[] {
  if (/[\u3400-\u9fff]/u.test(text)) return [];
  return (text.toLowerCase().match(/[a-z]+/gu) ?? [])
    .filter((word) => !FILLER.has(word))
    .map((word) => SAME_WORD[word] ?? word);
}

/**
 * Every word of a short English phrase in the POI's English name or type ("Xiaoshan airport" →
 * Hangzhou Xiaoshan International Airport): a good match, better the more words it has.
 */
function wordsScore(words: string[], poi: Poi): number {
  if (words.length === 0 || words.length > 5) return 0;
  const named = new Set(`${poi.nameEn} ${poi.typeEn}`.toLowerCase().match(/[a-z]+/gu) ?? []);
  const has = (word: string) =>
    named.has(word) || named.has(word.replace(/s$/u, "")) || named.has(`${word}s`);
  return words.every(has) ? 66 + 4 * Math.min(words.length, 5) : 0;
}

function rankPois(pois: Poi[], text: string): { poi: Poi; score: number }[] {
  const query = prepareQuery(text);
  const mentioned = districtMentioned(text);
  const normal = normalizeText(text);
  const words = englishWords(text);
  return pois
    .map((poi) => {
      let score = Math.max(nameScore(query, poi), wordsScore(words, poi));
      const street = normalizeText(poi.address.slice(poi.district.length));
      if (street.length >= 4 && normal.includes(street)) score = Math.max(score, 80);
      // "滨江区外婆家": the district named in the text picks among branches of the same name.
      if (mentioned && score > 0) score += mentioned.id === poi.districtId ? 3 : -10;
      return { poi, score: Math.min(100, score) };
    })
    .filter((entry) => entry.score >= MIN_GEOCODE_SCORE)
    .sort((a, b) => b.score - a.score || a.poi.id.localeCompare(b.poi.id));
}

/**
 * Turns an address or place name (Chinese, English or pinyin) into locations, best first, like Amap's
 * geocoder: POIs, or a district or the city when the text names only those. Empty when nothing matches
 * or `city` lies outside the sandbox's Hangzhou.
 */
export async function geocode(
  context: ServiceContext,
  address: string,
  city?: string,
): Promise<GeocodeMatch[]> {
  if (address.trim() === "") throw invalid("address", "address must not be empty");
  const limit = districtFilter(city);
  if (limit === undefined) return [];
  if (namesCity(address)) return [cityMatch(100)];
  const pois = (await loadPois(context)).filter((poi) => !limit || poi.districtId === limit.id);
  const matches = rankPois(pois, address)
    .slice(0, 5)
    .map(({ poi, score }) => poiMatch(poi, score));
  const named = matchDistrict(address);
  if (named && named.score >= (matches[0]?.score ?? 0))
    return [districtMatch(named.district, named.score), ...matches];
  if (matches.length > 0) return matches;
  const mentioned = districtMentioned(address);
  if (mentioned) return [districtMatch(mentioned, 60)];
  return normalizeText(address).includes("杭州") || normalizeText(address).includes("hangzhou")
    ? [cityMatch(50)]
    : [];
}

/**
 * Resolves what a person calls a place ("西湖", "Hangzhou East Station", "杭州东站", a POI id or a
 * "lng,lat" at a POI) to one POI. Among equally good matches (branches of one chain) the one nearest
 * `near` wins. Undefined when nothing matches well enough.
 */
export async function resolvePlace(
  context: ServiceContext,
  text: string,
  options: { near?: Point } = {},
): Promise<Poi | undefined> {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (/^B0[0-9A-Z]{8}$/.test(trimmed)) return getPoi(context, trimmed).catch(() => undefined);
  const pois = await loadPois(context);
  const point = parseLngLat(trimmed);
  if (point) {
    const nearest = nearestPois(pois, point)[0];
    return nearest && nearest.distance <= 100 ? nearest.poi : undefined;
  }
  const ranked = rankPois(pois, trimmed).filter((entry) => entry.score >= 60);
  const top = ranked[0];
  if (!top) return undefined;
  const near = options.near;
  if (!near) return top.poi;
  const tied = ranked.filter((entry) => entry.score >= top.score - 3);
  tied.sort((a, b) => distanceMeters(a.poi, near) - distanceMeters(b.poi, near));
  return tied[0]?.poi;
}

/** POIs sorted by distance from a point. */
export function nearestPois(pois: Poi[], point: Point): { poi: Poi; distance: number }[] {
  return pois
    .map((poi) => ({ poi, distance: distanceMeters(point, poi) }))
    .sort((a, b) => a.distance - b.distance || a.poi.id.localeCompare(b.poi.id));
}

/** What reverse geocoding says about a point. */
export interface ReverseGeocode {
  location: string;
  province: string;
  city: string;
  citycode: string;
  district: string;
  districtEn: string;
  adcode: string;
  businessArea: string;
  formattedAddress: string;
  formattedAddressEn: string;
  pois: (Poi & { distance: number })[];
}

/**
 * Turns a "lng,lat" point into its district, a formatted address built from the nearest POI, and the
 * POIs within `radius` metres (nearest first, at most 10).
 */
export async function reverseGeocode(
  context: ServiceContext,
  location: string,
  radius = 1000,
): Promise<ReverseGeocode> {
  const point = requirePoint(location, "location");
  requireCoverage(point, "location");
  const ranked = nearestPois(await loadPois(context), point);
  const nearest = ranked[0];
  if (!nearest) throw notFound("POI near", location, "location");
  // The nearest POI's district is a better guess than the nearest district centre, when it is close.
  const district =
    nearest.distance <= 1500
      ? (DISTRICTS.find((candidate) => candidate.id === nearest.poi.districtId) ?? nearestDistrict(point))
      : nearestDistrict(point);
  const at = nearest.distance <= 50;
  const street = nearest.poi.address.slice(nearest.poi.district.length);
  return {
    location: formatLngLat(point),
    province: PROVINCE.zh,
    city: CITY.zh,
    citycode: CITY.citycode,
    district: district.zh,
    districtEn: `${district.en} District`,
    adcode: district.adcode,
    businessArea: nearest.distance <= 1500 ? nearest.poi.businessArea : "",
    formattedAddress: `${PROVINCE.zh}${CITY.zh}${district.zh}${street}${nearest.poi.name}${at ? "" : "附近"}`,
    formattedAddressEn: `${at ? "" : "Near "}${nearest.poi.nameEn}, ${nearest.poi.addressEn}, ${CITY.en}, ${PROVINCE.en}`,
    pois: ranked
      .filter((entry) => entry.distance <= radius)
      .slice(0, 10)
      .map((entry) => ({ ...entry.poi, distance: entry.distance })),
  };
}
