import { CITY, DISTRICTS, type District } from "../world/geography.ts";
import { pinyinOf } from "./address-english.ts";
import { CATEGORIES, SPECIFIC_TYPES } from "./categories.ts";
import type { Poi } from "./poi.ts";

/**
 * Fuzzy matching of place names in Chinese, English and pinyin. Scores run from 0 (no match) to 100
 * (an exact name). Written here rather than taken from a library because it is small and specific:
 * exact and contained names, pinyin (so "hangzhou dong zhan" and homophone typos still find 杭州东站),
 * pinyin initials, and character-bigram similarity for the rest.
 */

/** Lower-cases, folds full-width forms and drops spaces, punctuation and symbols. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

// Leading words that name the province or the city; "杭州东站" keeps a variant with them, so nothing is lost.
const PLACE_PREFIXES = [
  "中国",
  "浙江省",
  "浙江",
  "杭州市",
  "杭州",
  "china",
  "zhejiang",
  "province",
  "hangzhou",
  "city",
];
const TRAILING_WORDS = ["附近", "周边", "nearby", "near"];

/** A search text prepared once: its normal form, its variants without city words, its pinyin. */
export interface PreparedQuery {
  raw: string;
  normal: string;
  variants: string[];
  pinyin: string;
  han: boolean;
}

export function prepareQuery(text: string): PreparedQuery {
  const normal = normalizeText(text);
  const variants = new Set([normal]);
  let stripped = normal;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of PLACE_PREFIXES) {
      if (stripped.startsWith(prefix) && stripped.length > prefix.length) {
        stripped = stripped.slice(prefix.length);
        variants.add(stripped);
        changed = true;
      }
    }
    for (const suffix of TRAILING_WORDS) {
      if (stripped.endsWith(suffix) && stripped.length > suffix.length) {
        stripped = stripped.slice(0, -suffix.length);
        variants.add(stripped);
        changed = true;
      }
    }
  }
  const han = hasHan(normal);
  return { raw: text, normal, variants: [...variants], pinyin: han ? pinyinOf(normal) : normal, han };
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, index) => `${chars[index]}${char}`);
}

/** Sørensen–Dice similarity of character bigrams, 0..1. */
export function diceSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const count = counts.get(gram) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** How well a normalised query matches one normalised name. */
export function pairScore(query: string, name: string): number {
  if (query === "" || name === "") return 0;
  if (query === name) return 100;
  const minimum = hasHan(query) ? 2 : 3;
  const queryLength = [...query].length;
  const nameLength = [...name].length;
  if (queryLength >= minimum && name.includes(query)) return 65 + (30 * queryLength) / nameLength;
  if (nameLength >= minimum + 1 && query.includes(name)) return 60 + (30 * nameLength) / queryLength;
  const dice = diceSimilarity(query, name);
  return dice >= 0.5 ? 80 * dice : 0;
}

function withoutBranch(name: string): string {
  return name.replace(/[(（].*?[)）]/g, "");
}

/** How well a prepared query matches a POI's names, aliases, pinyin or initials. */
export function nameScore(query: PreparedQuery, poi: Poi): number {
  const names = [
    poi.name,
    withoutBranch(poi.name),
    poi.nameEn,
    withoutBranch(poi.nameEn),
    ...poi.aliases,
  ].map(normalizeText);
  let best = 0;
  query.variants.forEach((variant, index) => {
    // A variant with the city words taken off is a slightly weaker reading of what was asked.
    const factor = index === 0 ? 1 : 0.97;
    for (const name of names) best = Math.max(best, pairScore(variant, name) * factor);
    if (!hasHan(variant)) {
      best = Math.max(best, pairScore(variant, poi.pinyin) * 0.95 * factor);
      if (variant.length >= 3 && variant === poi.initials) best = Math.max(best, 85 * factor);
    }
  });
  if (query.han && query.pinyin === poi.pinyin) best = Math.max(best, 92);
  return best;
}

/** How well one search term names the kind of place, its area, district or street. */
export function descriptorScore(term: string, poi: Poi): number {
  if (term === "") return 0;
  let best = 0;
  const typeWords = SPECIFIC_TYPES[poi.typeCode]?.keywords ?? [];
  if (typeWords.some((word) => normalizeText(word) === term)) best = 70;
  const info = CATEGORIES[poi.category];
  const categoryWords = [poi.category, ...info.keywords, ...info.typeZh.split(";")].map(normalizeText);
  if (categoryWords.some((word) => word === term)) best = Math.max(best, 55);
  if (term.length >= 2 && normalizeText(poi.businessArea) === term) best = Math.max(best, 60);
  if (term.length >= 2 && normalizeText(poi.district).includes(term)) best = Math.max(best, 50);
  if (term.length >= 3 && normalizeText(poi.districtEn).includes(term)) best = Math.max(best, 50);
  if (term.length >= 2 && normalizeText(poi.address).includes(term)) best = Math.max(best, 45);
  return best;
}

/** The district a text names ("西湖区", "Binjiang", "330108"), with how sure the match is. */
export function matchDistrict(text: string): { district: District; score: number } | undefined {
  const normal = normalizeText(text);
  for (const district of DISTRICTS) {
    const zh = normalizeText(district.zh);
    const en = normalizeText(district.en);
    if (normal === zh || normal === district.adcode || normal === `${en}district` || normal === `${en}qu`) {
      return { district, score: 100 };
    }
    if (normal === en || normal === `杭州市${zh}` || normal === `杭州${zh}` || normal === `hangzhou${en}`) {
      return { district, score: 88 };
    }
  }
  return undefined;
}

/** The district a longer address mentions, such as "杭州市滨江区江南大道". */
export function districtMentioned(text: string): District | undefined {
  const normal = normalizeText(text);
  return DISTRICTS.find(
    (district) =>
      normal.includes(normalizeText(district.zh)) || normal.includes(`${normalizeText(district.en)}district`),
  );
}

/** Whether a text names the city itself ("杭州", "Hangzhou", "330100", "0571"). */
export function namesCity(text: string): boolean {
  const normal = normalizeText(text);
  return [
    "杭州",
    "杭州市",
    "hangzhou",
    "hangzhoucity",
    "hangzhoushi",
    "浙江杭州",
    CITY.adcode,
    CITY.citycode,
  ].includes(normal);
}
