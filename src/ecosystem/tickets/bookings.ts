import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, notFound } from "../../kernel/errors.ts";
import { findKeyedRow, isUniqueViolation, requestHash } from "../../kernel/idempotency.ts";
import { requireAuthorization } from "../pay/authorization-check.ts";
import { maybeOrganiserChange } from "./after-sale/organiser.ts";
import { type BookingView, getBooking } from "./booking-view.ts";

export interface BookRequest {
  userId: string;
  holdId: string;
  /** A pay intent authorized (status requires_capture) for exactly the hold's total. */
  paymentIntentId: string;
  idempotencyKey: string;
}

/**
 * Turns an active hold into a confirmed booking with one e-ticket per seat, once the payment intent
 * is authorized for exactly the total. The agent captures the intent afterwards. A retry with the
 * same key and body returns the same booking.
 */
export async function bookHold(context: ServiceContext, request: BookRequest): Promise<BookingView> {
  const hash = requestHash({ holdId: request.holdId, paymentIntentId: request.paymentIntentId });
  const replay = await findReplay(context, request, hash);
  if (replay) return replay;

  const now = context.clock.now();
  const hold = await context.db
    .selectFrom("tickets_holds")
    .innerJoin("tickets_sessions", "tickets_sessions.id", "tickets_holds.session_id")
    .select([
      "tickets_holds.id as id",
      "tickets_holds.status as status",
      "tickets_holds.expires_at as expiresAt",
      "tickets_holds.total_fen as totalFen",
      "tickets_holds.seat_ids as seatIds",
      "tickets_holds.session_id as sessionId",
      "tickets_sessions.event_id as eventId",
    ])
    .where("tickets_holds.id", "=", request.holdId)
    .where("tickets_holds.user_id", "=", request.userId)
    .executeTakeFirst();
  if (!hold) throw notFound("hold", request.holdId, "holdId");
  if (hold.status === "booked") {
    throw new DimpleError("hold_already_booked", `hold ${request.holdId} was already booked`, {
      field: "holdId",
      status: 409,
    });
  }
  if (hold.status !== "active" || hold.expiresAt <= now) throw holdExpired(request.holdId);
  await requireAuthorization(context, {
    intentId: request.paymentIntentId,
    userId: request.userId,
    amount: { exactFen: hold.totalFen },
  });

  const bookingId = context.ids.next("bkg");
  const seatCount = (JSON.parse(hold.seatIds) as string[]).length;
  try {
    await context.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("tickets_bookings")
        .values({
          id: bookingId,
          user_id: request.userId,
          hold_id: hold.id,
          session_id: hold.sessionId,
          event_id: hold.eventId,
          total_fen: hold.totalFen,
          payment_intent_id: request.paymentIntentId,
          status: "confirmed",
          refund_due_fen: 0,
          cancelled_at: null,
          idempotency_key: request.idempotencyKey,
          request_hash: hash,
          created_at: now,
        })
        .execute();
      // Only a still-active, unexpired hold can be booked; the expiry sweep uses the same condition.
      const claimed = await trx
        .updateTable("tickets_holds")
        .set({ status: "booked" })
        .where("id", "=", hold.id)
        .where("status", "=", "active")
        .where("expires_at", ">", now)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) throw holdExpired(request.holdId);
      const sold = await trx
        .updateTable("tickets_seats")
        .set({ status: "sold", booking_id: bookingId })
        .where("hold_id", "=", hold.id)
        .where("status", "=", "held")
        .executeTakeFirst();
      if (Number(sold.numUpdatedRows) !== seatCount) throw holdExpired(request.holdId);
      const seats = await trx
        .selectFrom("tickets_seats")
        .innerJoin("tickets_tiers", "tickets_tiers.id", "tickets_seats.tier_id")
        .select([
          "tickets_seats.id as id",
          "tickets_seats.section as section",
          "tickets_seats.row_number as row",
          "tickets_seats.seat_number as seat",
          "tickets_tiers.name_zh as tierNameZh",
          "tickets_tiers.name_en as tierNameEn",
          "tickets_tiers.price_fen as priceFen",
        ])
        .where("tickets_seats.booking_id", "=", bookingId)
        .orderBy("tickets_seats.id")
        .execute();
      await trx
        .insertInto("tickets_tickets")
        .values(
          seats.map((seat) => ({
            id: context.ids.next("tkt"),
            booking_id: bookingId,
            seat_id: seat.id,
            section: seat.section,
            row_number: seat.row,
            seat_number: seat.seat,
            tier_name_zh: seat.tierNameZh,
            tier_name_en: seat.tierNameEn,
            price_fen: seat.priceFen,
            code: ticketCode(context),
            status: "valid",
          })),
        )
        .execute();
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findReplay(context, request, hash);
    if (winner) return winner;
    // Same hold or same payment intent, but under another key: a second booking must not happen.
    throw new DimpleError(
      "already_booked",
      "this hold or payment intent is already used by another booking",
      {
        field: "holdId",
        status: 409,
      },
    );
  }
  const booking = await getBooking(context, { userId: request.userId, bookingId });
  await maybeOrganiserChange(context, hold.sessionId);
  await context.bus.publish({
    type: "tickets.booking_confirmed",
    at: now,
    userId: request.userId,
    subjectId: bookingId,
    data: { holdId: hold.id, totalFen: hold.totalFen, paymentIntentId: request.paymentIntentId },
  });
  return booking;
}

async function findReplay(
  context: ServiceContext,
  request: BookRequest,
  hash: string,
): Promise<BookingView | undefined> {
  const bookingId = await findKeyedRow(context, "tickets_bookings", request, hash);
  return bookingId === undefined ? undefined : getBooking(context, { userId: request.userId, bookingId });
}

function holdExpired(holdId: string): DimpleError {
  return new DimpleError("hold_expired", `hold ${holdId} has expired; hold the seats again`, {
    field: "holdId",
    status: 409,
  });
}

// E-ticket codes are what a gate scanner reads: "DM" and ten digits, unique across all tickets.
function ticketCode(context: ServiceContext): string {
  let digits = "";
  for (let index = 0; index < 10; index++) digits += String(context.random.int(0, 9));
  return `DM${digits}`;
}
