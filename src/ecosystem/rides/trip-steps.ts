import type { ServiceContext } from "../../kernel/context.ts";
import { distanceMeters } from "../world/geography.ts";
import { citySpeedKmh, fareFen, loadProducts, ROAD_FACTOR } from "./fare.ts";
import type { TripRow } from "./trip-view.ts";

/** Drivers farther than this from the pickup are not offered the trip. */
const DISPATCH_RADIUS_METERS = 8_000;
const MIN_PICKUP_SECONDS = 60;
// Riders take a minute or more to come down and get in.
const BOARDING_SECONDS: readonly [number, number] = [90, 240];

/**
 * Moves one trip one step along requested → driver_assigned → driver_arrived → in_trip → completed,
 * as of the step's due time `at`. Every change is conditional on the trip still being in the state
 * and step we read, so a cancellation racing the lifecycle wins or loses cleanly.
 */
export async function stepTrip(context: ServiceContext, trip: TripRow, at: number): Promise<void> {
  if (trip.status === "requested") return dispatch(context, trip, at);
  if (trip.status === "driver_assigned") {
    if (context.faults.trip("rides", "driver_cancels")) return driverCancels(context, trip, at);
    const boarding = context.random.int(...BOARDING_SECONDS) * 1000;
    if (
      await advance(context, trip, { status: "driver_arrived", arrived_at: at, next_step_at: at + boarding })
    ) {
      await publish(context, trip, "ride.driver_arrived", at, {});
    }
    return;
  }
  if (trip.status === "driver_arrived") {
    // Real traffic differs from the estimate; the spread keeps the final fare under the upper bound.
    // An injected detour drives about half again the planned distance (a fare dispute's case).
    const detour = context.faults.trip("rides", "detour") ? 1.5 : 1;
    const distance = Math.round(trip.estimated_distance_m * (0.95 + context.random.float() * 0.17) * detour);
    const duration = Math.round(trip.estimated_duration_s * (0.85 + context.random.float() * 0.45) * detour);
    const started = await advance(context, trip, {
      status: "in_trip",
      started_at: at,
      actual_distance_m: distance,
      actual_duration_s: duration,
      next_step_at: at + duration * 1000,
    });
    if (started) await publish(context, trip, "ride.started", at, {});
    return;
  }
  if (trip.status === "in_trip") return complete(context, trip, at);
}

/**
 * The assigned driver cancels on the way (the `driver_cancels` fault). The platform dispatches the
 * trip again at once, never to that driver, up to its rule's `max_redispatches`; after that the trip
 * fails as if no driver were found, and the rider's hold is released by whoever holds it.
 */
async function driverCancels(context: ServiceContext, trip: TripRow, at: number): Promise<void> {
  const rule = await context.db
    .selectFrom("rides_after_sale_rules")
    .select("max_redispatches")
    .where("id", "=", "default")
    .executeTakeFirst();
  const again = trip.redispatches < (rule?.max_redispatches ?? 0);
  const moved = await advance(
    context,
    trip,
    again
      ? {
          status: "requested",
          driver_id: null,
          pickup_eta_s: null,
          assigned_at: null,
          cancelled_driver_id: trip.driver_id,
          redispatches: trip.redispatches + 1,
          next_step_at: at + 1000,
        }
      : { status: "failed", failure_reason: "driver_cancelled", next_step_at: null },
  );
  if (!moved) return;
  if (trip.driver_id !== null) await releaseDriver(context, trip.driver_id);
  await publish(context, trip, "ride.driver_cancelled", at, {
    driverId: trip.driver_id,
    redispatching: again,
  });
  if (!again)
    await publish(context, trip, "ride.failed", at, {
      reason: "driver_cancelled",
      paymentIntentId: trip.payment_intent_id,
    });
}

async function dispatch(context: ServiceContext, trip: TripRow, at: number): Promise<void> {
  const injected = context.faults.trip("rides", "no_driver");
  const driver = injected ? undefined : await claimNearestDriver(context, trip);
  if (!driver) {
    if (await advance(context, trip, { status: "failed", failure_reason: "no_driver", next_step_at: null })) {
      await publish(context, trip, "ride.failed", at, {
        reason: "no_driver",
        paymentIntentId: trip.payment_intent_id,
      });
    }
    return;
  }
  const eta = Math.max(
    MIN_PICKUP_SECONDS,
    Math.round((driver.distance * ROAD_FACTOR) / (citySpeedKmh(at) / 3.6)),
  );
  const assigned = await advance(context, trip, {
    status: "driver_assigned",
    driver_id: driver.id,
    assigned_at: at,
    pickup_eta_s: eta,
    next_step_at: at + eta * 1000,
  });
  if (!assigned) {
    await releaseDriver(context, driver.id);
    return;
  }
  await publish(context, trip, "ride.driver_assigned", at, {
    driverId: driver.id,
    name: driver.name,
    carModel: driver.car_model,
    carColor: driver.car_color,
    plate: driver.plate,
    // English forms for an English conversation; drivers seeded before them fall back to Chinese.
    nameEn: driver.name_en || driver.name,
    carModelEn: driver.car_model_en || driver.car_model,
    carColorEn: driver.car_color_en || driver.car_color,
    plateEn: driver.plate_en || driver.plate,
    pickupEtaSeconds: eta,
  });
}

async function complete(context: ServiceContext, trip: TripRow, at: number): Promise<void> {
  const [product] = await loadProducts(context, trip.product_id);
  if (!product || trip.started_at === null) return;
  const metered = fareFen(product, trip.actual_distance_m ?? 0, trip.actual_duration_s ?? 0, trip.started_at);
  // The rider never pays more than the amount they authorized.
  const finalFare = Math.min(metered, trip.preauth_fen);
  const completed = await advance(context, trip, {
    status: "completed",
    completed_at: at,
    final_fare_fen: finalFare,
    next_step_at: null,
  });
  if (!completed) return;
  if (trip.driver_id !== null) {
    await context.db
      .updateTable("rides_drivers")
      .set((eb) => ({
        status: "idle",
        lng: trip.destination_lng,
        lat: trip.destination_lat,
        completed_trips: eb("completed_trips", "+", 1),
      }))
      .where("id", "=", trip.driver_id)
      .execute();
  }
  await publish(context, trip, "ride.completed", at, {
    finalFareFen: finalFare,
    preauthFen: trip.preauth_fen,
    paymentIntentId: trip.payment_intent_id,
    distanceMeters: trip.actual_distance_m,
    durationSeconds: trip.actual_duration_s,
  });
}

/** Takes the nearest idle driver of the trip's product, atomically, so no driver gets two trips. */
async function claimNearestDriver(context: ServiceContext, trip: TripRow) {
  const idle = await context.db
    .selectFrom("rides_drivers")
    .selectAll()
    .where("product_id", "=", trip.product_id)
    .where("status", "=", "idle")
    // A driver who cancelled this trip is not offered it again.
    .where("id", "!=", trip.cancelled_driver_id ?? "")
    .execute();
  const pickup = { lng: trip.origin_lng, lat: trip.origin_lat };
  const candidates = idle
    .map((driver) => ({ ...driver, distance: distanceMeters(pickup, driver) }))
    .filter((driver) => driver.distance <= DISPATCH_RADIUS_METERS)
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
  for (const candidate of candidates) {
    const claimed = await context.db
      .updateTable("rides_drivers")
      .set({ status: "busy" })
      .where("id", "=", candidate.id)
      .where("status", "=", "idle")
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 1) return candidate;
  }
  return undefined;
}

/** Puts a driver back on the road, free for the next trip. */
export async function releaseDriver(context: ServiceContext, driverId: string): Promise<void> {
  await context.db.updateTable("rides_drivers").set({ status: "idle" }).where("id", "=", driverId).execute();
}

async function advance(context: ServiceContext, trip: TripRow, changes: Partial<TripRow>): Promise<boolean> {
  const result = await context.db
    .updateTable("rides_trips")
    .set(changes)
    .where("id", "=", trip.id)
    .where("status", "=", trip.status)
    .where("next_step_at", "=", trip.next_step_at as number)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function publish(
  context: ServiceContext,
  trip: TripRow,
  type: string,
  at: number,
  data: Record<string, unknown>,
): Promise<void> {
  await context.bus.publish({
    type,
    at,
    userId: trip.user_id,
    subjectId: trip.id,
    data: { status: type, ...data },
  });
}
