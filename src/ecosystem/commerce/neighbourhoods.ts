import type { SeededRandom } from "../../kernel/random.ts";
import { dayStartMs } from "../../kernel/time-zone.ts";
import { CATALOG, type PlaceEntry } from "../maps/catalog/index.ts";
import { distanceMeters } from "../world/geography.ts";
import type { ChainSpec, Cuisine, MerchantCategory } from "./catalog/index.ts";
import { isOpenAt, openingMinutes } from "./hours.ts";

/**
 * The categories people order from every day. Every home and office has at least
 * `EVERYDAY_PER_PLACE` shops of each within delivery range, open through the day.
 */
export const EVERYDAY_CATEGORIES: readonly MerchantCategory[] = [
  "coffee",
  "bubble_tea",
  "fast_food",
  "noodles",
  "restaurant",
  "groceries",
  "fruit",
  "pharmacy",
  "flowers",
  "convenience",
];

/** Shops of each everyday category the planner opens within reach of every home and office. */
export const EVERYDAY_PER_PLACE = 4;

/** Cuisines every neighbourhood has at least one restaurant of, whatever its hours. */
export const NEIGHBOURHOOD_CUISINES: readonly Cuisine[] = [
  "rice",
  "dumplings",
  "japanese",
  "hotpot",
  "bbq",
  "korean",
  "hangzhou",
];

/** Local times (Asia/Shanghai, minutes after midnight) a shop must be open at to count as open in the daytime. */
export const DAYTIME_MINUTES: readonly number[] = [9 * 60, 12 * 60, 18 * 60];

/** Whether a shop with these hours is open at each of the daytime checkpoints (09:00, 12:00, 18:00). */
export function openInDaytime(hours: {
  open_24h: number;
  opens_minute: number;
  closes_minute: number;
}): boolean {
  // Any local midnight will do: opening hours repeat every day.
  const midnight = dayStartMs(100);
  return DAYTIME_MINUTES.every((minute) => isOpenAt(hours, midnight + minute * 60_000));
}

/** Homes and offices within this distance of a cluster's first place share its shops. */
const CLUSTER_RADIUS_M = 1200;
/** How far from the place it is named after a branch opens, at most and at least. */
const BRANCH_OFFSET_M: readonly [number, number] = [100, 450];

/** A group of homes and offices close enough to share the same neighbourhood shops. */
export interface Neighbourhood {
  places: readonly PlaceEntry[];
}

/** The homes and offices of the map, grouped greedily (in catalogue order) into neighbourhoods. */
export function neighbourhoods(places: readonly PlaceEntry[] = CATALOG): Neighbourhood[] {
  const clusters: PlaceEntry[][] = [];
  for (const place of places) {
    if (place.category !== "residential" && place.category !== "office") continue;
    const home = clusters.find(
      (cluster) => distanceMeters(cluster[0] as PlaceEntry, place) <= CLUSTER_RADIUS_M,
    );
    if (home) home.push(place);
    else clusters.push([place]);
  }
  return clusters.map((cluster) => ({ places: cluster }));
}

/** A shop the planner opens: which chain, the place it is named after, and where it stands. */
export interface PlannedBranch {
  spec: ChainSpec;
  place: PlaceEntry;
  lng: number;
  lat: number;
}

/** What the planner needs to know of a shop already standing. */
export interface StandingShop {
  chain: string;
  category: string;
  lng: number;
  lat: number;
  delivery_radius_m: number;
  open_24h: number;
  opens_minute: number;
  closes_minute: number;
  tags: string;
}

interface Shop extends StandingShop {
  cuisine: Cuisine | undefined;
}

/**
 * Plans branches so every neighbourhood has, within delivery range of each of its homes and
 * offices, the `everywhere` chains, `EVERYDAY_PER_PLACE` daytime-open shops of each everyday
 * category (rotating through the category's chains, so neighbours see different brands) and one
 * restaurant of each of `NEIGHBOURHOOD_CUISINES`. Shops already standing count; adversarial ones do not.
 */
export function planNeighbourhoodBranches(
  chains: readonly ChainSpec[],
  standing: readonly StandingShop[],
  random: SeededRandom,
  places: readonly PlaceEntry[] = CATALOG,
): PlannedBranch[] {
  const specs = new Map(chains.map((spec) => [spec.chain, spec]));
  const regular = chains.filter((spec) => !(spec.tags ?? []).includes("adversarial"));
  const shops: Shop[] = standing
    .filter((shop) => !shop.tags.includes("adversarial"))
    .map((shop) => ({ ...shop, cuisine: specs.get(shop.chain)?.cuisine }));
  const planned: PlannedBranch[] = [];

  for (const [index, { places: members }] of neighbourhoods(places).entries()) {
    const serves = (shop: Shop) =>
      members.every((member) => distanceMeters(shop, member) <= shop.delivery_radius_m);
    // The shops that reach every place of this neighbourhood, kept up to date as branches open.
    const serving = shops.filter(serves);
    let anchor = 0;
    const open = (spec: ChainSpec): boolean => {
      if (serving.some((shop) => shop.chain === spec.chain)) return false;
      const place = members[anchor++ % members.length] as PlaceEntry;
      const [near, far] = BRANCH_OFFSET_M;
      const meters = random.int(near, far);
      const angle = random.float() * 2 * Math.PI;
      const point = offsetPoint(place, meters, angle);
      planned.push({ spec, place, ...point });
      const shop: Shop = {
        chain: spec.chain,
        category: spec.category,
        ...point,
        delivery_radius_m: spec.radiusM,
        ...hoursOf(spec),
        tags: "[]",
        cuisine: spec.cuisine,
      };
      shops.push(shop);
      if (serves(shop)) serving.push(shop);
      return true;
    };
    for (const spec of regular) if (spec.everywhere) open(spec);
    for (const category of EVERYDAY_CATEGORIES) {
      const candidates = regular.filter((spec) => spec.category === category);
      const enough = () =>
        serving.filter((shop) => shop.category === category && openInDaytime(shop)).length >=
        EVERYDAY_PER_PLACE;
      for (let step = 0; step < candidates.length && !enough(); step++) {
        const spec = candidates[(index + step) % candidates.length] as ChainSpec;
        if (openInDaytime(hoursOf(spec))) open(spec);
      }
    }
    for (const cuisine of NEIGHBOURHOOD_CUISINES) {
      if (serving.some((shop) => shop.cuisine === cuisine)) continue;
      const candidates = regular.filter((spec) => spec.cuisine === cuisine);
      if (candidates.length > 0) open(candidates[index % candidates.length] as ChainSpec);
    }
  }
  return planned;
}

/** A chain's opening hours as its branches store them. */
export function hoursOf(spec: ChainSpec): { open_24h: number; opens_minute: number; closes_minute: number } {
  const hours = spec.hours === "24h" ? { opens: 0, closes: 1440 } : openingMinutes(...spec.hours);
  return { open_24h: spec.hours === "24h" ? 1 : 0, opens_minute: hours.opens, closes_minute: hours.closes };
}

/** A point `meters` away from `origin` in direction `angle` (radians); fine at city scale. */
export function offsetPoint(origin: { lng: number; lat: number }, meters: number, angle: number) {
  const lat = origin.lat + (meters * Math.sin(angle)) / 111_320;
  const lng = origin.lng + (meters * Math.cos(angle)) / (111_320 * Math.cos((origin.lat * Math.PI) / 180));
  return { lng: Number(lng.toFixed(6)), lat: Number(lat.toFixed(6)) };
}
