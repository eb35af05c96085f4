import type { ServiceContext } from "../../kernel/context.ts";
import { distanceMeters, parseLngLat } from "../world/geography.ts";
import { type CatalogueSnapshot, readCatalogue, soldOut, stockOf } from "./catalogue.ts";
import { isOpenAt } from "./hours.ts";
import {
  SearchItemsInput,
  type SearchItemsRequest,
  SearchMerchantsInput,
  type SearchMerchantsRequest,
} from "./schemas.ts";
import type { CommerceMerchantsTable, CommerceSkusTable } from "./tables.ts";
import {
  internedName,
  matchScore,
  type PreparedQuery,
  prepareQuery,
  type SearchableName,
  searchableName,
} from "./text-match.ts";
import { validate } from "./validate.ts";
import { type ItemView, itemView, type MerchantSummary, merchantSummary } from "./views.ts";

/** The names a catalogue row is searched by, built once per (frozen, shared) snapshot row. */
const rowNames = new WeakMap<object, { primary: SearchableName; secondary: SearchableName[] }>();

function namesOf(
  row: object,
  build: () => { primary: SearchableName; secondary: SearchableName[] },
): { primary: SearchableName; secondary: SearchableName[] } {
  let names = rowNames.get(row);
  if (!names) {
    names = build();
    rowNames.set(row, names);
  }
  return names;
}

// A shop is found by its brand in any spelling (pinyin and typos included) and by its branch's
// place only as written: "ruixing" must not find "Pagoda Fruit (Xingyao City)" by a typo that
// spans brand and place ("fRUIt XINGyao").
const brandName = (row: CommerceMerchantsTable): SearchableName =>
  searchableName({ zh: row.name_zh, en: row.brand_en, pinyin: row.pinyin, initials: row.pinyin_initials });

const merchantNames = (row: CommerceMerchantsTable) =>
  namesOf(row, () => ({
    primary: brandName(row),
    secondary: [
      searchableName({ zh: "", en: row.name_en, pinyin: "", initials: "", literal: true }),
      internedName({ zh: row.tagline, en: row.category, pinyin: "", initials: "" }),
    ],
  }));

const itemNames = (row: CommerceSkusTable, merchant: CommerceMerchantsTable) =>
  namesOf(row, () => ({
    primary: internedName({
      zh: row.name_zh,
      en: row.name_en,
      pinyin: row.pinyin,
      initials: row.pinyin_initials,
    }),
    secondary: [
      merchantNames(merchant).primary,
      internedName({ zh: row.category, en: row.category.replaceAll("_", " "), pinyin: "", initials: "" }),
    ],
  }));

interface MerchantFilters {
  category?: string | undefined;
  location?: string | undefined;
  radiusM?: number | undefined;
  openNow?: boolean | undefined;
  minRating?: number | undefined;
}

/** Metres per degree of latitude; a degree of longitude is this times cos(latitude). */
const METERS_PER_DEGREE = 111_320;

/** A shop that delivers to a point, and how far it is. */
interface InRange {
  row: CommerceMerchantsTable;
  distanceM: number;
}

/**
 * Per snapshot, the shops in delivery range of recently searched points. People order to a few
 * saved addresses, so most searches reuse a list of tens of shops instead of measuring the
 * distance to every shop of the city. Bounded: past `POINTS_KEPT` points the table starts over.
 */
const inRangeByPoint = new WeakMap<CatalogueSnapshot, Map<string, InRange[]>>();
const POINTS_KEPT = 1024;

function shopsInRange(catalogue: CatalogueSnapshot, point: { lng: number; lat: number }): InRange[] {
  let byPoint = inRangeByPoint.get(catalogue);
  if (!byPoint) {
    byPoint = new Map();
    inRangeByPoint.set(catalogue, byPoint);
  }
  const key = `${point.lng},${point.lat}`;
  const kept = byPoint.get(key);
  if (kept) return kept;
  const lngScale = METERS_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180);
  const found: InRange[] = [];
  for (const row of catalogue.merchants) {
    // A shop clearly beyond its radius by latitude or longitude alone needs no great-circle
    // distance; 1% slack keeps that box wider than the circle whatever the rounding.
    const reach = row.delivery_radius_m * 1.01;
    if (Math.abs(row.lat - point.lat) * METERS_PER_DEGREE > reach) continue;
    if (Math.abs(row.lng - point.lng) * lngScale > reach) continue;
    const distanceM = distanceMeters(row, point);
    if (distanceM <= row.delivery_radius_m) found.push({ row, distanceM });
  }
  if (byPoint.size >= POINTS_KEPT) byPoint.clear();
  byPoint.set(key, found);
  return found;
}

/**
 * Per snapshot, the keywords searched lately, prepared once with the scores of the names they
 * were matched against: the brain and the app search the same few words ("拿铁", "latte", "milk")
 * again and again, and a name's score for a keyword never changes. Bounded like `inRangeByPoint`.
 */
const queriesByKeyword = new WeakMap<CatalogueSnapshot, Map<string, PreparedQuery>>();
const KEYWORDS_KEPT = 64;

function preparedQuery(catalogue: CatalogueSnapshot, keyword: string): PreparedQuery {
  let byKeyword = queriesByKeyword.get(catalogue);
  if (!byKeyword) {
    byKeyword = new Map();
    queriesByKeyword.set(catalogue, byKeyword);
  }
  let query = byKeyword.get(keyword);
  if (!query) {
    query = prepareQuery(keyword);
    if (byKeyword.size >= KEYWORDS_KEPT) byKeyword.clear();
    byKeyword.set(keyword, query);
  }
  return query;
}

interface EligibleMerchant {
  row: CommerceMerchantsTable;
  distanceM: number | undefined;
  point: { lng: number; lat: number } | undefined;
}

/**
 * Merchants passing the location, hours and rating filters, each with its distance. The catalogue
 * is city-sized (hundreds of shops), so filtering in memory is simpler than geo SQL on two dialects.
 */
function eligibleMerchants(
  catalogue: CatalogueSnapshot,
  filters: MerchantFilters,
  now: number,
): EligibleMerchant[] {
  const point = filters.location ? parseLngLat(filters.location) : undefined;
  const candidates: readonly { row: CommerceMerchantsTable; distanceM?: number }[] = point
    ? shopsInRange(catalogue, point)
    : catalogue.merchants.map((row) => ({ row }));
  const eligible: EligibleMerchant[] = [];
  for (const { row, distanceM } of candidates) {
    if (distanceM !== undefined && filters.radiusM !== undefined && distanceM > filters.radiusM) continue;
    if (filters.openNow && !isOpenAt(row, now)) continue;
    if (filters.minRating !== undefined && row.rating < filters.minRating) continue;
    eligible.push({ row, distanceM, point });
  }
  return eligible;
}

// Ranking blends relevance with quality and nearness: a perfect name match dominates, then among
// similar matches the better-rated, closer shop wins.
function rankBonus(rating: number, distanceM: number | undefined): number {
  return rating * 4 + (distanceM === undefined ? 0 : Math.max(0, 10 - distanceM / 500));
}

/** Searches merchants by keyword (zh / en / pinyin), category, location, open-now and rating. */
export async function searchMerchants(
  context: ServiceContext,
  request: SearchMerchantsRequest,
): Promise<{ merchants: MerchantSummary[]; total: number }> {
  const input = validate(SearchMerchantsInput, request);
  const now = context.clock.now();
  const catalogue = await readCatalogue(context);
  const query = input.keyword?.trim() ? preparedQuery(catalogue, input.keyword) : undefined;
  const scored = eligibleMerchants(catalogue, input, now)
    .filter(({ row }) => input.category === undefined || row.category === input.category)
    .filter(
      ({ row }) => input.maxDeliveryFeeFen === undefined || row.delivery_fee_fen <= input.maxDeliveryFeeFen,
    )
    .map((entry) => {
      const names = merchantNames(entry.row);
      const relevance = query ? matchScore(query, names.primary, names.secondary) : 1;
      return {
        ...entry,
        score: relevance > 0 ? relevance + rankBonus(entry.row.rating, entry.distanceM) : 0,
      };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.row.id.localeCompare(b.row.id));
  return {
    total: scored.length,
    merchants: scored.slice(0, input.limit).map(({ row, point }) => merchantSummary(row, now, point)),
  };
}

/** One item hit: the item and the merchant that sells it. */
export interface ItemHit extends ItemView {
  merchant: MerchantSummary;
}

/** Searches items by keyword (zh / en / pinyin), category, price, and the merchant filters. */
export async function searchItems(
  context: ServiceContext,
  request: SearchItemsRequest,
): Promise<{ items: ItemHit[]; total: number }> {
  const input = validate(SearchItemsInput, request);
  const now = context.clock.now();
  const catalogue = await readCatalogue(context);
  const query = input.keyword?.trim() ? preparedQuery(catalogue, input.keyword) : undefined;
  const merchants = new Map(
    eligibleMerchants(catalogue, { ...input, category: undefined }, now)
      .filter(({ row }) => input.merchantId === undefined || row.id === input.merchantId)
      .map((entry) => [entry.row.id, entry]),
  );
  if (merchants.size === 0) return { items: [], total: 0 };
  const gone = await soldOut(context);
  const scored: { row: CommerceSkusTable; merchant: EligibleMerchant; score: number }[] = [];
  for (const merchant of merchants.values()) {
    const merchantMatches = input.category === undefined || merchant.row.category === input.category;
    const bonus = rankBonus(merchant.row.rating, merchant.distanceM);
    for (const row of catalogue.skusByMerchant.get(merchant.row.id) ?? []) {
      if (input.maxPriceFen !== undefined && row.price_fen > input.maxPriceFen) continue;
      if (!merchantMatches && row.category !== input.category) continue;
      const names = itemNames(row, merchant.row);
      const relevance = query ? matchScore(query, names.primary, names.secondary) : 1;
      if (relevance === 0) continue;
      const inStock = gone.has(row.id) ? 0 : 5;
      const popularity = Math.min(3, row.monthly_sales / 1000);
      scored.push({ row, merchant, score: relevance + bonus + inStock + popularity });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.row.id.localeCompare(b.row.id));
  const shown = scored.slice(0, input.limit);
  const stock = await stockOf(
    context,
    shown.map(({ row }) => row.id),
  );
  return {
    total: scored.length,
    items: shown.map(({ row, merchant }) => ({
      ...itemView(row, stock.get(row.id) ?? 0),
      merchant: merchantSummary(merchant.row, now, merchant.point),
    })),
  };
}
