import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, notFound } from "../../kernel/errors.ts";
import { loadProducts } from "./fare.ts";
import { releaseDriver } from "./trip-steps.ts";
import { getTrip, type TripView } from "./trip-view.ts";

const CANCELLABLE = ["requested", "driver_assigned", "driver_arrived"];

/**
 * Cancels a trip before it starts. Free until a driver has been on the way for the product's free
 * window (2 minutes); after that the product's cancellation fee is recorded for the agent to capture.
 * Cancelling a cancelled trip returns it unchanged.
 */
export async function cancelRide(
  context: ServiceContext,
  request: { userId: string; tripId: string },
): Promise<TripView> {
  // The lifecycle may move the trip between our read and our write; re-read and decide again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const trip = await context.db
      .selectFrom("rides_trips")
      .selectAll()
      .where("id", "=", request.tripId)
      .where("user_id", "=", request.userId)
      .executeTakeFirst();
    if (!trip) throw notFound("trip", request.tripId, "tripId");
    if (trip.status === "cancelled") return getTrip(context, request);
    if (trip.status === "in_trip") {
      throw new DimpleError("trip_in_progress", "the ride has started; it ends at the destination", {
        field: "tripId",
        status: 409,
      });
    }
    if (!CANCELLABLE.includes(trip.status)) {
      throw new DimpleError("trip_finished", `the trip is already ${trip.status}`, {
        field: "tripId",
        status: 409,
      });
    }
    const now = context.clock.now();
    const [product] = await loadProducts(context, trip.product_id);
    const lateCancel =
      trip.assigned_at !== null && now - trip.assigned_at > (product?.free_cancel_seconds ?? 120) * 1000;
    const fee = lateCancel ? (product?.cancellation_fee_fen ?? 0) : 0;
    const result = await context.db
      .updateTable("rides_trips")
      .set({
        status: "cancelled",
        cancelled_at: now,
        cancelled_by: "rider",
        cancellation_fee_fen: fee,
        next_step_at: null,
      })
      .where("id", "=", trip.id)
      .where("status", "=", trip.status)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) continue;
    if (trip.driver_id !== null) await releaseDriver(context, trip.driver_id);
    await context.bus.publish({
      type: "ride.cancelled",
      at: now,
      userId: trip.user_id,
      subjectId: trip.id,
      data: {
        status: "ride.cancelled",
        cancellationFeeFen: fee,
        preauthFen: trip.preauth_fen,
        paymentIntentId: trip.payment_intent_id,
      },
    });
    return getTrip(context, request);
  }
  throw new DimpleError("conflict", "the trip kept changing; try again", { field: "tripId", status: 409 });
}
