import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { findKeyedRow, isUniqueViolation, requestHash } from "../../kernel/idempotency.ts";
import { requireAuthorization } from "../pay/authorization-check.ts";
import { estimateProduct, loadProducts, type Place, routeOf } from "./fare.ts";
import { getTrip, type TripView } from "./trip-view.ts";

export interface RideRequest {
  userId: string;
  productId: string;
  origin: Place & { name: string };
  destination: Place & { name: string };
  /** A pay intent authorized (requires_capture) for at least the estimate's upper bound. */
  paymentIntentId: string;
  idempotencyKey: string;
}

/** Seconds before dispatch looks for a driver, as a real platform takes a moment to match. */
const DISPATCH_DELAY_SECONDS: readonly [number, number] = [10, 40];

/**
 * Requests a ride: prices it now, checks the pre-authorization covers the upper bound, and queues
 * the trip for dispatch. A retry with the same key and body returns the same trip.
 */
export async function requestRide(context: ServiceContext, request: RideRequest): Promise<TripView> {
  const hash = requestHash({
    productId: request.productId,
    origin: request.origin,
    destination: request.destination,
    paymentIntentId: request.paymentIntentId,
  });
  const replay = await findReplay(context, request, hash);
  if (replay) return replay;

  const now = context.clock.now();
  const [product] = await loadProducts(context, request.productId);
  if (!product)
    throw new DimpleError("not_found", `ride product ${request.productId} was not found`, { status: 404 });
  const route = routeOf(request.origin, request.destination, now);
  const estimate = estimateProduct(product, route, now);
  const preauthFen = await requireAuthorization(context, {
    intentId: request.paymentIntentId,
    userId: request.userId,
    amount: { atLeastFen: estimate.highFen },
  });

  const tripId = context.ids.next("trip");
  try {
    await context.db
      .insertInto("rides_trips")
      .values({
        id: tripId,
        user_id: request.userId,
        product_id: product.id,
        status: "requested",
        origin_name: request.origin.name,
        origin_lng: request.origin.lng,
        origin_lat: request.origin.lat,
        destination_name: request.destination.name,
        destination_lng: request.destination.lng,
        destination_lat: request.destination.lat,
        estimated_distance_m: route.distanceMeters,
        estimated_duration_s: route.durationSeconds,
        estimate_low_fen: estimate.lowFen,
        estimate_high_fen: estimate.highFen,
        payment_intent_id: request.paymentIntentId,
        preauth_fen: preauthFen,
        driver_id: null,
        pickup_eta_s: null,
        actual_distance_m: null,
        actual_duration_s: null,
        final_fare_fen: null,
        cancellation_fee_fen: null,
        cancelled_by: null,
        failure_reason: null,
        next_step_at: now + context.random.int(...DISPATCH_DELAY_SECONDS) * 1000,
        requested_at: now,
        assigned_at: null,
        arrived_at: null,
        started_at: null,
        completed_at: null,
        cancelled_at: null,
        idempotency_key: request.idempotencyKey,
        request_hash: hash,
      })
      .execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findReplay(context, request, hash);
    if (winner) return winner;
    throw new DimpleError(
      "payment_intent_used",
      `payment intent ${request.paymentIntentId} already pays for another trip`,
      {
        field: "paymentIntentId",
        status: 409,
      },
    );
  }
  await context.bus.publish({
    type: "ride.requested",
    at: now,
    userId: request.userId,
    subjectId: tripId,
    data: {
      productId: product.id,
      estimateHighFen: estimate.highFen,
      paymentIntentId: request.paymentIntentId,
    },
  });
  return getTrip(context, { userId: request.userId, tripId });
}

async function findReplay(
  context: ServiceContext,
  request: RideRequest,
  hash: string,
): Promise<TripView | undefined> {
  const tripId = await findKeyedRow(context, "rides_trips", request, hash);
  return tripId === undefined ? undefined : getTrip(context, { userId: request.userId, tripId });
}
