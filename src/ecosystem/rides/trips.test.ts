import { expect, it } from "vitest";
import type { WorldEvent } from "../../kernel/events.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { cancelRide, estimateFare, getTrip, listTrips, requestRide } from "./index.ts";
import { BROKEN_BRIDGE, EAST_STATION, freshKey, testRider } from "./testing.ts";

describeEachDialect("rides: trips", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  async function hail(productId = "economy", options: { extraFen?: number } = {}) {
    const rider = await testRider(context());
    const estimate = await estimateFare(context(), {
      origin: EAST_STATION,
      destination: BROKEN_BRIDGE,
      productId,
    });
    const highFen = estimate.products[0]?.highFen as number;
    const paymentIntentId = await rider.preauthorize(highFen + (options.extraFen ?? 0));
    const request = {
      userId: rider.userId,
      productId,
      origin: EAST_STATION,
      destination: BROKEN_BRIDGE,
      paymentIntentId,
      idempotencyKey: freshKey(),
    };
    return { rider, highFen, request, trip: await requestRide(context(), request) };
  }

  /** Advances the world in small steps until the trip reaches `status` (or a step limit). */
  async function advanceUntil(
    userId: string,
    tripId: string,
    status: string,
    stepMs = 10_000,
    maxSteps = 2_000,
  ) {
    for (let step = 0; step < maxSteps; step++) {
      const trip = await getTrip(context(), { userId, tripId });
      if (trip.status === status) return trip;
      await world().advance(stepMs);
    }
    throw new Error(`trip ${tripId} never reached ${status}`);
  }

  it("runs a trip from request to completion with a final fare within the pre-authorization", async () => {
    const events: WorldEvent[] = [];
    const unsubscribe = context().bus.subscribe("*", (event) => {
      if (event.type.startsWith("ride.")) events.push(event);
    });
    const { rider, trip } = await hail();
    expect(trip.status).toBe("requested");
    const assigned = await advanceUntil(rider.userId, trip.tripId, "driver_assigned", 5_000);
    expect(assigned.driver?.plate).toMatch(/^浙A·[A-HJ-NP-Z0-9]{5}$/);
    expect(assigned.pickupEtaSeconds).toBeGreaterThanOrEqual(60);
    await world().advance(3 * 3_600_000);
    unsubscribe();
    const done = await getTrip(context(), { userId: rider.userId, tripId: trip.tripId });
    expect(done.status).toBe("completed");
    expect(done.finalFareFen).toBeGreaterThan(0);
    expect(done.finalFareFen).toBeLessThanOrEqual(done.preauthFen);
    expect(done.actualDistanceMeters).toBeGreaterThan(0);
    const mine = events.filter((event) => event.subjectId === trip.tripId).map((event) => event.type);
    expect(mine).toEqual([
      "ride.requested",
      "ride.driver_assigned",
      "ride.driver_arrived",
      "ride.started",
      "ride.completed",
    ]);
    const listed = await listTrips(context(), { userId: rider.userId });
    expect(listed.map((item) => item.tripId)).toEqual([trip.tripId]);
  });

  it("refuses a pre-authorization below the estimate's upper bound", async () => {
    const rider = await testRider(context());
    const estimate = await estimateFare(context(), {
      origin: EAST_STATION,
      destination: BROKEN_BRIDGE,
      productId: "comfort",
    });
    const paymentIntentId = await rider.preauthorize((estimate.products[0]?.highFen as number) - 1);
    await expect(
      requestRide(context(), {
        userId: rider.userId,
        productId: "comfort",
        origin: EAST_STATION,
        destination: BROKEN_BRIDGE,
        paymentIntentId,
        idempotencyKey: freshKey(),
      }),
    ).rejects.toMatchObject({ code: "preauthorization_too_low" });
  });

  it("cancels for free within two minutes of a driver being assigned", async () => {
    const { rider, trip } = await hail();
    await advanceUntil(rider.userId, trip.tripId, "driver_assigned", 5_000);
    const cancelled = await cancelRide(context(), { userId: rider.userId, tripId: trip.tripId });
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.cancellationFeeFen).toBe(0);
  });

  it("charges the cancellation fee when cancelled more than two minutes after assignment", async () => {
    const { rider, trip } = await hail("comfort");
    const assigned = await advanceUntil(rider.userId, trip.tripId, "driver_assigned", 5_000);
    // Pickup takes at least a minute and boarding at least 90 s, so the ride has not started yet.
    await world().advance((assigned.assignedAt as number) + 121_000 - context().clock.now());
    const cancelled = await cancelRide(context(), { userId: rider.userId, tripId: trip.tripId });
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.cancellationFeeFen).toBe(1_000);
    expect(
      (await cancelRide(context(), { userId: rider.userId, tripId: trip.tripId })).cancellationFeeFen,
    ).toBe(1_000);
  });

  it("fails the trip with no_driver when no driver can be found", async () => {
    context().faults.set("rides", "no_driver", { times: 1 });
    const failed: WorldEvent[] = [];
    const unsubscribe = context().bus.subscribe("ride.failed", (event) => {
      failed.push(event);
    });
    const { rider, trip } = await hail();
    const ended = await advanceUntil(rider.userId, trip.tripId, "failed", 5_000, 20);
    unsubscribe();
    context().faults.clear();
    expect(ended.failureReason).toBe("no_driver");
    expect(ended.driver).toBeNull();
    expect(failed.map((event) => event.subjectId)).toEqual([trip.tripId]);
    await expect(cancelRide(context(), { userId: rider.userId, tripId: trip.tripId })).rejects.toMatchObject({
      code: "trip_finished",
    });
  });

  it("makes one trip of twenty identical requests sent at once", async () => {
    const rider = await testRider(context());
    const estimate = await estimateFare(context(), {
      origin: EAST_STATION,
      destination: BROKEN_BRIDGE,
      productId: "xl",
    });
    const request = {
      userId: rider.userId,
      productId: "xl",
      origin: EAST_STATION,
      destination: BROKEN_BRIDGE,
      paymentIntentId: await rider.preauthorize(estimate.products[0]?.highFen as number),
      idempotencyKey: freshKey(),
    };
    const trips = await Promise.all(Array.from({ length: 20 }, () => requestRide(context(), request)));
    expect(new Set(trips.map((trip) => trip.tripId)).size).toBe(1);
    const rows = await context()
      .db.selectFrom("rides_trips")
      .select("id")
      .where("user_id", "=", rider.userId)
      .execute();
    expect(rows).toHaveLength(1);
    await expect(requestRide(context(), { ...request, idempotencyKey: freshKey() })).rejects.toMatchObject({
      code: "payment_intent_used",
    });
    await expect(requestRide(context(), { ...request, productId: "comfort" })).rejects.toMatchObject({
      code: "idempotency_conflict",
    });
  });

  it("hides one rider's trip from another", async () => {
    const { trip } = await hail();
    const stranger = await testRider(context());
    await expect(getTrip(context(), { userId: stranger.userId, tripId: trip.tripId })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
