import type { Selectable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import type { RidesTripsTable } from "./tables.ts";

export type TripRow = Selectable<RidesTripsTable>;

/** Statuses in which a trip is still going on. */
export const ACTIVE_STATUSES = ["requested", "driver_assigned", "driver_arrived", "in_trip"] as const;

export interface TripView {
  tripId: string;
  userId: string;
  /** requested | driver_assigned | driver_arrived | in_trip | completed | cancelled | failed */
  status: string;
  productId: string;
  origin: { name: string; lng: number; lat: number };
  destination: { name: string; lng: number; lat: number };
  estimate: { distanceMeters: number; durationSeconds: number; lowFen: number; highFen: number };
  paymentIntentId: string;
  preauthFen: number;
  driver: {
    driverId: string;
    name: string;
    carModel: string;
    carColor: string;
    plate: string;
    /** The same in English ("Wang Jianguo", "Toyota Corolla", "white", "Zhe A·F3K2L"). */
    nameEn: string;
    carModelEn: string;
    carColorEn: string;
    plateEn: string;
    rating: number;
    lng: number;
    lat: number;
  } | null;
  pickupEtaSeconds: number | null;
  actualDistanceMeters: number | null;
  actualDurationSeconds: number | null;
  /** What the rider owes for a completed trip (never above the pre-authorization); the agent captures it. */
  finalFareFen: number | null;
  /** What the rider owes for a late cancellation; 0 when it was free. */
  cancellationFeeFen: number | null;
  cancelledBy: string | null;
  failureReason: string | null;
  requestedAt: number;
  assignedAt: number | null;
  arrivedAt: number | null;
  startedAt: number | null;
  completedAt: number | null;
  cancelledAt: number | null;
}

/** A user's trip; another user's trip is reported as not found. */
export async function getTrip(
  context: ServiceContext,
  query: { userId: string; tripId: string },
): Promise<TripView> {
  const trip = await context.db
    .selectFrom("rides_trips")
    .selectAll()
    .where("id", "=", query.tripId)
    .where("user_id", "=", query.userId)
    .executeTakeFirst();
  if (!trip) throw notFound("trip", query.tripId, "tripId");
  return tripView(context, trip);
}

/** A user's trips, newest first. */
export async function listTrips(
  context: ServiceContext,
  query: { userId: string; status?: string; limit?: number },
): Promise<TripView[]> {
  let select = context.db.selectFrom("rides_trips").selectAll().where("user_id", "=", query.userId);
  if (query.status) select = select.where("status", "=", query.status);
  const trips = await select
    .orderBy("requested_at", "desc")
    .orderBy("id")
    .limit(query.limit ?? 20)
    .execute();
  return Promise.all(trips.map((trip) => tripView(context, trip)));
}

/** Assembles a trip's public shape, with its driver when one is assigned. */
export async function tripView(context: ServiceContext, trip: TripRow): Promise<TripView> {
  const driver =
    trip.driver_id === null
      ? undefined
      : await context.db
          .selectFrom("rides_drivers")
          .selectAll()
          .where("id", "=", trip.driver_id)
          .executeTakeFirst();
  return {
    tripId: trip.id,
    userId: trip.user_id,
    status: trip.status,
    productId: trip.product_id,
    origin: { name: trip.origin_name, lng: trip.origin_lng, lat: trip.origin_lat },
    destination: { name: trip.destination_name, lng: trip.destination_lng, lat: trip.destination_lat },
    estimate: {
      distanceMeters: trip.estimated_distance_m,
      durationSeconds: trip.estimated_duration_s,
      lowFen: trip.estimate_low_fen,
      highFen: trip.estimate_high_fen,
    },
    paymentIntentId: trip.payment_intent_id,
    preauthFen: trip.preauth_fen,
    driver: driver
      ? {
          driverId: driver.id,
          name: driver.name,
          carModel: driver.car_model,
          carColor: driver.car_color,
          plate: driver.plate,
          nameEn: driver.name_en || driver.name,
          carModelEn: driver.car_model_en || driver.car_model,
          carColorEn: driver.car_color_en || driver.car_color,
          plateEn: driver.plate_en || driver.plate,
          rating: driver.rating,
          lng: driver.lng,
          lat: driver.lat,
        }
      : null,
    pickupEtaSeconds: trip.pickup_eta_s,
    actualDistanceMeters: trip.actual_distance_m,
    actualDurationSeconds: trip.actual_duration_s,
    finalFareFen: trip.final_fare_fen,
    cancellationFeeFen: trip.cancellation_fee_fen,
    cancelledBy: trip.cancelled_by,
    failureReason: trip.failure_reason,
    requestedAt: trip.requested_at,
    assignedAt: trip.assigned_at,
    arrivedAt: trip.arrived_at,
    startedAt: trip.started_at,
    completedAt: trip.completed_at,
    cancelledAt: trip.cancelled_at,
  };
}
