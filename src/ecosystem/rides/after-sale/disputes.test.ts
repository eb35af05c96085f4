import { expect, it } from "vitest";
import { describeEachDialect } from "../../../store/testing.ts";
import { capturePaymentIntent, getWallet, verifyLedger } from "../../pay/index.ts";
import { useTestWorld } from "../../world/testing.ts";
import { estimateFare, getTrip, requestRide } from "../index.ts";
import { BROKEN_BRIDGE, EAST_STATION, freshKey, testRider } from "../testing.ts";
import { fileDispute, previewDispute } from "./disputes.ts";

describeEachDialect("rides after-sale: detours and lost items", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  /** A finished, paid trip from the east station to the Broken Bridge; `detour` injects one. */
  async function finishedTrip(detour: boolean) {
    const rider = await testRider(context());
    const estimate = await estimateFare(context(), {
      origin: EAST_STATION,
      destination: BROKEN_BRIDGE,
      productId: "economy",
    });
    const paymentIntentId = await rider.preauthorize(estimate.products[0]?.highFen as number);
    const trip = await requestRide(context(), {
      userId: rider.userId,
      productId: "economy",
      origin: EAST_STATION,
      destination: BROKEN_BRIDGE,
      paymentIntentId,
      idempotencyKey: freshKey(),
    });
    if (detour) context().faults.set("rides", "detour", { times: 1 });
    await world().advance(3 * 3_600_000);
    context().faults.clear();
    const done = await getTrip(context(), { userId: rider.userId, tripId: trip.tripId });
    expect(done.status).toBe("completed");
    await capturePaymentIntent(context(), {
      intentId: paymentIntentId,
      amountFen: done.finalFareFen as number,
      idempotencyKey: freshKey(),
    });
    return { userId: rider.userId, trip: done };
  }

  it("re-prices a detoured trip on the planned route and refunds the difference once", async () => {
    const { userId, trip } = await finishedTrip(true);
    const before = (await getWallet(context(), userId)).availableFen;
    const preview = await previewDispute(context(), { userId, tripId: trip.tripId, kind: "detour" });
    expect(preview.outcome).toBe("adjusted");
    expect(preview.actualDistanceM).toBeGreaterThan(preview.plannedDistanceM * 1.2);
    expect(preview.refundFen).toBe(preview.chargedFen - preview.adjustedFareFen);
    expect(preview.refundFen).toBeGreaterThan(0);
    const disputes = await Promise.all(
      Array.from({ length: 20 }, () =>
        fileDispute(context(), { userId, tripId: trip.tripId, kind: "detour", description: "司机绕路了" }),
      ),
    );
    expect(new Set(disputes.map((dispute) => dispute.disputeId)).size).toBe(1);
    expect(disputes[0]?.status).toBe("adjusted");
    const after = (await getWallet(context(), userId)).availableFen;
    expect(after - before).toBe(preview.refundFen);
    expect((await verifyLedger(context())).ok).toBe(true);
  });

  it("keeps the fare of a trip that stayed on its route, saying why", async () => {
    const { userId, trip } = await finishedTrip(false);
    const dispute = await fileDispute(context(), {
      userId,
      tripId: trip.tripId,
      kind: "detour",
      description: "feels long",
    });
    expect(dispute.status).toBe("rejected");
    expect(dispute.refundFen).toBe(0);
    expect(dispute.decision.en).toMatch(/allowance/);
  });

  it("passes a lost item to the driver and refuses someone else's trip", async () => {
    const { userId, trip } = await finishedTrip(false);
    const report = await fileDispute(context(), {
      userId,
      tripId: trip.tripId,
      kind: "lost_item",
      description: "黑色雨伞",
    });
    expect(report.status).toBe("reported");
    expect(report.decision.zh).toContain("司机");
    await expect(
      fileDispute(context(), {
        userId: "u_alice",
        tripId: trip.tripId,
        kind: "lost_item",
        description: "mine",
      }),
    ).rejects.toMatchObject({ code: "not_found", field: "tripId" });
  });
});
