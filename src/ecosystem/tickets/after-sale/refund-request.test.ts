import { expect, it } from "vitest";
import type { WorldEvent } from "../../../kernel/events.ts";
import { describeEachDialect } from "../../../store/testing.ts";
import { capturePaymentIntent, getWallet, verifyLedger } from "../../pay/index.ts";
import { useTestWorld } from "../../world/testing.ts";
import { bookHold, getSeatAvailability, holdSeats } from "../index.ts";
import { freshKey, ticketBuyer } from "../testing.ts";
import { changeSession } from "./organiser.ts";
import { previewTicketRefund, requestTicketRefund } from "./refund-request.ts";

describeEachDialect("tickets after-sale: refunds under the event's rule", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  /** One paid (captured) seat of a session for a fresh buyer. */
  async function paidBooking(sessionId: string) {
    const buyer = await ticketBuyer(context());
    const { seats } = await getSeatAvailability(context(), { sessionId, limit: 500 });
    const hold = await holdSeats(context(), {
      userId: buyer.userId,
      sessionId,
      seatIds: seats.slice(-1).map((seat) => seat.seatId),
      idempotencyKey: freshKey(),
    });
    const intentId = await buyer.authorize(hold.totalFen);
    const booking = await bookHold(context(), {
      userId: buyer.userId,
      holdId: hold.holdId,
      paymentIntentId: intentId,
      idempotencyKey: freshKey(),
    });
    await capturePaymentIntent(context(), { intentId, idempotencyKey: freshKey() });
    return { userId: buyer.userId, booking };
  }
  const wallet = async (userId: string) => (await getWallet(context(), userId)).availableFen;

  it("refunds in full before the cut-off, once for twenty requests at once", async () => {
    const { userId, booking } = await paidBooking("ses_mayday_3");
    const before = await wallet(userId);
    const preview = await previewTicketRefund(context(), { userId, bookingId: booking.bookingId });
    expect(preview).toMatchObject({ basis: "before_cutoff", refundFen: booking.totalFen });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        requestTicketRefund(context(), { userId, bookingId: booking.bookingId }),
      ),
    );
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
    expect(await wallet(userId)).toBe(before + booking.totalFen);
    const refunds = await context()
      .db.selectFrom("pay_refunds")
      .select("amount_fen")
      .where("intent_id", "=", booking.paymentIntentId)
      .execute();
    expect(refunds).toHaveLength(1);
    expect((await verifyLedger(context())).ok).toBe(true);
  });

  it("refunds nothing after the cut-off of an event whose rule says none, and keeps the tickets", async () => {
    const { userId, booking } = await paidBooking("ses_teahouse_1");
    await context()
      .db.updateTable("tickets_events")
      .set({ refund_cutoff_hours: 24, refund_after_cutoff_percent: 0 })
      .where("id", "=", booking.event.eventId)
      .execute();
    const preview = await previewTicketRefund(context(), { userId, bookingId: booking.bookingId });
    expect(preview).toMatchObject({ basis: "after_cutoff", refundFen: 0 });
    await expect(
      requestTicketRefund(context(), { userId, bookingId: booking.bookingId }),
    ).rejects.toMatchObject({
      code: "no_refund_due",
      field: "bookingId",
    });
  });

  it("refunds everything when the organiser reschedules and the holder declines, telling the holder first", async () => {
    const { userId, booking } = await paidBooking("ses_teahouse_2");
    await context()
      .db.updateTable("tickets_events")
      .set({ refund_cutoff_hours: 9999, refund_after_cutoff_percent: 0 })
      .where("id", "=", booking.event.eventId)
      .execute();
    const told: WorldEvent[] = [];
    const stop = context().bus.subscribe("tickets.session_changed", (event) => void told.push(event));
    await changeSession(context(), { sessionId: booking.session.sessionId, kind: "rescheduled" });
    stop();
    expect(told.map((event) => event.subjectId)).toContain(booking.bookingId);
    const before = await wallet(userId);
    const refunded = await requestTicketRefund(context(), { userId, bookingId: booking.bookingId });
    expect(refunded.decision.code).toBe("organiser_change");
    expect(refunded.refundedFen).toBe(booking.totalFen);
    expect(await wallet(userId)).toBe(before + booking.totalFen);
  });

  it("refuses someone else's booking as not found", async () => {
    const { booking } = await paidBooking("ses_mayday_3");
    await expect(
      requestTicketRefund(context(), { userId: "u_alice", bookingId: booking.bookingId }),
    ).rejects.toMatchObject({ code: "not_found", field: "bookingId" });
  });
});
