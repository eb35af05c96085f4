import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { distanceMeters, formatLngLat } from "../world/geography.ts";
import { districtFilter } from "./geocode.ts";
import { type Point, requireCoverage, requirePoint } from "./location.ts";
import { loadPois, type Poi } from "./poi.ts";
import { buildSteps, type RouteStep } from "./route-steps.ts";
import { MODES, taxiFareFen } from "./routes.ts";
import {
  type MetroLeg,
  metroFareFen,
  metroLegs,
  type Station,
  stationsNear,
  stationsOf,
} from "./transit-network.ts";

export interface TransitStop {
  name: string;
  nameEn: string;
  location: string;
}

/** One metro or bus ride, shaped like Amap's busline. */
export interface TransitLine {
  name: string;
  nameEn: string;
  type: "地铁线路" | "普通公交线路";
  typeEn: "metro" | "bus";
  departureStop: TransitStop;
  arrivalStop: TransitStop;
  distance: number;
  duration: number;
  viaNum: number;
  viaStops: { name: string; nameEn: string }[];
}

export interface TransitWalk {
  origin: string;
  destination: string;
  distance: number;
  duration: number;
  steps: RouteStep[];
}

/** Walk to a stop, then ride (the last segment of a trip is a walk alone), as in Amap. */
export interface TransitSegment {
  walking?: TransitWalk;
  bus?: { buslines: TransitLine[] };
  entrance?: { name: string; location: string };
  exit?: { name: string; location: string };
}

export interface TransitOption {
  /** Seconds, door to door. */
  duration: number;
  distance: number;
  walkingDistance: number;
  costFen: number;
  summary: string;
  summaryEn: string;
  segments: TransitSegment[];
}

export interface TransitPlan {
  origin: string;
  destination: string;
  /** Straight-line distance between the two ends, as Amap reports it. */
  distance: number;
  taxiCostFen: number;
  transits: TransitOption[];
}

const WALK_ONLY_METERS = 800;
const STATION_REACH_METERS = 2500;
const BUS_MAX_METERS = 30_000;
const BUS_SPEED = 15 / 3.6;
const BUS_WAIT = 300;
const TRANSFER_WALK = { distance: 150, duration: 120 };

function walk(from: Point, to: Point, distance?: number): TransitWalk {
  const meters = distance ?? Math.round(distanceMeters(from, to) * MODES.walking.roadFactor);
  const duration = Math.round(meters / MODES.walking.speed);
  return {
    origin: formatLngLat(from),
    destination: formatLngLat(to),
    distance: meters,
    duration,
    steps: buildSteps("walking", from, to, meters, duration),
  };
}

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

function stop(station: Station): TransitStop {
  return { name: station.name, nameEn: station.nameEn, location: station.poi.location };
}

function metroLine(leg: MetroLeg): TransitLine {
  return {
    name: `地铁${leg.line}号线(${leg.from.name}--${leg.to.name})`,
    nameEn: `Metro Line ${leg.line} (${leg.from.nameEn} - ${leg.to.nameEn})`,
    type: "地铁线路",
    typeEn: "metro",
    departureStop: stop(leg.from),
    arrivalStop: stop(leg.to),
    distance: leg.distance,
    duration: leg.duration,
    viaNum: leg.viaNum,
    viaStops: leg.via.map((station) => ({ name: station.name, nameEn: station.nameEn })),
  };
}

function optionOf(segments: TransitSegment[], costFen: number): TransitOption {
  const walks = segments.flatMap((segment) => (segment.walking ? [segment.walking] : []));
  const rides = segments.flatMap((segment) => segment.bus?.buslines ?? []);
  const partsZh = segments.flatMap((segment) => [
    ...(segment.walking && segment.walking.distance > 0 ? [`步行${segment.walking.distance}米`] : []),
    ...(segment.bus?.buslines ?? []).map((line) => line.name),
  ]);
  const partsEn = segments.flatMap((segment) => [
    ...(segment.walking && segment.walking.distance > 0 ? [`walk ${segment.walking.distance} m`] : []),
    ...(segment.bus?.buslines ?? []).map((line) => line.nameEn),
  ]);
  return {
    duration: [...walks, ...rides].reduce((sum, part) => sum + part.duration, 0),
    distance: [...walks, ...rides].reduce((sum, part) => sum + part.distance, 0),
    walkingDistance: walks.reduce((sum, part) => sum + part.distance, 0),
    costFen,
    summary: partsZh.join(" → "),
    summaryEn: partsEn.join(" → "),
    segments,
  };
}

function metroOption(from: Point, to: Point, stations: Station[]): TransitOption | undefined {
  let best: TransitOption | undefined;
  for (const start of stationsNear(stations, from, 3, STATION_REACH_METERS)) {
    for (const end of stationsNear(stations, to, 3, STATION_REACH_METERS)) {
      const legs = metroLegs(start, end, stations);
      if (!legs) continue;
      const segments: TransitSegment[] = legs.map((leg, index) => ({
        walking:
          index === 0
            ? walk(from, leg.from.poi)
            : {
                ...walk(leg.from.poi, leg.from.poi, TRANSFER_WALK.distance),
                duration: TRANSFER_WALK.duration,
              },
        bus: { buslines: [metroLine(leg)] },
        ...(index === 0
          ? {
              entrance: {
                name: `${leg.from.name}${"ABCD"[hashOf(leg.from.name) % 4]}口`,
                location: leg.from.poi.location,
              },
            }
          : {}),
        ...(index === legs.length - 1
          ? {
              exit: {
                name: `${leg.to.name}${"ABCD"[hashOf(leg.to.name) % 4]}口`,
                location: leg.to.poi.location,
              },
            }
          : {}),
      }));
      segments.push({ walking: walk(end.poi, to) });
      const option = optionOf(segments, metroFareFen(legs.reduce((sum, leg) => sum + leg.distance, 0)));
      if (!best || option.duration < best.duration) best = option;
    }
  }
  return best;
}

function busStopName(point: Point, pois: Poi[]): { name: string; nameEn: string } {
  const nearest = pois
    .map((poi) => ({ poi, distance: distanceMeters(point, poi) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const base = nearest?.poi.name.replace(/[(（].*?[)）]/g, "") ?? "路口";
  const baseEn = nearest?.poi.nameEn.replace(/\s*\(.*?\)/g, "") ?? "Junction";
  return { name: `${base}站`, nameEn: `${baseEn} Stop` };
}

function busOption(from: Point, to: Point, pois: Poi[]): TransitOption {
  const straight = distanceMeters(from, to);
  const seed = hashOf(`${formatLngLat(from)}>${formatLngLat(to)}`);
  const ride = Math.round(straight * 1.35);
  const corridor = pois
    .filter((poi) => distanceMeters(from, poi) + distanceMeters(poi, to) <= straight * 1.1)
    .sort((a, b) => distanceMeters(from, a) - distanceMeters(from, b));
  const viaNum = Math.max(1, Math.round(ride / 700) - 1);
  const departure = busStopName(from, pois);
  const arrival = busStopName(to, pois);
  const number = 10 + (seed % 390);
  const line: TransitLine = {
    name: `${number}路(${departure.name.replace(/站$/, "")}--${arrival.name.replace(/站$/, "")})`,
    nameEn: `Bus ${number} (${departure.nameEn} - ${arrival.nameEn})`,
    type: "普通公交线路",
    typeEn: "bus",
    departureStop: { ...departure, location: "" },
    arrivalStop: { ...arrival, location: "" },
    distance: ride,
    duration: Math.round(BUS_WAIT + ride / BUS_SPEED),
    viaNum,
    viaStops: corridor.slice(0, viaNum).map((poi) => ({
      name: `${poi.name.replace(/[(（].*?[)）]/g, "")}站`,
      nameEn: `${poi.nameEn.replace(/\s*\(.*?\)/g, "")} Stop`,
    })),
  };
  // Stops are a short walk from each end; how short varies from trip to trip.
  const toStop = 150 + (seed % 250);
  const fromStop = 150 + ((seed >>> 8) % 250);
  const along = (start: Point, end: Point, meters: number): Point => {
    const fraction = Math.min(0.5, meters / MODES.walking.roadFactor / Math.max(straight, 1));
    return {
      lng: start.lng + (end.lng - start.lng) * fraction,
      lat: start.lat + (end.lat - start.lat) * fraction,
    };
  };
  const boardAt = along(from, to, toStop);
  const alightAt = along(to, from, fromStop);
  line.departureStop.location = formatLngLat(boardAt);
  line.arrivalStop.location = formatLngLat(alightAt);
  return optionOf(
    [
      { walking: walk(from, boardAt, toStop), bus: { buslines: [line] } },
      { walking: walk(alightAt, to, fromStop) },
    ],
    200,
  );
}

function requireHangzhou(city: string, field: string): void {
  if (districtFilter(city) === undefined) {
    throw new DimpleError(
      "out_of_coverage",
      `${field} "${city}" is not Hangzhou; the sandbox map covers Hangzhou only`,
      {
        field,
        status: 404,
      },
    );
  }
}

/**
 * Public-transport plans between two "lng,lat" points in Hangzhou: metro (with up to two transfers)
 * and bus options, fastest first; a short trip is a walk. Like Amap's transit/integrated.
 */
export async function planTransit(
  context: ServiceContext,
  origin: string,
  destination: string,
  city = "杭州",
  cityd = city,
): Promise<TransitPlan> {
  const from = requirePoint(origin, "origin");
  const to = requirePoint(destination, "destination");
  requireHangzhou(city, "city");
  requireHangzhou(cityd, "cityd");
  requireCoverage(from, "origin");
  requireCoverage(to, "destination");
  const straight = distanceMeters(from, to);
  const pois = await loadPois(context);
  const options: TransitOption[] = [];
  if (straight < WALK_ONLY_METERS) {
    options.push(optionOf([{ walking: walk(from, to) }], 0));
  } else {
    const metro = metroOption(from, to, stationsOf(pois));
    if (metro) options.push(metro);
    if (straight <= BUS_MAX_METERS || !metro) options.push(busOption(from, to, pois));
  }
  options.sort((a, b) => a.duration - b.duration);
  return {
    origin: formatLngLat(from),
    destination: formatLngLat(to),
    distance: straight,
    taxiCostFen: taxiFareFen(Math.round(straight * MODES.driving.roadFactor)),
    transits: options,
  };
}
