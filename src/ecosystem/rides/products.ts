import type { RidesProductsTable } from "./tables.ts";

/**
 * The ride products and their fare rules, roughly at Hangzhou's published rates. The seed writes them
 * to `rides_products`, which is what pricing reads.
 */
export const PRODUCTS: readonly RidesProductsTable[] = [
  {
    id: "economy",
    name_zh: "快车",
    name_en: "Express",
    seats: 4,
    base_fare_fen: 800,
    per_km_fen: 180,
    per_minute_fen: 35,
    minimum_fare_fen: 1000,
    night_surcharge_percent: 20,
    cancellation_fee_fen: 500,
    free_cancel_seconds: 120,
    rank: 1,
  },
  {
    id: "comfort",
    name_zh: "专车",
    name_en: "Premier",
    seats: 4,
    base_fare_fen: 1500,
    per_km_fen: 290,
    per_minute_fen: 60,
    minimum_fare_fen: 2200,
    night_surcharge_percent: 20,
    cancellation_fee_fen: 1000,
    free_cancel_seconds: 120,
    rank: 2,
  },
  {
    id: "xl",
    name_zh: "六座商务",
    name_en: "XL (6 seats)",
    seats: 6,
    base_fare_fen: 2000,
    per_km_fen: 380,
    per_minute_fen: 80,
    minimum_fare_fen: 3000,
    night_surcharge_percent: 20,
    cancellation_fee_fen: 1200,
    free_cancel_seconds: 120,
    rank: 3,
  },
];
