import { expect, it } from "vitest";
import type { WorldEvent } from "../../kernel/events.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { cancelOrder, markRefunded } from "./cancel.ts";
import { getOrder } from "./orders.ts";
import { placeOrder } from "./place-order.ts";
import { quoteCart } from "./quote.ts";
import { authorizeQuote, freshKey, rejection } from "./testing.ts";

const MINUTE = 60_000;

describeEachDialect("an order's lifecycle", (dialect) => {
  const world = useTestWorld(dialect);
  const events: WorldEvent[] = [];
  const listen = () => world().context.bus.subscribe("*", (event) => void events.push(event));

  /** A fresh paid order: latte from Luckin to 小明's office, no coupons (so vouchers stay for others). */
  async function paidOrder(qty = 1) {
    const quote = await quoteCart(world().context, {
      userId: "u_xiaoming",
      merchantId: "m_luckin_binjiang",
      addressId: "u_xiaoming_office",
      lines: [{ skuId: "sku_luckin_binjiang_01", qty, options: {} }],
      couponIds: [],
    });
    const paymentIntentId = await authorizeQuote(world().context, quote);
    return placeOrder(world().context, {
      userId: "u_xiaoming",
      quoteId: quote.quoteId,
      paymentIntentId,
      idempotencyKey: freshKey(),
    });
  }
  const stockOf = async () =>
    (
      await world()
        .context.db.selectFrom("commerce_skus")
        .select("stock")
        .where("id", "=", "sku_luckin_binjiang_01")
        .executeTakeFirstOrThrow()
    ).stock;

  it("reaches delivered as time passes, publishing each step with the rider", async () => {
    const unsubscribe = listen();
    const order = await paidOrder();
    const seen = () => events.filter((event) => event.subjectId === order.orderId).map((event) => event.type);
    await world().advance(5 * MINUTE);
    const midway = await getOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    expect(["accepted", "rider_assigned"]).toContain(midway.status);
    await world().advance(60 * MINUTE);
    unsubscribe();
    const done = await getOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    expect(done.status).toBe("delivered");
    expect(done.timeline?.map((entry) => entry.status)).toEqual([
      "created",
      "paid",
      "accepted",
      "rider_assigned",
      "picked_up",
      "delivering",
      "delivered",
    ]);
    expect(seen()).toEqual([
      "order.paid",
      "order.accepted",
      "order.rider_assigned",
      "order.picked_up",
      "order.delivering",
      "order.delivered",
    ]);
    const assigned = events.find(
      (event) => event.subjectId === order.orderId && event.type === "order.rider_assigned",
    );
    expect(assigned?.userId).toBe("u_xiaoming");
    expect(assigned?.data).toMatchObject({
      riderName: expect.stringMatching(/师傅$/),
      riderPhone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
    });
    expect(typeof assigned?.data?.etaMinutes).toBe("number");
    expect(typeof assigned?.data?.lng).toBe("number");
    expect(done.rider).toMatchObject({ lng: done.address.lng, lat: done.address.lat });
  });

  it("moves the rider from the shop towards the customer while delivering", async () => {
    const order = await paidOrder();
    let view = await getOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    while (view.status !== "delivering") {
      await world().advance(MINUTE);
      view = await getOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    }
    const start = view.rider;
    await world().advance(2 * MINUTE);
    const later = await getOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    const distance = (point: { lng: number; lat: number } | null | undefined) =>
      Math.hypot((point?.lng ?? 0) - view.address.lng, (point?.lat ?? 0) - view.address.lat);
    // The ride takes several minutes at this distance, so two minutes in the rider is on the way.
    expect(later.status).toBe("delivering");
    expect(distance(later.rider)).toBeLessThan(distance(start));
    await world().advance(60 * MINUTE);
  });

  it("is rejected when the merchant_rejects fault trips, with the whole total due back", async () => {
    const unsubscribe = listen();
    const before = await stockOf();
    const order = await paidOrder(2);
    world().context.faults.set("commerce", "merchant_rejects", { times: 1 });
    await world().advance(5 * MINUTE);
    unsubscribe();
    const view = await getOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    expect(view).toMatchObject({
      status: "rejected",
      refundDueFen: order.totalFen,
      reason: "merchant_rejected",
    });
    expect(events.some((event) => event.subjectId === order.orderId && event.type === "order.rejected")).toBe(
      true,
    );
    expect(await stockOf()).toBe(before);
    const refunded = await markRefunded(world().context, {
      orderId: order.orderId,
      refundFen: order.totalFen,
    });
    expect(refunded).toMatchObject({ status: "refunded", refundedFen: order.totalFen });
    const repeated = await markRefunded(world().context, {
      orderId: order.orderId,
      refundFen: order.totalFen,
    });
    expect(repeated.timeline?.filter((entry) => entry.type === "order.refunded")).toHaveLength(1);
  });

  it("pushes the ETA back and says so when the rider_delayed fault trips", async () => {
    const unsubscribe = listen();
    const order = await paidOrder();
    world().context.faults.set("commerce", "rider_delayed", { times: 1 });
    let view = await getOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    while (view.status === "paid" || view.status === "accepted") {
      await world().advance(30_000);
      view = await getOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    }
    unsubscribe();
    const delay = events.find(
      (event) => event.subjectId === order.orderId && event.type === "order.rider_delayed",
    );
    expect(delay?.data?.delayMinutes).toBeGreaterThanOrEqual(8);
    expect(view.etaAt).toBeGreaterThan(order.etaAt);
    await world().advance(90 * MINUTE);
    expect((await getOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId })).status).toBe(
      "delivered",
    );
  });

  it("cancels for free before the merchant accepts, returning stock", async () => {
    const before = await stockOf();
    const order = await paidOrder();
    const cancelled = await cancelOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    expect(cancelled).toMatchObject({ status: "cancelled", cancelFeeFen: 0, refundDueFen: order.totalFen });
    expect(await stockOf()).toBe(before);
    const again = await cancelOrder(world().context, { userId: "u_xiaoming", orderId: order.orderId });
    expect(again.status).toBe("cancelled");
  });

  it("charges the merchant's fee after acceptance and refuses once picked up", async () => {
    const accepted = await paidOrder();
    const picked = await paidOrder();
    let view = await getOrder(world().context, { userId: "u_xiaoming", orderId: accepted.orderId });
    while (view.status === "paid") {
      await world().advance(30_000);
      view = await getOrder(world().context, { userId: "u_xiaoming", orderId: accepted.orderId });
    }
    const cancelled = await cancelOrder(world().context, { userId: "u_xiaoming", orderId: accepted.orderId });
    // Luckin keeps 20% once it has started making the drink.
    const fee = Math.round(accepted.totalFen * 0.2);
    expect(cancelled).toMatchObject({
      status: "cancelled",
      cancelFeeFen: fee,
      refundDueFen: accepted.totalFen - fee,
    });
    let other = await getOrder(world().context, { userId: "u_xiaoming", orderId: picked.orderId });
    while (!["picked_up", "delivering", "delivered"].includes(other.status)) {
      await world().advance(MINUTE);
      other = await getOrder(world().context, { userId: "u_xiaoming", orderId: picked.orderId });
    }
    const refused = await rejection(
      cancelOrder(world().context, { userId: "u_xiaoming", orderId: picked.orderId }),
    );
    expect(refused).toMatchObject({ code: "cancel_not_allowed", field: "orderId" });
  });

  it("hides another user's order", async () => {
    const order = await paidOrder();
    expect(
      (await rejection(getOrder(world().context, { userId: "u_bob", orderId: order.orderId }))).code,
    ).toBe("not_found");
    expect(
      (await rejection(cancelOrder(world().context, { userId: "u_bob", orderId: order.orderId }))).code,
    ).toBe("not_found");
  });
});
