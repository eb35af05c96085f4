import { DimpleError, invalid } from "../../kernel/errors.ts";
import { CITY, distanceMeters, parseLngLat } from "../world/geography.ts";

export interface Point {
  lng: number;
  lat: number;
}

/** The middle of Hangzhou (Wulin Square), from which coverage is measured. */
export const CITY_CENTRE: Point = { lng: 120.165, lat: 30.274 };

/** How far from the centre the sandbox map reaches; the city's districts all lie well inside it. */
export const COVERAGE_METERS = 80_000;

/** Parses an Amap "lng,lat" string, or fails with `invalid_argument` naming `field`. */
export function requirePoint(text: string, field: string): Point {
  const point = parseLngLat(text);
  if (!point) {
    throw invalid(
      field,
      `${field} must be "lng,lat" with longitude first, e.g. "120.165,30.274"; got "${text}"`,
    );
  }
  return point;
}

/** Parses several points separated by "|" (Amap's REST API) or ";" (its MCP server's wording). */
export function requirePoints(text: string, field: string): Point[] {
  const parts = text.split(/[|;]/).map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => part === "")) {
    throw invalid(field, `${field} must be one or more "lng,lat" points separated by "|"`);
  }
  if (parts.length > 100) throw invalid(field, `${field} takes at most 100 points`);
  return parts.map((part) => requirePoint(part, field));
}

/** Fails with `out_of_coverage` when a point lies outside the sandbox's Hangzhou. */
export function requireCoverage(point: Point, field: string): void {
  if (distanceMeters(point, CITY_CENTRE) > COVERAGE_METERS) {
    throw new DimpleError(
      "out_of_coverage",
      `${field} lies outside ${CITY.en}; the sandbox map covers Hangzhou only`,
      { field, status: 404 },
    );
  }
}
