import { expect, it } from "vitest";
import type { WorldEvent } from "../../kernel/events.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import {
  bookHold,
  cancelBooking,
  getHold,
  getSeatAvailability,
  holdSeats,
  listBookings,
  refundDueFen,
} from "./index.ts";
import { freshKey, ticketBuyer } from "./testing.ts";

const HOUR = 3_600_000;

describeEachDialect("tickets: holds, bookings and refunds", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  async function freeSeats(sessionId: string, count: number) {
    const { seats } = await getSeatAvailability(context(), { sessionId, limit: 500 });
    return seats.slice(-count).map((seat) => seat.seatId);
  }

  it("holds seats for the sum of their prices and keeps others off them", async () => {
    const buyer = await ticketBuyer(context());
    const rival = await ticketBuyer(context());
    const seatIds = await freeSeats("ses_teahouse_2", 2);
    const hold = await holdSeats(context(), {
      userId: buyer.userId,
      sessionId: "ses_teahouse_2",
      seatIds,
      idempotencyKey: freshKey(),
    });
    expect(hold.status).toBe("active");
    expect(hold.totalFen).toBe(hold.seats.reduce((sum, seat) => sum + seat.priceFen, 0));
    await expect(
      holdSeats(context(), {
        userId: rival.userId,
        sessionId: "ses_teahouse_2",
        seatIds: [seatIds[0] as string],
        idempotencyKey: freshKey(),
      }),
    ).rejects.toMatchObject({ code: "seat_unavailable" });
  });

  it("holds all the seats asked for or none of them", async () => {
    const first = await ticketBuyer(context());
    const second = await ticketBuyer(context());
    const [taken, free] = await freeSeats("ses_teahouse_3", 2);
    await holdSeats(context(), {
      userId: first.userId,
      sessionId: "ses_teahouse_3",
      seatIds: [taken as string],
      idempotencyKey: freshKey(),
    });
    await expect(
      holdSeats(context(), {
        userId: second.userId,
        sessionId: "ses_teahouse_3",
        seatIds: [free as string, taken as string],
        idempotencyKey: freshKey(),
      }),
    ).rejects.toMatchObject({ code: "seat_unavailable" });
    const { seats } = await getSeatAvailability(context(), { sessionId: "ses_teahouse_3", limit: 500 });
    expect(seats.some((seat) => seat.seatId === free)).toBe(true);
  });

  it("returns the same hold for a retried key and refuses the key with other seats", async () => {
    const buyer = await ticketBuyer(context());
    const [a, b] = await freeSeats("ses_mayday_1", 2);
    const key = freshKey();
    const request = {
      userId: buyer.userId,
      sessionId: "ses_mayday_1",
      seatIds: [a as string],
      idempotencyKey: key,
    };
    const [first, again] = await Promise.all([holdSeats(context(), request), holdSeats(context(), request)]);
    expect(again.holdId).toBe(first.holdId);
    await expect(holdSeats(context(), { ...request, seatIds: [b as string] })).rejects.toMatchObject({
      code: "idempotency_conflict",
    });
  });

  it("books a hold only with an intent authorized for exactly its total, then issues one e-ticket per seat", async () => {
    const buyer = await ticketBuyer(context());
    const seatIds = await freeSeats("ses_mayday_2", 2);
    const hold = await holdSeats(context(), {
      userId: buyer.userId,
      sessionId: "ses_mayday_2",
      seatIds,
      idempotencyKey: freshKey(),
    });
    const book = (paymentIntentId: string, idempotencyKey = freshKey()) =>
      bookHold(context(), { userId: buyer.userId, holdId: hold.holdId, paymentIntentId, idempotencyKey });

    await expect(book(await buyer.authorize(hold.totalFen - 100))).rejects.toMatchObject({
      code: "payment_amount_mismatch",
    });
    await expect(book(await buyer.authorize(hold.totalFen, { confirm: false }))).rejects.toMatchObject({
      code: "payment_not_authorized",
    });
    const stranger = await ticketBuyer(context());
    await expect(book(await stranger.authorize(hold.totalFen))).rejects.toMatchObject({
      code: "payment_not_found",
    });

    const confirmed: WorldEvent[] = [];
    const unsubscribe = context().bus.subscribe("tickets.booking_confirmed", (event) => {
      confirmed.push(event);
    });
    const intentId = await buyer.authorize(hold.totalFen);
    const key = freshKey();
    const booking = await book(intentId, key);
    unsubscribe();
    expect(booking.status).toBe("confirmed");
    expect(booking.totalFen).toBe(hold.totalFen);
    expect(booking.tickets).toHaveLength(2);
    expect(new Set(booking.tickets.map((ticket) => ticket.code)).size).toBe(2);
    expect(confirmed.map((event) => event.subjectId)).toEqual([booking.bookingId]);
    expect((await book(intentId, key)).bookingId).toBe(booking.bookingId);
    await expect(book(intentId)).rejects.toMatchObject({ code: "hold_already_booked" });
    const listed = await listBookings(context(), { userId: buyer.userId });
    expect(listed.map((item) => item.bookingId)).toEqual([booking.bookingId]);
  });

  it("refunds in full more than 48 hours ahead and half within 48 hours", async () => {
    expect(refundDueFen(58_000, 100 * HOUR, 51 * HOUR)).toBe(58_000);
    expect(refundDueFen(58_001, 100 * HOUR, 53 * HOUR)).toBe(29_000);
    expect(() => refundDueFen(58_000, 100 * HOUR, 100 * HOUR)).toThrow(/already started/);

    const buyer = await ticketBuyer(context());
    const bookSession = async (sessionId: string) => {
      const hold = await holdSeats(context(), {
        userId: buyer.userId,
        sessionId,
        seatIds: await freeSeats(sessionId, 1),
        idempotencyKey: freshKey(),
      });
      const intentId = await buyer.authorize(hold.totalFen);
      return bookHold(context(), {
        userId: buyer.userId,
        holdId: hold.holdId,
        paymentIntentId: intentId,
        idempotencyKey: freshKey(),
      });
    };
    // Mayday plays a week after the world's start; Teahouse plays this evening.
    const farAhead = await bookSession("ses_mayday_3");
    const tonight = await bookSession("ses_teahouse_1");
    const farCancelled = await cancelBooking(context(), {
      userId: buyer.userId,
      bookingId: farAhead.bookingId,
    });
    expect(farCancelled.status).toBe("cancelled");
    expect(farCancelled.refundDueFen).toBe(farAhead.totalFen);
    expect(farCancelled.tickets.every((ticket) => ticket.status === "void")).toBe(true);
    const tonightCancelled = await cancelBooking(context(), {
      userId: buyer.userId,
      bookingId: tonight.bookingId,
    });
    expect(tonightCancelled.refundDueFen).toBe(Math.floor(tonight.totalFen / 2));
    const again = await cancelBooking(context(), { userId: buyer.userId, bookingId: tonight.bookingId });
    expect(again.refundDueFen).toBe(tonightCancelled.refundDueFen);
    const { seats } = await getSeatAvailability(context(), { sessionId: "ses_mayday_3", limit: 500 });
    expect(seats.some((seat) => seat.seatId === farAhead.tickets[0]?.seatId)).toBe(true);
  });

  it("releases a lapsed hold's seats when the clock passes its expiry, and refuses to book it", async () => {
    const buyer = await ticketBuyer(context());
    const seatIds = await freeSeats("ses_eason_1", 3);
    const hold = await holdSeats(context(), {
      userId: buyer.userId,
      sessionId: "ses_eason_1",
      seatIds,
      idempotencyKey: freshKey(),
    });
    const intentId = await buyer.authorize(hold.totalFen);
    const expired: WorldEvent[] = [];
    const unsubscribe = context().bus.subscribe("tickets.hold_expired", (event) => {
      expired.push(event);
    });
    await world().advance(11 * 60_000);
    unsubscribe();
    expect(expired.map((event) => event.subjectId)).toContain(hold.holdId);
    expect((await getHold(context(), { userId: buyer.userId, holdId: hold.holdId })).status).toBe("expired");
    const { seats } = await getSeatAvailability(context(), { sessionId: "ses_eason_1", limit: 500 });
    for (const seatId of seatIds) expect(seats.some((seat) => seat.seatId === seatId)).toBe(true);
    await expect(
      bookHold(context(), {
        userId: buyer.userId,
        holdId: hold.holdId,
        paymentIntentId: intentId,
        idempotencyKey: freshKey(),
      }),
    ).rejects.toMatchObject({ code: "hold_expired" });
  });

  it("refuses to cancel once the performance has started", async () => {
    const buyer = await ticketBuyer(context());
    const hold = await holdSeats(context(), {
      userId: buyer.userId,
      sessionId: "ses_xiha_1",
      seatIds: await freeSeats("ses_xiha_1", 1),
      idempotencyKey: freshKey(),
    });
    const booking = await bookHold(context(), {
      userId: buyer.userId,
      holdId: hold.holdId,
      paymentIntentId: await buyer.authorize(hold.totalFen),
      idempotencyKey: freshKey(),
    });
    // Xiha plays at 19:30 on the world's first day; move past the start.
    await world().advance(12 * HOUR);
    await expect(
      cancelBooking(context(), { userId: buyer.userId, bookingId: booking.bookingId }),
    ).rejects.toMatchObject({
      code: "cancellation_closed",
    });
  });
});
