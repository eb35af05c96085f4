import type { ColumnType } from "kysely";
import type { RidesAfterSaleTables } from "./after-sale/tables.ts";

/** A ride product (快车, 专车, 六座商务) and its fare rule, all money in fen. */
export interface RidesProductsTable {
  id: string;
  name_zh: string;
  name_en: string;
  seats: number;
  base_fare_fen: number;
  per_km_fen: number;
  per_minute_fen: number;
  minimum_fare_fen: number;
  /** Added to the fare, in percent, when the trip starts between 23:00 and 05:00 Shanghai time. */
  night_surcharge_percent: number;
  /** Charged when the rider cancels more than `free_cancel_seconds` after a driver was assigned. */
  cancellation_fee_fen: number;
  free_cancel_seconds: number;
  rank: number;
}

export interface RidesDriversTable {
  id: string;
  name: string;
  /** English forms ("Wang Jianguo", "Toyota Corolla", "white", "Zhe A·F3K2L"); "" on older rows. */
  name_en: ColumnType<string, string | undefined, string>;
  product_id: string;
  car_model: string;
  car_model_en: ColumnType<string, string | undefined, string>;
  car_color: string;
  car_color_en: ColumnType<string, string | undefined, string>;
  plate: string;
  plate_en: ColumnType<string, string | undefined, string>;
  rating: number;
  lng: number;
  lat: number;
  /** idle | busy */
  status: string;
  completed_trips: number;
}

/**
 * A trip from request to completion. `next_step_at` is when the simulated lifecycle moves it on;
 * null once it is finished.
 */
export interface RidesTripsTable {
  id: string;
  user_id: string;
  product_id: string;
  /** requested | driver_assigned | driver_arrived | in_trip | completed | cancelled | failed */
  status: string;
  origin_name: string;
  origin_lng: number;
  origin_lat: number;
  destination_name: string;
  destination_lng: number;
  destination_lat: number;
  estimated_distance_m: number;
  estimated_duration_s: number;
  estimate_low_fen: number;
  estimate_high_fen: number;
  payment_intent_id: string;
  preauth_fen: number;
  driver_id: string | null;
  pickup_eta_s: number | null;
  actual_distance_m: number | null;
  actual_duration_s: number | null;
  final_fare_fen: number | null;
  cancellation_fee_fen: number | null;
  cancelled_by: string | null;
  failure_reason: string | null;
  next_step_at: number | null;
  requested_at: number;
  assigned_at: number | null;
  arrived_at: number | null;
  started_at: number | null;
  completed_at: number | null;
  cancelled_at: number | null;
  idempotency_key: string;
  request_hash: string;
  /** How many times the trip was dispatched again after a driver cancelled. */
  redispatches: ColumnType<number, number | undefined, number>;
  /** The driver who last cancelled it: not offered the trip again. */
  cancelled_driver_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RidesTables extends RidesAfterSaleTables {
  rides_products: RidesProductsTable;
  rides_drivers: RidesDriversTable;
  rides_trips: RidesTripsTable;
}
