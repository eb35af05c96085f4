import type { Selectable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { invalid, notFound } from "../../kernel/errors.ts";
import { wallTime } from "../../kernel/time-zone.ts";
import { distanceMeters } from "../world/geography.ts";
import type { RidesProductsTable } from "./tables.ts";

export type Product = Selectable<RidesProductsTable>;

export interface Place {
  lng: number;
  lat: number;
  name?: string;
}

/** Roads wind: a city trip is about this much longer than the straight line. */
export const ROAD_FACTOR = 1.3;
/** The estimate's upper bound, as a multiple of the expected fare; the pre-authorization must cover it. */
export const ESTIMATE_HIGH_FACTOR = 1.3;
const ESTIMATE_LOW_FACTOR = 0.9;
const MIN_TRIP_METERS = 50;
const MAX_TRIP_METERS = 150_000;

const shanghaiHour = (ms: number) => wallTime(ms).hour;

/** True from 23:00 to 05:00 Shanghai time, when the night surcharge applies. */
export function isNight(ms: number): boolean {
  const hour = shanghaiHour(ms);
  return hour >= 23 || hour < 5;
}

/** Typical Hangzhou driving speed at that hour, in km/h: slow at rush hour, quick at night. */
export function citySpeedKmh(ms: number): number {
  const hour = shanghaiHour(ms);
  if ((hour >= 7 && hour < 9) || (hour >= 17 && hour < 19)) return 18;
  if (hour >= 22 || hour < 6) return 38;
  return 26;
}

/** Road distance (m) and driving time (s) for a trip starting at `at`. */
export function routeOf(
  origin: Place,
  destination: Place,
  at: number,
): { distanceMeters: number; durationSeconds: number } {
  const straight = distanceMeters(origin, destination);
  if (straight < MIN_TRIP_METERS) throw invalid("destination", "the destination is where the trip starts");
  if (straight > MAX_TRIP_METERS) throw invalid("destination", "the destination is outside the service area");
  const road = Math.round(straight * ROAD_FACTOR);
  return { distanceMeters: road, durationSeconds: Math.round(road / (citySpeedKmh(at) / 3.6)) };
}

/**
 * The fare for a distance and a time under a product's rule: base + per km + per minute, at least
 * the minimum, plus the night surcharge when the trip starts at night. Integer fen throughout.
 */
export function fareFen(
  product: Product,
  distance: number,
  durationSeconds: number,
  startsAt: number,
): number {
  const metered =
    product.base_fare_fen +
    Math.round((product.per_km_fen * distance) / 1000) +
    Math.round((product.per_minute_fen * durationSeconds) / 60);
  const fare = Math.max(product.minimum_fare_fen, metered);
  return isNight(startsAt) ? fare + Math.round((fare * product.night_surcharge_percent) / 100) : fare;
}

export interface ProductEstimate {
  productId: string;
  nameZh: string;
  nameEn: string;
  seats: number;
  /** The expected fare. */
  fareFen: number;
  lowFen: number;
  /** The upper bound; a ride request needs a pre-authorization of at least this. */
  highFen: number;
}

export interface FareEstimate {
  distanceMeters: number;
  durationSeconds: number;
  nightSurcharge: boolean;
  products: ProductEstimate[];
}

/** Prices one product for a route starting now. */
export function estimateProduct(
  product: Product,
  route: { distanceMeters: number; durationSeconds: number },
  at: number,
): ProductEstimate {
  const fare = fareFen(product, route.distanceMeters, route.durationSeconds, at);
  return {
    productId: product.id,
    nameZh: product.name_zh,
    nameEn: product.name_en,
    seats: product.seats,
    fareFen: fare,
    lowFen: Math.floor(fare * ESTIMATE_LOW_FACTOR),
    highFen: Math.ceil(fare * ESTIMATE_HIGH_FACTOR),
  };
}

/** Loads one product, or every product in rank order. */
export async function loadProducts(context: ServiceContext, productId?: string): Promise<Product[]> {
  let query = context.db.selectFrom("rides_products").selectAll();
  if (productId !== undefined) query = query.where("id", "=", productId);
  const products = await query.orderBy("rank").execute();
  if (productId !== undefined && products.length === 0)
    throw notFound("ride product", productId, "productId");
  return products;
}

/**
 * Estimates a trip leaving now (or at `at`, for a ride booked ahead): road distance from the straight line times `ROAD_FACTOR`, time from
 * the hour's city speed, and a fare range per product (or for `productId` only).
 */
export async function estimateFare(
  context: ServiceContext,
  request: { origin: Place; destination: Place; productId?: string; at?: number },
): Promise<FareEstimate> {
  // A ride booked ahead is priced for when it leaves (traffic and night fares by the hour).
  const now = Math.max(context.clock.now(), request.at ?? 0);
  const route = routeOf(request.origin, request.destination, now);
  const products = await loadProducts(context, request.productId);
  return {
    ...route,
    nightSurcharge: isNight(now),
    products: products.map((product) => estimateProduct(product, route, now)),
  };
}
