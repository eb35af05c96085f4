import { distanceMeters } from "../world/geography.ts";
import type { Point } from "./location.ts";
import { metroLines, type Poi } from "./poi.ts";

/** A metro station as the planner sees it. */
export interface Station {
  poi: Poi;
  name: string;
  nameEn: string;
  lines: number[];
}

/** One ride on one metro line between two stations. */
export interface MetroLeg {
  line: number;
  from: Station;
  to: Station;
  /** Metres along the track. */
  distance: number;
  /** Seconds, including the wait on the platform. */
  duration: number;
  via: Station[];
  viaNum: number;
}

const TRACK_FACTOR = 1.2;
const TRAIN_SPEED = 36 / 3.6;
const PLATFORM_WAIT = 180;
const DWELL_PER_STOP = 30;
const STOP_SPACING = 1600;

/** The stations of the network: POIs tagged "metro", with the lines stopping there. */
export function stationsOf(pois: Poi[]): Station[] {
  return pois
    .filter((poi) => poi.tags.includes("metro"))
    .map((poi) => ({
      poi,
      name: poi.name.replace(/\(地铁站\)$/, ""),
      nameEn: poi.nameEn.replace(/ \(Metro\)$/, ""),
      lines: metroLines(poi),
    }));
}

function sharedLine(a: Station, b: Station): number | undefined {
  return a.lines.find((line) => b.lines.includes(line));
}

function leg(line: number, from: Station, to: Station, stations: Station[]): MetroLeg {
  const straight = distanceMeters(from.poi, to.poi);
  const distance = Math.round(straight * TRACK_FACTOR);
  // Stations we know of on the same line that lie roughly between the two ends are shown as via stops.
  const via = stations
    .filter(
      (station) =>
        station !== from &&
        station !== to &&
        station.lines.includes(line) &&
        distanceMeters(from.poi, station.poi) + distanceMeters(station.poi, to.poi) <= straight * 1.15,
    )
    .sort((a, b) => distanceMeters(from.poi, a.poi) - distanceMeters(from.poi, b.poi));
  const viaNum = Math.max(via.length, Math.round(distance / STOP_SPACING) - 1, 0);
  return {
    line,
    from,
    to,
    distance,
    duration: Math.round(PLATFORM_WAIT + distance / TRAIN_SPEED + DWELL_PER_STOP * viaNum),
    via,
    viaNum,
  };
}

/**
 * The rides from one station to another with the fewest transfers (at most two), choosing the
 * transfer stations that keep the trip shortest. Undefined when the two are the same station or the
 * network cannot join them.
 */
export function metroLegs(from: Station, to: Station, stations: Station[]): MetroLeg[] | undefined {
  if (from === to) return undefined;
  const direct = sharedLine(from, to);
  if (direct !== undefined) return [leg(direct, from, to, stations)];
  const length = (points: Station[]) =>
    points.slice(1).reduce((sum, station, index) => sum + distanceMeters(points[index]!.poi, station.poi), 0);
  let best: Station[] | undefined;
  for (const middle of stations) {
    if (sharedLine(from, middle) === undefined || sharedLine(middle, to) === undefined) continue;
    const path = [from, middle, to];
    if (!best || length(path) < length(best)) best = path;
  }
  if (!best) {
    for (const first of stations) {
      if (sharedLine(from, first) === undefined) continue;
      for (const second of stations) {
        if (sharedLine(first, second) === undefined || sharedLine(second, to) === undefined) continue;
        const path = [from, first, second, to];
        if (!best || length(path) < length(best)) best = path;
      }
    }
  }
  if (!best) return undefined;
  const path = best;
  return path.slice(1).map((station, index) => {
    const start = path[index]!;
    return leg(sharedLine(start, station)!, start, station, stations);
  });
}

/** The `count` stations nearest a point, within `radius` metres. */
export function stationsNear(stations: Station[], point: Point, count: number, radius: number): Station[] {
  return stations
    .map((station) => ({ station, distance: distanceMeters(point, station.poi) }))
    .filter((entry) => entry.distance <= radius)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map((entry) => entry.station);
}

/**
 * Hangzhou Metro's distance fare: 2 yuan to 4 km, then 1 yuan per 4 km to 12 km, per 6 km to 24 km
 * and per 8 km beyond. In fen.
 */
export function metroFareFen(meters: number): number {
  const km = meters / 1000;
  const yuan =
    2 +
    Math.ceil(Math.min(Math.max(km - 4, 0), 8) / 4) +
    Math.ceil(Math.min(Math.max(km - 12, 0), 12) / 6) +
    Math.ceil(Math.max(km - 24, 0) / 8);
  return yuan * 100;
}
