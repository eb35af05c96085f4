/** The maps sandbox service (Amap-shaped): places, geocoding, routes, distances and weather of Hangzhou. */
export { CATEGORIES, type PoiCategory } from "./categories.ts";
export { type DistanceResult, type DistanceType, distanceMatrix, distanceTypeOf } from "./distance.ts";
export {
  type GeocodeMatch,
  geocode,
  nearestPois,
  type ReverseGeocode,
  resolvePlace,
  reverseGeocode,
} from "./geocode.ts";
export { COVERAGE_METERS, type Point, requirePoint } from "./location.ts";
export { getPoi, loadPois, type Poi } from "./poi.ts";
export type { RouteStep } from "./route-steps.ts";
export { congestionFactor, planRoute, type Route, type TravelMode, taxiFareFen } from "./routes.ts";
export { aroundSearch, poiDetail, type SearchOptions, type SearchPage, textSearch } from "./search.ts";
export { FORECAST_DAYS, poiIdFor, seedMaps } from "./seed.ts";
export type { PoiReview } from "./seed-text.ts";
export { mapsTools } from "./tools.ts";
export { planTransit, type TransitOption, type TransitPlan } from "./transit.ts";
export { type WeatherCast, type WeatherForecast, weatherForecast } from "./weather.ts";
