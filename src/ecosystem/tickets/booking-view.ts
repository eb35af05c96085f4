import type { Selectable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import { eventRefundRule, refundQuoteFen } from "./refund-rule.ts";
import { formatShanghai } from "./schedule.ts";
import type { TicketsBookingsTable } from "./tables.ts";

export interface BookingView {
  bookingId: string;
  userId: string;
  /** confirmed | cancelled */
  status: string;
  event: { eventId: string; nameZh: string; nameEn: string; venueNameZh: string; venueNameEn: string };
  session: { sessionId: string; startsAt: number; startsAtLocal: string };
  tickets: {
    ticketId: string;
    seatId: string;
    section: string;
    row: number;
    seat: number;
    tierNameZh: string;
    tierNameEn: string;
    priceFen: number;
    /** The e-ticket code shown at the gate. */
    code: string;
    status: string;
  }[];
  totalFen: number;
  paymentIntentId: string;
  /** Refund owed after a cancellation; the agent refunds it through pay. */
  refundDueFen: number;
  /** What cancelling now would refund; null when it can no longer be cancelled. */
  refundIfCancelledNowFen: number | null;
  cancelledAt: number | null;
  createdAt: number;
}

/** A user's booking with its e-tickets; another user's booking is reported as not found. */
export async function getBooking(
  context: ServiceContext,
  query: { userId: string; bookingId: string },
): Promise<BookingView> {
  const booking = await context.db
    .selectFrom("tickets_bookings")
    .selectAll()
    .where("id", "=", query.bookingId)
    .where("user_id", "=", query.userId)
    .executeTakeFirst();
  if (!booking) throw notFound("booking", query.bookingId, "bookingId");
  return bookingView(context, booking);
}

/** A user's bookings, newest first. */
export async function listBookings(
  context: ServiceContext,
  query: { userId: string; status?: string; limit?: number },
): Promise<BookingView[]> {
  let select = context.db.selectFrom("tickets_bookings").selectAll().where("user_id", "=", query.userId);
  if (query.status) select = select.where("status", "=", query.status);
  const rows = await select
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(query.limit ?? 20)
    .execute();
  return Promise.all(rows.map((row) => bookingView(context, row)));
}

/** Assembles a booking's public shape from its row, event, session and tickets. */
export async function bookingView(
  context: ServiceContext,
  booking: Selectable<TicketsBookingsTable>,
): Promise<BookingView> {
  const [event, session, tickets] = await Promise.all([
    context.db
      .selectFrom("tickets_events")
      .select([
        "id",
        "name_zh",
        "name_en",
        "venue_name_zh",
        "venue_name_en",
        "refund_cutoff_hours",
        "refund_after_cutoff_percent",
      ])
      .where("id", "=", booking.event_id)
      .executeTakeFirstOrThrow(),
    context.db
      .selectFrom("tickets_sessions")
      .select(["id", "starts_at"])
      .where("id", "=", booking.session_id)
      .executeTakeFirstOrThrow(),
    context.db
      .selectFrom("tickets_tickets")
      .selectAll()
      .where("booking_id", "=", booking.id)
      .orderBy("section")
      .orderBy("row_number")
      .orderBy("seat_number")
      .execute(),
  ]);
  const now = context.clock.now();
  return {
    bookingId: booking.id,
    userId: booking.user_id,
    status: booking.status,
    event: {
      eventId: event.id,
      nameZh: event.name_zh,
      nameEn: event.name_en,
      venueNameZh: event.venue_name_zh,
      venueNameEn: event.venue_name_en,
    },
    session: {
      sessionId: session.id,
      startsAt: session.starts_at,
      startsAtLocal: formatShanghai(session.starts_at),
    },
    tickets: tickets.map((ticket) => ({
      ticketId: ticket.id,
      seatId: ticket.seat_id,
      section: ticket.section,
      row: ticket.row_number,
      seat: ticket.seat_number,
      tierNameZh: ticket.tier_name_zh,
      tierNameEn: ticket.tier_name_en,
      priceFen: ticket.price_fen,
      code: ticket.code,
      status: ticket.status,
    })),
    totalFen: booking.total_fen,
    paymentIntentId: booking.payment_intent_id,
    refundDueFen: booking.refund_due_fen,
    refundIfCancelledNowFen:
      booking.status === "confirmed"
        ? (refundQuoteFen(booking.total_fen, session.starts_at, now, eventRefundRule(event)) ?? null)
        : null,
    cancelledAt: booking.cancelled_at,
    createdAt: booking.created_at,
  };
}
