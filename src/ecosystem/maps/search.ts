import type { ServiceContext } from "../../kernel/context.ts";
import { invalid } from "../../kernel/errors.ts";
import { CITY, distanceMeters } from "../world/geography.ts";
import { categoriesForTypes } from "./categories.ts";
import { districtFilter } from "./geocode.ts";
import { requirePoint } from "./location.ts";
import { descriptorScore, nameScore, type PreparedQuery, prepareQuery } from "./matching.ts";
import { getPoi, loadPois, type Poi } from "./poi.ts";

export interface SearchOptions {
  /** A city ("杭州", adcode) or one of its districts; another city finds nothing in the sandbox. */
  city?: string;
  /** Amap type codes or type names, separated by "|" ("050000|餐饮服务", "hotel"). */
  types?: string;
  /** 1-based page number. */
  page?: number;
  /** Results per page, 1..25 (Amap's `offset`). */
  pageSize?: number;
}

export type SearchHit = Poi & { score: number; distance?: number };

export interface SearchPage {
  count: number;
  page: number;
  pageSize: number;
  pois: SearchHit[];
  /** Amap suggests other cities when the one asked for has nothing; the sandbox has only Hangzhou. */
  suggestion: { keywords: string[]; cities: string[] };
}

const MIN_SEARCH_SCORE = 45;

interface PreparedPhrase {
  whole: PreparedQuery;
  words: PreparedQuery[];
}

/** Splits keywords into "|" alternatives and their words, preparing each once (pinyin is not free). */
export function prepareKeywords(keywords: string): PreparedPhrase[] {
  return keywords
    .split("|")
    .map((alternative) => alternative.trim())
    .filter((phrase) => phrase !== "")
    .map((phrase) => {
      const words = phrase.split(/\s+/).filter(Boolean);
      return { whole: prepareQuery(phrase), words: words.length > 1 ? words.map(prepareQuery) : [] };
    });
}

function termScore(term: PreparedQuery, poi: Poi): number {
  return Math.max(nameScore(term, poi), descriptorScore(term.normal, poi));
}

/**
 * How well prepared keywords match a POI. "|" separates alternatives, as in Amap; within one
 * alternative, the whole phrase is tried as a name, then each space-separated word must match a name,
 * a kind of place, an area, a district or a street ("西湖 餐厅").
 */
export function keywordScore(phrases: PreparedPhrase[], poi: Poi): number {
  let best = 0;
  for (const phrase of phrases) {
    best = Math.max(best, termScore(phrase.whole, poi));
    if (phrase.words.length > 0) {
      const scores = phrase.words.map((word) => termScore(word, poi));
      if (scores.every((score) => score >= MIN_SEARCH_SCORE)) {
        best = Math.max(best, scores.reduce((sum, score) => sum + score, 0) / scores.length);
      }
    }
  }
  return best;
}

function typeFilter(types: string | undefined): (poi: Poi) => boolean {
  if (!types || types.trim() === "") return () => true;
  const { categories, codes } = categoriesForTypes(types);
  return (poi) => categories.has(poi.category) || codes.some((code) => poi.typeCode.startsWith(code));
}

function pageOf(hits: SearchHit[], options: SearchOptions, keywords: string): SearchPage {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 10;
  if (!Number.isInteger(page) || page < 1 || page > 100)
    throw invalid("page", "page must be an integer from 1 to 100");
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 25) {
    throw invalid("offset", "page size must be an integer from 1 to 25");
  }
  return {
    count: hits.length,
    page,
    pageSize,
    pois: hits.slice((page - 1) * pageSize, page * pageSize),
    suggestion: {
      keywords: keywords.trim() === "" ? [] : [keywords.trim()],
      cities: hits.length > 0 ? [] : [CITY.zh],
    },
  };
}

/** Keyword search over the city's POIs, best match first, like Amap's place/text. */
export async function textSearch(
  context: ServiceContext,
  keywords: string,
  options: SearchOptions = {},
): Promise<SearchPage> {
  if (keywords.trim() === "" && !options.types?.trim()) {
    throw invalid("keywords", "keywords must not be empty unless types is given");
  }
  const limit = districtFilter(options.city);
  if (limit === undefined) return pageOf([], options, keywords);
  const ofType = typeFilter(options.types);
  const phrases = prepareKeywords(keywords);
  const hits = (await loadPois(context))
    .filter((poi) => (!limit || poi.districtId === limit.id) && ofType(poi))
    .map((poi) => ({ ...poi, score: phrases.length === 0 ? 50 : Math.round(keywordScore(phrases, poi)) }))
    .filter((hit) => hit.score >= MIN_SEARCH_SCORE)
    .sort((a, b) => b.score - a.score || b.rating - a.rating || a.id.localeCompare(b.id));
  return pageOf(hits, options, keywords);
}

/**
 * POIs within `radius` metres of a "lng,lat" point, nearest first, optionally matching keywords and
 * types, like Amap's place/around.
 */
export async function aroundSearch(
  context: ServiceContext,
  location: string,
  options: SearchOptions & { radius?: number; keywords?: string } = {},
): Promise<SearchPage> {
  const point = requirePoint(location, "location");
  const radius = options.radius ?? 1000;
  if (!Number.isFinite(radius) || radius <= 0 || radius > 50_000) {
    throw invalid("radius", "radius must be a number of metres from 1 to 50000");
  }
  const keywords = options.keywords?.trim() ?? "";
  const ofType = typeFilter(options.types);
  const phrases = prepareKeywords(keywords);
  const hits = (await loadPois(context))
    .map((poi) => ({
      ...poi,
      distance: distanceMeters(point, poi),
      score: phrases.length === 0 ? 100 : Math.round(keywordScore(phrases, poi)),
    }))
    .filter((hit) => hit.distance <= radius && hit.score >= MIN_SEARCH_SCORE && ofType(hit))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  return pageOf(hits, options, keywords);
}

/** One POI with everything known about it, like Amap's place/detail. */
export async function poiDetail(context: ServiceContext, id: string): Promise<Poi> {
  if (id.trim() === "") throw invalid("id", "id must not be empty");
  return getPoi(context, id.trim());
}
