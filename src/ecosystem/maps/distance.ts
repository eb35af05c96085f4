import type { ServiceContext } from "../../kernel/context.ts";
import { invalid } from "../../kernel/errors.ts";
import { distanceMeters } from "../world/geography.ts";
import { requireCoverage, requirePoint, requirePoints } from "./location.ts";
import { measureTrip } from "./routes.ts";

/** Amap's distance types: 0 straight line, 1 driving, 3 walking. */
export type DistanceType = 0 | 1 | 3;

export interface DistanceResult {
  /** 1-based index into the origins, as Amap numbers them. */
  originId: number;
  destId: number;
  distance: number;
  /** Seconds; 0 for straight-line distances, as Amap gives. */
  duration: number;
}

/** Reads Amap's `type` argument ("0", "1", "3" or the number), defaulting to driving like Amap does. */
export function distanceTypeOf(type: string | number | undefined): DistanceType {
  if (type === undefined || type === "") return 1;
  const number = Number(type);
  if (number === 0 || number === 1 || number === 3) return number;
  throw invalid("type", "type must be 0 (straight line), 1 (driving) or 3 (walking)");
}

/**
 * Distances from each of several origins to one destination, like Amap's distance API. Driving
 * durations follow the simulated clock's traffic.
 */
export function distanceMatrix(
  context: ServiceContext,
  origins: string,
  destination: string,
  type: DistanceType = 1,
): DistanceResult[] {
  const from = requirePoints(origins, "origins");
  const to = requirePoint(destination, "destination");
  if (type !== 0) {
    for (const point of from) requireCoverage(point, "origins");
    requireCoverage(to, "destination");
  }
  const now = context.clock.now();
  return from.map((point, index) => {
    if (type === 0)
      return { originId: index + 1, destId: 1, distance: distanceMeters(point, to), duration: 0 };
    const trip = measureTrip(type === 1 ? "driving" : "walking", point, to, now);
    return { originId: index + 1, destId: 1, ...trip };
  });
}
