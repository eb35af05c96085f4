export { cancelRide } from "./cancel.ts";
export {
  citySpeedKmh,
  ESTIMATE_HIGH_FACTOR,
  estimateFare,
  type FareEstimate,
  fareFen,
  isNight,
  type Place,
  type ProductEstimate,
  ROAD_FACTOR,
} from "./fare.ts";
export { ridesStepper } from "./lifecycle.ts";
export { PRODUCTS } from "./products.ts";
export { type RideRequest, requestRide } from "./request.ts";
export { seedRides } from "./seed.ts";
export { ridesTools } from "./tools.ts";
export { getTrip, listTrips, type TripView } from "./trip-view.ts";
