import type { ServiceContext } from "../kernel/context.ts";
import { distanceMeters, parseLngLat } from "../world/geography.ts";
import { readCatalogue, soldOut, stockOf } from "./catalogue.ts";
import { isOpenAt } from "./hours.ts";
import {
  SearchItemsInput,
  type SearchItemsRequest,
  SearchMerchantsInput,
  type SearchMerchantsRequest,
} from "./schemas.ts";
import type { CommerceMerchantsTable, CommerceSkusTable } from "./tables.ts";
import { matchScore, prepareQuery, type SearchableName, searchableName } from "./text-match.ts";
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

const brandName = (row: CommerceMerchantsTable): SearchableName =>
  searchableName({ zh: row.name_zh, en: row.name_en, pinyin: row.pinyin, initials: row.pinyin_initials });

const merchantNames = (row: CommerceMerchantsTable) =>
  namesOf(row, () => ({
    primary: brandName(row),
    secondary: [searchableName({ zh: row.tagline, en: row.category, pinyin: "", initials: "" })],
  }));

const itemNames = (row: CommerceSkusTable, merchant: CommerceMerchantsTable) =>
  namesOf(row, () => ({
    primary: searchableName({
      zh: row.name_zh,
      en: row.name_en,
      pinyin: row.pinyin,
      initials: row.pinyin_initials,
    }),
    secondary: [
      merchantNames(merchant).primary,
      searchableName({ zh: row.category, en: row.category.replaceAll("_", " "), pinyin: "", initials: "" }),
    ],
  }));

interface MerchantFilters {
  category?: string | undefined;
  location?: string | undefined;
  radiusM?: number | undefined;
  openNow?: boolean | undefined;
  minRating?: number | undefined;
}

/**
 * Merchants passing the location, hours and rating filters, each with its distance. The catalogue
 * is city-sized (tens of shops), so filtering in memory is simpler than geo SQL on two dialects.
 */
function eligibleMerchants(rows: readonly CommerceMerchantsTable[], filters: MerchantFilters, now: number) {
  const point = filters.location ? parseLngLat(filters.location) : undefined;
  return rows
    .map((row) => ({ row, distanceM: point ? distanceMeters(row, point) : undefined }))
    .filter(({ row, distanceM }) => {
      if (distanceM !== undefined && distanceM > row.delivery_radius_m) return false;
      if (distanceM !== undefined && filters.radiusM !== undefined && distanceM > filters.radiusM)
        return false;
      if (filters.openNow && !isOpenAt(row, now)) return false;
      if (filters.minRating !== undefined && row.rating < filters.minRating) return false;
      return true;
    })
    .map((entry) => ({ ...entry, point }));
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
  const query = input.keyword?.trim() ? prepareQuery(input.keyword) : undefined;
  const now = context.clock.now();
  const { merchants } = await readCatalogue(context);
  const scored = eligibleMerchants(merchants, input, now)
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
  const query = input.keyword?.trim() ? prepareQuery(input.keyword) : undefined;
  const now = context.clock.now();
  const catalogue = await readCatalogue(context);
  const merchants = new Map(
    eligibleMerchants(catalogue.merchants, { ...input, category: undefined }, now)
      .filter(({ row }) => input.merchantId === undefined || row.id === input.merchantId)
      .map((entry) => [entry.row.id, entry]),
  );
  if (merchants.size === 0) return { items: [], total: 0 };
  const rows = [...merchants.keys()].flatMap((merchantId) =>
    (catalogue.skusByMerchant.get(merchantId) ?? []).filter(
      (row) => input.maxPriceFen === undefined || row.price_fen <= input.maxPriceFen,
    ),
  );
  const gone = await soldOut(context);
  const scored = rows
    .flatMap((row) => {
      const merchant = merchants.get(row.merchant_id);
      if (!merchant) return [];
      if (
        input.category !== undefined &&
        row.category !== input.category &&
        merchant.row.category !== input.category
      )
        return [];
      const names = itemNames(row, merchant.row);
      const relevance = query ? matchScore(query, names.primary, names.secondary) : 1;
      if (relevance === 0) return [];
      const inStock = gone.has(row.id) ? 0 : 5;
      const popularity = Math.min(3, row.monthly_sales / 1000);
      return [
        {
          row,
          merchant,
          score: relevance + rankBonus(merchant.row.rating, merchant.distanceM) + inStock + popularity,
        },
      ];
    })
    .sort((a, b) => b.score - a.score || a.row.id.localeCompare(b.row.id));
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
