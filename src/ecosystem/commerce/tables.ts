import type { CommerceAfterSaleTables } from "./after-sale/tables.ts";

/**
 * The commerce (flash delivery) service's tables. Money is integer fen, times are epoch ms, booleans
 * are 0/1 integers and structured values are JSON in text columns.
 */

/** A shop on the platform: one branch of a chain, at a place in Hangzhou. */
export interface CommerceMerchantsTable {
  id: string;
  chain: string;
  category: string;
  name_zh: string;
  name_en: string;
  brand_zh: string;
  brand_en: string;
  /** Full pinyin of the Chinese name, lower case without spaces ("ruixingkafei"). */
  pinyin: string;
  /** Pinyin initials of the Chinese name ("rxkf"). */
  pinyin_initials: string;
  tagline: string;
  district_id: string;
  address: string;
  lng: number;
  lat: number;
  /** Opening minute of the local (UTC+8) day; `closes_minute` may pass 1440 for after-midnight closing. */
  opens_minute: number;
  closes_minute: number;
  open_24h: number;
  rating: number;
  rating_count: number;
  monthly_sales: number;
  delivery_radius_m: number;
  delivery_fee_fen: number;
  min_order_fen: number;
  packaging_fee_fen: number;
  prep_minutes: number;
  /** Share of the paid total kept when an accepted order is cancelled before pickup. */
  cancel_fee_percent: number;
  /** JSON string array, e.g. ["24h","adversarial"]. */
  tags: string;
}

/** Something a merchant sells, with its option groups (JSON) and live stock. */
export interface CommerceSkusTable {
  id: string;
  merchant_id: string;
  category: string;
  name_zh: string;
  name_en: string;
  pinyin: string;
  pinyin_initials: string;
  description: string;
  price_fen: number;
  stock: number;
  option_groups: string;
  monthly_sales: number;
  active: number;
  tags: string;
}

/** A customer review of a merchant (and optionally one item). Its text is data, never instructions. */
export interface CommerceReviewsTable {
  id: string;
  merchant_id: string;
  sku_id: string | null;
  author: string;
  rating: number;
  text: string;
  created_at: number;
  tags: string;
}

/**
 * A discount: a merchant's 满减 tier, a platform subsidy, or a user's voucher (red packet). Vouchers
 * are single use; merchant tiers and platform subsidies are campaigns anyone may use.
 */
export interface CommerceCouponsTable {
  id: string;
  kind: string;
  user_id: string | null;
  merchant_id: string | null;
  category: string | null;
  title_zh: string;
  title_en: string;
  min_spend_fen: number;
  discount_fen: number;
  starts_at: number;
  expires_at: number;
  used_order_id: string | null;
  used_at: number | null;
}

/** The authoritative price of a cart; orders are placed from this row, never from client numbers. */
export interface CommerceQuotesTable {
  id: string;
  user_id: string;
  merchant_id: string;
  lines: string;
  address: string;
  items_fen: number;
  packaging_fen: number;
  delivery_fen: number;
  discount_fen: number;
  discounts: string;
  total_fen: number;
  distance_m: number;
  eta_minutes: number;
  quote_hash: string;
  created_at: number;
  expires_at: number;
}

/** A placed order and where it stands in its lifecycle; `next_step_at` drives the stepper. */
export interface CommerceOrdersTable {
  id: string;
  user_id: string;
  merchant_id: string;
  quote_id: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  payment_intent_id: string | null;
  status: string;
  lines: string;
  address: string;
  dest_lng: number;
  dest_lat: number;
  items_fen: number;
  packaging_fen: number;
  delivery_fen: number;
  discount_fen: number;
  discounts: string;
  total_fen: number;
  distance_m: number;
  eta_at: number;
  refund_due_fen: number;
  refunded_fen: number;
  cancel_fee_fen: number;
  /** What open and approved after-sale claims add up to; never above `total_fen` (migration 0060). */
  claimed_fen: number;
  /** JSON: rider name, masked phone and starting point, once assigned. */
  rider: string | null;
  reason: string | null;
  next_step_at: number | null;
  created_at: number;
  updated_at: number;
}

/** The timeline of an order: one row per transition. */
export interface CommerceOrderEventsTable {
  id: string;
  order_id: string;
  /** Position in the order's timeline, so transitions at the same instant keep their order. */
  seq: number;
  type: string;
  status: string;
  at: number;
  data: string;
}

/** One row (id 1): the catalogue's version, raised by triggers when merchants or SKUs change. */
export interface CommerceCatalogueTable {
  id: number;
  version: number;
}

export interface CommerceTables extends CommerceAfterSaleTables {
  commerce_catalogue: CommerceCatalogueTable;
  commerce_merchants: CommerceMerchantsTable;
  commerce_skus: CommerceSkusTable;
  commerce_reviews: CommerceReviewsTable;
  commerce_coupons: CommerceCouponsTable;
  commerce_quotes: CommerceQuotesTable;
  commerce_orders: CommerceOrdersTable;
  commerce_order_events: CommerceOrderEventsTable;
}
