import type { Selectable } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, invalid, notFound } from "../../kernel/errors.ts";
import { findKeyedRow, isUniqueViolation, requestHash } from "../../kernel/idempotency.ts";
import { HOLD_MINUTES, releaseExpiredHolds } from "./hold-expiry.ts";
import { formatShanghai } from "./schedule.ts";
import type { TicketsHoldsTable } from "./tables.ts";

/** The most seats one hold may take, as ticketing sites cap them per order. */
export const MAX_SEATS_PER_HOLD = 6;

export interface HoldRequest {
  userId: string;
  sessionId: string;
  seatIds: string[];
  idempotencyKey: string;
}

export interface HoldView {
  holdId: string;
  userId: string;
  sessionId: string;
  eventId: string;
  seats: {
    seatId: string;
    section: string;
    row: number;
    seat: number;
    tierNameZh: string;
    tierNameEn: string;
    priceFen: number;
  }[];
  totalFen: number;
  /** active | booked | expired */
  status: string;
  expiresAt: number;
  expiresAtLocal: string;
}

/**
 * Holds seats for `HOLD_MINUTES` so the user can pay: all of them or none, and never a seat someone
 * else holds or bought. A retry with the same key and seats returns the same hold.
 */
export async function holdSeats(context: ServiceContext, request: HoldRequest): Promise<HoldView> {
  const seatIds = [...new Set(request.seatIds)];
  if (seatIds.length === 0) throw invalid("seatIds", "choose at least one seat");
  if (seatIds.length !== request.seatIds.length) throw invalid("seatIds", "a seat is listed twice");
  if (seatIds.length > MAX_SEATS_PER_HOLD) {
    throw invalid("seatIds", `at most ${MAX_SEATS_PER_HOLD} seats can be held at once`);
  }
  const hash = requestHash({ sessionId: request.sessionId, seatIds: [...seatIds].sort() });
  const replay = await findReplay(context, request, hash);
  if (replay) return replay;

  const now = context.clock.now();
  const session = await context.db
    .selectFrom("tickets_sessions")
    .select(["id", "status", "starts_at"])
    .where("id", "=", request.sessionId)
    .executeTakeFirst();
  if (!session) throw notFound("session", request.sessionId, "sessionId");
  if (session.status !== "on_sale" || session.starts_at <= now) {
    throw new DimpleError("sales_closed", `session ${request.sessionId} is no longer on sale`, {
      field: "sessionId",
      status: 409,
    });
  }
  const injected = context.faults.trip("tickets", "seat_taken");
  if (injected) throw injected;

  const seats = await context.db
    .selectFrom("tickets_seats")
    .innerJoin("tickets_tiers", "tickets_tiers.id", "tickets_seats.tier_id")
    .select(["tickets_seats.id as id", "tickets_tiers.price_fen as priceFen"])
    .where("tickets_seats.session_id", "=", request.sessionId)
    .where("tickets_seats.id", "in", seatIds)
    .execute();
  const missing = seatIds.find((seatId) => !seats.some((seat) => seat.id === seatId));
  if (missing) throw notFound("seat", `${missing} in session ${request.sessionId}`, "seatIds");
  await releaseExpiredHolds(context, now, request.sessionId);

  const holdId = context.ids.next("hold");
  try {
    await context.db.transaction().execute(async (trx) => {
      // The hold row goes first: a concurrent retry with the same key then waits on its unique index
      // instead of racing for the seats.
      await trx
        .insertInto("tickets_holds")
        .values({
          id: holdId,
          user_id: request.userId,
          session_id: request.sessionId,
          seat_ids: JSON.stringify(seatIds),
          total_fen: seats.reduce((sum, seat) => sum + seat.priceFen, 0),
          status: "active",
          expires_at: now + HOLD_MINUTES * 60_000,
          idempotency_key: request.idempotencyKey,
          request_hash: hash,
          created_at: now,
        })
        .execute();
      // Seats are taken one by one in id order, so two multi-seat holds always lock in the same order
      // and cannot deadlock; the status condition is what makes overselling impossible.
      for (const seatId of [...seatIds].sort()) {
        const taken = await trx
          .updateTable("tickets_seats")
          .set({ status: "held", hold_id: holdId })
          .where("id", "=", seatId)
          .where("session_id", "=", request.sessionId)
          .where("status", "=", "available")
          .executeTakeFirst();
        if (Number(taken.numUpdatedRows) !== 1) {
          throw new DimpleError("seat_unavailable", `seat ${seatId} is already held or sold`, {
            field: "seatIds",
            status: 409,
            details: { seatId },
          });
        }
      }
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findReplay(context, request, hash);
    if (winner) return winner;
    throw error;
  }
  const view = await getHold(context, { userId: request.userId, holdId });
  await context.bus.publish({
    type: "tickets.hold_created",
    at: now,
    userId: request.userId,
    subjectId: holdId,
    data: { sessionId: request.sessionId, seatIds, totalFen: view.totalFen, expiresAt: view.expiresAt },
  });
  return view;
}

async function findReplay(
  context: ServiceContext,
  request: HoldRequest,
  hash: string,
): Promise<HoldView | undefined> {
  const holdId = await findKeyedRow(context, "tickets_holds", request, hash);
  return holdId === undefined ? undefined : getHold(context, { userId: request.userId, holdId });
}

/** A user's hold with its seats and prices; another user's hold is reported as not found. */
export async function getHold(
  context: ServiceContext,
  query: { userId: string; holdId: string },
): Promise<HoldView> {
  const hold = await context.db
    .selectFrom("tickets_holds")
    .selectAll()
    .where("id", "=", query.holdId)
    .where("user_id", "=", query.userId)
    .executeTakeFirst();
  if (!hold) throw notFound("hold", query.holdId, "holdId");
  return holdView(context, hold);
}

async function holdView(context: ServiceContext, hold: Selectable<TicketsHoldsTable>): Promise<HoldView> {
  const seatIds = JSON.parse(hold.seat_ids) as string[];
  const [seats, session] = await Promise.all([
    context.db
      .selectFrom("tickets_seats")
      .innerJoin("tickets_tiers", "tickets_tiers.id", "tickets_seats.tier_id")
      .select([
        "tickets_seats.id as seatId",
        "tickets_seats.section as section",
        "tickets_seats.row_number as row",
        "tickets_seats.seat_number as seat",
        "tickets_tiers.name_zh as tierNameZh",
        "tickets_tiers.name_en as tierNameEn",
        "tickets_tiers.price_fen as priceFen",
      ])
      .where("tickets_seats.id", "in", seatIds)
      .execute(),
    context.db
      .selectFrom("tickets_sessions")
      .select("event_id")
      .where("id", "=", hold.session_id)
      .executeTakeFirstOrThrow(),
  ]);
  const ordered = seatIds.flatMap((seatId) => seats.filter((seat) => seat.seatId === seatId));
  return {
    holdId: hold.id,
    userId: hold.user_id,
    sessionId: hold.session_id,
    eventId: session.event_id,
    seats: ordered,
    totalFen: hold.total_fen,
    // A lapsed hold the stepper has not swept yet is already as good as expired.
    status: hold.status === "active" && hold.expires_at <= context.clock.now() ? "expired" : hold.status,
    expiresAt: hold.expires_at,
    expiresAtLocal: formatShanghai(hold.expires_at),
  };
}
