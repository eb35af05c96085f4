import { distanceMeters, formatLngLat } from "../world/geography.ts";
import { formatHours, isOpenAt } from "./hours.ts";
import type { OptionGroup } from "./option-groups.ts";
import { etaMinutes } from "./pricing.ts";
import { readOptionGroups, readTags } from "./rows.ts";
import type { CommerceMerchantsTable, CommerceSkusTable } from "./tables.ts";

/** A merchant as callers see it; `distanceM`, `inRange` and `etaMinutes` only when a point is given. */
export interface MerchantSummary {
  merchantId: string;
  nameZh: string;
  nameEn: string;
  brandZh: string;
  brandEn: string;
  category: string;
  tagline: string;
  address: string;
  location: string;
  hours: string;
  isOpen: boolean;
  rating: number;
  ratingCount: number;
  monthlySales: number;
  deliveryRadiusM: number;
  deliveryFeeFen: number;
  minOrderFen: number;
  packagingFeeFen: number;
  prepMinutes: number;
  tags: string[];
  distanceM?: number;
  inRange?: boolean;
  etaMinutes?: number;
}

/** Shapes a merchant row for output. */
export function merchantSummary(
  row: CommerceMerchantsTable,
  now: number,
  point?: { lng: number; lat: number },
): MerchantSummary {
  const distanceM = point ? distanceMeters(row, point) : undefined;
  return {
    merchantId: row.id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    brandZh: row.brand_zh,
    brandEn: row.brand_en,
    category: row.category,
    tagline: row.tagline,
    address: row.address,
    location: formatLngLat(row),
    hours: formatHours(row),
    isOpen: isOpenAt(row, now),
    rating: row.rating,
    ratingCount: row.rating_count,
    monthlySales: row.monthly_sales,
    deliveryRadiusM: row.delivery_radius_m,
    deliveryFeeFen: row.delivery_fee_fen,
    minOrderFen: row.min_order_fen,
    packagingFeeFen: row.packaging_fee_fen,
    prepMinutes: row.prep_minutes,
    tags: kept(parsedTags, row, row.tags, readTags),
    ...(distanceM === undefined
      ? {}
      : {
          distanceM,
          inRange: distanceM <= row.delivery_radius_m,
          etaMinutes: etaMinutes(row.prep_minutes, distanceM),
        }),
  };
}

/** An item as callers see it, with its option groups and price deltas. */
export interface ItemView {
  skuId: string;
  merchantId: string;
  nameZh: string;
  nameEn: string;
  category: string;
  description: string;
  priceFen: number;
  stock: number;
  inStock: boolean;
  monthlySales: number;
  optionGroups: OptionGroup[];
  tags: string[];
}

/**
 * Parsed JSON of catalogue rows that search shares between calls (frozen, so never edited): by row,
 * and by text, since thousands of rows carry the same few dozen texts (bounded, in case a catalogue
 * ever has many).
 */
const parsedGroups = {
  byRow: new WeakMap<object, OptionGroup[]>(),
  byText: new Map<string, OptionGroup[]>(),
};
const parsedTags = { byRow: new WeakMap<object, string[]>(), byText: new Map<string, string[]>() };
const MAX_TEXTS = 1024;

function kept<T>(
  cache: { byRow: WeakMap<object, T>; byText: Map<string, T> },
  row: object,
  text: string,
  parse: (text: string) => T,
): T {
  if (!Object.isFrozen(row)) return parse(text);
  let value = cache.byRow.get(row);
  if (value === undefined) {
    value = cache.byText.get(text);
    if (value === undefined) {
      value = deepFreeze(parse(text));
      if (cache.byText.size >= MAX_TEXTS) cache.byText.clear();
      cache.byText.set(text, value);
    }
    cache.byRow.set(row, value);
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Shapes a SKU row for output; `stock` overrides the row's when it was read live. */
export function itemView(row: CommerceSkusTable, stock = row.stock): ItemView {
  return {
    skuId: row.id,
    merchantId: row.merchant_id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    category: row.category,
    description: row.description,
    priceFen: row.price_fen,
    stock,
    inStock: stock > 0 && row.active === 1,
    monthlySales: row.monthly_sales,
    optionGroups: kept(parsedGroups, row, row.option_groups, readOptionGroups),
    tags: kept(parsedTags, row, row.tags, readTags),
  };
}
