import { CITY } from "../world/geography.ts";
import type { DistanceResult } from "./distance.ts";
import type { GeocodeMatch, ReverseGeocode } from "./geocode.ts";
import type { Poi } from "./poi.ts";
import type { RouteStep } from "./route-steps.ts";
import type { Route } from "./routes.ts";
import type { SearchPage } from "./search.ts";
import type { TransitLine, TransitPlan, TransitSegment } from "./transit.ts";
import type { WeatherForecast } from "./weather.ts";

/**
 * Tool output in the shapes the official Amap MCP server returns (its key names, Chinese text first),
 * plus `_en` companions and a few extras. An agent that reads these reads the real server too. Numbers
 * stay numbers here (Amap sends strings), and money is integer fen, never yuan.
 */

function poiSummary(poi: Poi & { distance?: number }) {
  return {
    id: poi.id,
    name: poi.name,
    name_en: poi.nameEn,
    type: poi.type,
    typecode: poi.typeCode,
    address: poi.address,
    address_en: poi.addressEn,
    location: poi.location,
    adname: poi.district,
    adcode: poi.adcode,
    tel: poi.tel,
    rating: poi.rating,
    ...(poi.distance === undefined ? {} : { distance: poi.distance }),
  };
}

/** maps_geo: `{ return: [...] }` as the official server wraps Amap's geocodes. */
export function formatGeocode(matches: GeocodeMatch[]) {
  return {
    return: matches.map((match) => {
      const street = match.poi ? /^(?:\S+?区)?(.*?)(\d+号)?$/.exec(match.poi.address) : null;
      return {
        country: "中国",
        province: match.province,
        city: match.city,
        citycode: match.citycode,
        district: match.district,
        street: street?.[1] ?? "",
        number: street?.[2] ?? "",
        adcode: match.adcode,
        location: match.location,
        level: match.level,
        level_en: match.levelEn,
        formatted_address: match.formattedAddress,
        formatted_address_en: match.formattedAddressEn,
        ...(match.poi ? { poi_id: match.poi.id, name: match.poi.name, name_en: match.poi.nameEn } : {}),
      };
    }),
  };
}

/** maps_regeocode. */
export function formatReverseGeocode(result: ReverseGeocode) {
  return {
    province: result.province,
    city: result.city,
    citycode: result.citycode,
    district: result.district,
    district_en: result.districtEn,
    adcode: result.adcode,
    township: result.businessArea,
    formatted_address: result.formattedAddress,
    formatted_address_en: result.formattedAddressEn,
    pois: result.pois.map(poiSummary),
  };
}

/** maps_text_search and maps_around_search. */
export function formatSearch(page: SearchPage) {
  return {
    suggestion: { keywords: page.suggestion.keywords, cities: page.suggestion.cities },
    count: page.count,
    page: page.page,
    offset: page.pageSize,
    pois: page.pois.map(poiSummary),
  };
}

/** maps_search_detail: the POI with its business extras flattened in, as the official server does. */
export function formatDetail(poi: Poi) {
  return {
    ...poiSummary(poi),
    business_area: poi.businessArea,
    city: CITY.zh,
    alias: poi.aliases.join("|"),
    opentime2: poi.openHours,
    description: poi.description,
    description_en: poi.descriptionEn,
    tags: poi.tags,
    reviews: poi.reviews,
  };
}

function formatStep(step: RouteStep) {
  return {
    instruction: step.instruction,
    instruction_en: step.instructionEn,
    road: step.road,
    road_en: step.roadEn,
    distance: step.distance,
    duration: step.duration,
    orientation: step.orientation,
    orientation_en: step.orientationEn,
    action: step.action,
    action_en: step.actionEn,
  };
}

function formatPaths(route: Route) {
  return {
    origin: route.origin,
    destination: route.destination,
    ...(route.taxiCostFen === undefined
      ? {}
      : { taxi_cost_fen: route.taxiCostFen, traffic_factor: route.congestion }),
    paths: [{ distance: route.distance, duration: route.duration, steps: route.steps.map(formatStep) }],
  };
}

/** maps_direction_walking and maps_direction_driving: `{ route: {...} }`. */
export function formatRoute(route: Route) {
  return { route: formatPaths(route) };
}

/** maps_bicycling: Amap's cycling API answers under `data`. */
export function formatBicycling(route: Route) {
  return { data: formatPaths(route) };
}

function formatLine(line: TransitLine) {
  return {
    name: line.name,
    name_en: line.nameEn,
    type: line.type,
    type_en: line.typeEn,
    departure_stop: {
      name: line.departureStop.name,
      name_en: line.departureStop.nameEn,
      location: line.departureStop.location,
    },
    arrival_stop: {
      name: line.arrivalStop.name,
      name_en: line.arrivalStop.nameEn,
      location: line.arrivalStop.location,
    },
    distance: line.distance,
    duration: line.duration,
    via_num: line.viaNum,
    via_stops: line.viaStops.map((via) => ({ name: via.name, name_en: via.nameEn })),
  };
}

function formatSegment(segment: TransitSegment) {
  const walking = segment.walking;
  return {
    walking: walking
      ? {
          origin: walking.origin,
          destination: walking.destination,
          distance: walking.distance,
          duration: walking.duration,
          steps: walking.steps.map(formatStep),
        }
      : {},
    bus: { buslines: (segment.bus?.buslines ?? []).map(formatLine) },
    entrance: segment.entrance ?? {},
    exit: segment.exit ?? {},
    railway: {},
  };
}

/** maps_direction_transit_integrated. */
export function formatTransit(plan: TransitPlan) {
  return {
    route: {
      origin: plan.origin,
      destination: plan.destination,
      distance: plan.distance,
      taxi_cost_fen: plan.taxiCostFen,
      transits: plan.transits.map((transit) => ({
        duration: transit.duration,
        distance: transit.distance,
        walking_distance: transit.walkingDistance,
        cost_fen: transit.costFen,
        summary: transit.summary,
        summary_en: transit.summaryEn,
        segments: transit.segments.map(formatSegment),
      })),
    },
  };
}

/** maps_distance. */
export function formatDistance(results: DistanceResult[]) {
  return {
    results: results.map((result) => ({
      origin_id: result.originId,
      dest_id: result.destId,
      distance: result.distance,
      duration: result.duration,
    })),
  };
}

/** maps_weather: `{ city, forecasts }` where forecasts are Amap's casts. */
export function formatWeather(forecast: WeatherForecast) {
  return {
    city: forecast.city,
    city_en: forecast.cityEn,
    adcode: forecast.adcode,
    province: forecast.province,
    reporttime: forecast.reporttime,
    forecasts: forecast.casts.map((cast) => ({
      date: cast.date,
      week: cast.week,
      dayweather: cast.dayweather,
      nightweather: cast.nightweather,
      dayweather_en: cast.dayweatherEn,
      nightweather_en: cast.nightweatherEn,
      daytemp: cast.daytemp,
      nighttemp: cast.nighttemp,
      daywind: cast.daywind,
      nightwind: cast.nightwind,
      daywind_en: cast.daywindEn,
      nightwind_en: cast.nightwindEn,
      daypower: cast.daypower,
      nightpower: cast.nightpower,
      precipitation_chance: cast.precipitationChance,
    })),
  };
}
