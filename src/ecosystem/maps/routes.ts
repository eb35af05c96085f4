import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { floatingDate } from "../../kernel/time-zone.ts";
import { distanceMeters, formatLngLat } from "../world/geography.ts";
import { type Point, requireCoverage, requirePoint } from "./location.ts";
import { buildSteps, type RouteStep } from "./route-steps.ts";

export type TravelMode = "walking" | "bicycling" | "driving";

/**
 * How each mode travels: road distance is the straight line times a detour factor (streets are not
 * straight), at an average city speed in metres per second, up to Amap's own distance limits.
 */
export const MODES: Readonly<Record<TravelMode, { roadFactor: number; speed: number; maxMeters: number }>> = {
  walking: { roadFactor: 1.25, speed: 5 / 3.6, maxMeters: 100_000 },
  bicycling: { roadFactor: 1.3, speed: 15 / 3.6, maxMeters: 500_000 },
  driving: { roadFactor: 1.4, speed: 30 / 3.6, maxMeters: 1_000_000 },
};

/** Expressways past the first 10 km of a drive run faster than city streets. */
const EXPRESS_SPEED = 55 / 3.6;

export interface Route {
  mode: TravelMode;
  origin: string;
  destination: string;
  /** Metres along the way. */
  distance: number;
  /** Seconds. */
  duration: number;
  steps: RouteStep[];
  /** Driving only: how much slower than free-flowing traffic now is (1 = free flow). */
  congestion?: number;
  /** Driving only: what a Hangzhou taxi would charge, in fen. */
  taxiCostFen?: number;
}

/**
 * Traffic at an instant in Asia/Shanghai: weekday rush hours are slowest, nights are fastest.
 * Multiplies driving time.
 */
export function congestionFactor(epochMs: number): number {
  const local = floatingDate(epochMs);
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
  if (hour >= 23 || hour < 6) return 0.85;
  if ((hour >= 7 && hour < 9.5) || (hour >= 17 && hour < 19.5)) return weekend ? 1.2 : 1.65;
  if (hour >= 9.5 && hour < 17) return weekend ? 1.15 : 1.2;
  return 1.05;
}

/** Hangzhou's taxi tariff: 13 yuan for the first 3 km, 2.5 yuan/km to 10 km, 3.75 yuan/km beyond; whole yuan. */
export function taxiFareFen(meters: number): number {
  const km = meters / 1000;
  const yuan = 13 + Math.max(0, Math.min(km, 10) - 3) * 2.5 + Math.max(0, km - 10) * 3.75;
  return Math.ceil(yuan) * 100;
}

/** Distance and duration of a trip between two points, without steps (used by the distance matrix too). */
export function measureTrip(
  mode: TravelMode,
  from: Point,
  to: Point,
  now: number,
): { distance: number; duration: number } {
  const { roadFactor, speed } = MODES[mode];
  const distance = Math.round(distanceMeters(from, to) * roadFactor);
  if (distance === 0) return { distance: 0, duration: 0 };
  if (mode !== "driving") return { distance, duration: Math.round(distance / speed) };
  const city = Math.min(distance, 10_000) / speed;
  const express = Math.max(0, distance - 10_000) / EXPRESS_SPEED;
  // A minute to get going and to park, then traffic as it is at this hour.
  return { distance, duration: Math.round(60 + (city + express) * congestionFactor(now)) };
}

/**
 * Plans a walking, cycling or driving route between two "lng,lat" points inside Hangzhou, with steps
 * in Chinese and English. Driving time follows the simulated clock's traffic.
 */
export function planRoute(
  context: ServiceContext,
  mode: TravelMode,
  origin: string,
  destination: string,
): Route {
  const from = requirePoint(origin, "origin");
  const to = requirePoint(destination, "destination");
  requireCoverage(from, "origin");
  requireCoverage(to, "destination");
  const now = context.clock.now();
  const { distance, duration } = measureTrip(mode, from, to, now);
  if (distance > MODES[mode].maxMeters) {
    throw new DimpleError(
      "route_too_long",
      `a ${mode} route can be at most ${MODES[mode].maxMeters / 1000} km`,
      {
        field: "destination",
      },
    );
  }
  return {
    mode,
    origin: formatLngLat(from),
    destination: formatLngLat(to),
    distance,
    duration,
    steps: buildSteps(mode, from, to, distance, duration),
    ...(mode === "driving"
      ? { congestion: congestionFactor(now), taxiCostFen: distance === 0 ? 0 : taxiFareFen(distance) }
      : {}),
  };
}
