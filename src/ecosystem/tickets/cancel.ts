import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import { type BookingView, getBooking } from "./booking-view.ts";
import { eventRefundRule, refundDueFen } from "./refund-rule.ts";

/**
 * Flips a confirmed booking to cancelled with `changes`, voids its e-tickets and frees its seats, in
 * one transaction; false when someone else cancelled it a moment ago (their refund stands, and ours
 * must not double it).
 */
export async function voidBooking(
  context: ServiceContext,
  bookingId: string,
  changes: { refund_due_fen: number; cancelled_at: number; refund_requested_at?: number },
): Promise<boolean> {
  return context.db.transaction().execute(async (trx) => {
    const flipped = await trx
      .updateTable("tickets_bookings")
      .set({ status: "cancelled", ...changes })
      .where("id", "=", bookingId)
      .where("status", "=", "confirmed")
      .executeTakeFirst();
    if (Number(flipped.numUpdatedRows) !== 1) return false;
    await trx
      .updateTable("tickets_tickets")
      .set({ status: "void" })
      .where("booking_id", "=", bookingId)
      .execute();
    await trx
      .updateTable("tickets_seats")
      .set({ status: "available", hold_id: null, booking_id: null })
      .where("booking_id", "=", bookingId)
      .execute();
    return true;
  });
}

/**
 * Cancels a confirmed booking under the refund rule, voids its e-tickets and puts the seats back on
 * sale. It records `refundDueFen`; the agent refunds that through pay. Cancelling again returns the
 * cancelled booking unchanged.
 */
export async function cancelBooking(
  context: ServiceContext,
  request: { userId: string; bookingId: string },
): Promise<BookingView> {
  const booking = await context.db
    .selectFrom("tickets_bookings")
    .innerJoin("tickets_sessions", "tickets_sessions.id", "tickets_bookings.session_id")
    .innerJoin("tickets_events", "tickets_events.id", "tickets_bookings.event_id")
    .select([
      "tickets_events.refund_cutoff_hours as refund_cutoff_hours",
      "tickets_events.refund_after_cutoff_percent as refund_after_cutoff_percent",
      "tickets_bookings.id as id",
      "tickets_bookings.status as status",
      "tickets_bookings.total_fen as totalFen",
      "tickets_bookings.payment_intent_id as paymentIntentId",
      "tickets_sessions.starts_at as startsAt",
    ])
    .where("tickets_bookings.id", "=", request.bookingId)
    .where("tickets_bookings.user_id", "=", request.userId)
    .executeTakeFirst();
  if (!booking) throw notFound("booking", request.bookingId, "bookingId");
  if (booking.status === "cancelled") return getBooking(context, request);

  const now = context.clock.now();
  const refund = refundDueFen(booking.totalFen, booking.startsAt, now, eventRefundRule(booking));
  const cancelled = await voidBooking(context, booking.id, { refund_due_fen: refund, cancelled_at: now });
  if (cancelled) {
    await context.bus.publish({
      type: "tickets.booking_cancelled",
      at: now,
      userId: request.userId,
      subjectId: booking.id,
      data: { refundDueFen: refund, totalFen: booking.totalFen, paymentIntentId: booking.paymentIntentId },
    });
  }
  return getBooking(context, request);
}
