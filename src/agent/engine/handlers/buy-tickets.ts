import { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import { zoneClock, zoneDate } from "../../../kernel/time-zone.ts";
import type { QuoteLine, TaskEvent } from "../../events.ts";
import { formatFen } from "../../format.ts";
import { callOrThrow, ToolCallError, type ToolClient } from "../../tools/client.ts";
import type { QuoteOutcome, TaskKindHandler } from "../handler.ts";
import { type TaskRow, taskTitles } from "../task-store.ts";
import { parseServiceOutput } from "./service-output.ts";

const Args = z.object({
  eventId: z.string().min(1),
  sessionId: z.string().min(1),
  seatIds: z.array(z.string().min(1)).min(1).max(6),
  count: z.number().int().positive().max(6).optional(),
  together: z.boolean().optional(),
  maxPriceFen: z.number().int().positive().optional(),
});

const Hold = z.object({
  holdId: z.string(),
  sessionId: z.string(),
  eventId: z.string(),
  seats: z.array(
    z.object({
      seatId: z.string(),
      section: z.string(),
      row: z.number(),
      seat: z.number(),
      tierNameZh: z.string(),
      tierNameEn: z.string(),
      priceFen: z.number().int(),
    }),
  ),
  totalFen: z.number().int().positive(),
  status: z.string(),
  expiresAt: z.number(),
});
const EventDetail = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  venue: z.object({ nameZh: z.string(), nameEn: z.string() }),
  sessions: z.array(z.object({ sessionId: z.string(), startsAt: z.number(), startsAtLocal: z.string() })),
});
const Adjacent = z.object({ options: z.array(z.object({ seatIds: z.array(z.string()) })) });
const Booking = z.object({
  bookingId: z.string(),
  status: z.string(),
  event: z.object({ nameZh: z.string(), nameEn: z.string() }),
  session: z.object({ startsAtLocal: z.string() }),
  tickets: z.array(z.object({ section: z.string(), row: z.number(), seat: z.number(), code: z.string() })),
  refundDueFen: z.number().int(),
});

/** Event tickets: hold the seats as the quote, book with the authorized payment, capture at once. */
export const buyTicketsHandler: TaskKindHandler = {
  kind: "buy_tickets",
  captureOn: "place",
  // Issued tickets are the task done (issue 13): the card says 已出票 and the task says completed.
  completeOnPlace: true,
  // ...and can still be given back under the event's rule, or in full when the show is cancelled.
  cancelWhenCompleted: true,
  eventPrefix: "tickets.",

  async quote(tools: ToolClient, task: TaskRow, rawArgs: Record<string, unknown>): Promise<QuoteOutcome> {
    const parsed = Args.safeParse(rawArgs);
    if (!parsed.success)
      throw new DimpleError("invalid_argument", "the ticket request is incomplete", { field: "args" });
    const args = parsed.data;
    const hold = await holdSeats(tools, task, args);
    const event = parseServiceOutput(
      EventDetail,
      await callOrThrow(tools, "tickets_event_detail", { eventId: hold.eventId }),
      "tickets_event_detail",
    );
    const session = event.sessions.find((candidate) => candidate.sessionId === hold.sessionId);
    const lines: QuoteLine[] = hold.seats.map((seat) => ({
      name: `${seat.tierNameZh} ${seat.section}区 ${seat.row}排${seat.seat}号`,
      nameEn: `${seat.tierNameEn}, ${seat.section} row ${seat.row} seat ${seat.seat}`,
      qty: 1,
      unitFen: seat.priceFen,
      lineFen: seat.priceFen,
    }));
    return {
      card: {
        merchant: event.nameZh,
        merchantEn: event.nameEn,
        lines,
        totalFen: hold.totalFen,
        address: `${event.venue.nameZh} · ${session?.startsAtLocal ?? ""}`.trim(),
        addressEn: `${event.venue.nameEn} · ${session?.startsAtLocal ?? ""}`.trim(),
        expiresAt: hold.expiresAt,
      },
      binding: {
        eventId: hold.eventId,
        sessionId: hold.sessionId,
        holdId: hold.holdId,
        seats: hold.seats.map((seat) => ({ seatId: seat.seatId, priceFen: seat.priceFen })),
        expiresAt: hold.expiresAt,
      },
      quoteId: hold.holdId,
      amountFen: hold.totalFen,
      payee: `merchant:${hold.eventId}`,
      expiresAt: hold.expiresAt,
      titles: { zh: `${event.nameZh} ×${lines.length}`, en: `${event.nameEn} ×${lines.length}` },
    };
  },

  async place(tools, task, intentId, idempotencyKey) {
    const raw = await callOrThrow(tools, "tickets_book", {
      userId: task.user_id,
      holdId: task.quote_id,
      paymentIntentId: intentId,
      idempotencyKey,
    });
    return { orderId: parseServiceOutput(Booking, raw, "tickets_book").bookingId };
  },

  async cancel(tools, task) {
    const raw = await callOrThrow(tools, "tickets_cancel_booking", {
      userId: task.user_id,
      bookingId: task.order_id,
    });
    return { refundFen: parseServiceOutput(Booking, raw, "tickets_cancel_booking").refundDueFen };
  },

  // An organiser who cancels the show: the tickets are refunded in full at once, without being asked
  // (the service refunds once per booking, keyed by it, so asking again refunds nothing more). If
  // the service refuses, `onEvent` tells the user how to ask.
  async settleEvent(tools, event, task) {
    if (event.type !== "tickets.session_changed" || event.data?.kind !== "cancelled") return undefined;
    if (!["in_fulfilment", "completed"].includes(task.status) || !task.order_id) return undefined;
    const refund = await callOrThrow<{ refundedFen?: number }>(tools, "tickets_request_refund", {
      userId: task.user_id,
      bookingId: task.order_id,
    }).catch(() => undefined);
    if (!refund) return undefined;
    const refundedFen = refund.refundedFen ?? task.paid_fen;
    const titles = taskTitles(task);
    return {
      type: "refunded",
      refundedFen,
      message: {
        zh: `主办方取消了「${titles.zh}」，票款 ${formatFen(refundedFen)} 已全额原路退回，不用您操作。`,
        en: `The organiser cancelled "${titles.en}". All ${formatFen(refundedFen)} is refunded to how you paid; nothing for you to do.`,
      },
    };
  },

  // Booking and cancelling are the engine's own steps; the service's events about them add nothing.
  // An organiser's change is news: the holder is told at once, with the way out (a full refund).
  onEvent: (event, task) => {
    if (event.type !== "tickets.session_changed") return { type: "ignore" };
    const titles = taskTitles(task);
    const startsAt = typeof event.data?.startsAt === "number" ? event.data.startsAt : undefined;
    const when = startsAt ? `${zoneDate(startsAt).slice(5)} ${zoneClock(startsAt)}` : "";
    return event.data?.kind === "cancelled"
      ? {
          type: "notify",
          message: {
            zh: `主办方取消了「${titles.zh}」。说「退票」我帮你全额退款。`,
            en: `The organiser cancelled "${titles.en}". Say "refund my tickets" and I'll get all your money back.`,
          },
        }
      : {
          type: "notify",
          message: {
            zh: `主办方把「${titles.zh}」改期到 ${when}。不接受的话，说「退票」我帮你全额退款。`,
            en: `The organiser moved "${titles.en}" to ${when}. If that doesn't suit you, say "refund my tickets" and I'll get all your money back.`,
          },
        };
  },

  async describe(tools, task): Promise<Partial<TaskEvent>> {
    if (!task.order_id) return {};
    const result = await tools.call("tickets_get_booking", {
      userId: task.user_id,
      bookingId: task.order_id,
    });
    const booking = result.ok ? Booking.safeParse(result.data) : undefined;
    if (!booking?.success || booking.data.status !== "confirmed") return {};
    const { tickets } = booking.data;
    return {
      ticket: {
        code: tickets.map((ticket) => ticket.code).join(","),
        eventName: booking.data.event.nameZh,
        session: booking.data.session.startsAtLocal,
        seats: tickets.map((ticket) => `${ticket.section}区 ${ticket.row}排${ticket.seat}号`),
        eventNameEn: booking.data.event.nameEn,
        seatsEn: tickets.map((ticket) => `Section ${ticket.section}, row ${ticket.row}, seat ${ticket.seat}`),
      },
    };
  },
};

/**
 * Holds the seats the planner chose. The first quote's key is the task's own, so a retried quote
 * holds once; a re-quote (the hold expired) needs a fresh key. If someone took a seat meanwhile,
 * seats side by side within the user's budget are looked up again once.
 */
async function holdSeats(
  tools: ToolClient,
  task: TaskRow,
  args: z.output<typeof Args>,
): Promise<z.output<typeof Hold>> {
  const key = task.quote_id ? `${task.id}:hold:${task.updated_at}` : `${task.id}:hold`;
  const hold = (seatIds: string[], idempotencyKey: string) =>
    callOrThrow(tools, "tickets_hold_seats", {
      userId: task.user_id,
      sessionId: args.sessionId,
      seatIds,
      idempotencyKey,
    }).then((raw) => parseServiceOutput(Hold, raw, "tickets_hold_seats"));
  try {
    return await hold(args.seatIds, key);
  } catch (error) {
    if (!(error instanceof ToolCallError) || error.code !== "seat_unavailable") throw error;
    const seatIds = await findAgain(tools, args);
    if (!seatIds) throw error;
    return hold(seatIds, `${key}:again`);
  }
}

async function findAgain(tools: ToolClient, args: z.output<typeof Args>): Promise<string[] | undefined> {
  const count = args.seatIds.length;
  // Without a budget, the next-best block could cost more than the seats planned; let the user re-ask.
  if (count > 1 && args.together !== false && args.maxPriceFen) {
    const raw = await callOrThrow(tools, "tickets_find_adjacent_seats", {
      sessionId: args.sessionId,
      count,
      maxPriceFen: args.maxPriceFen,
    });
    return parseServiceOutput(Adjacent, raw, "tickets_find_adjacent_seats").options[0]?.seatIds;
  }
  return undefined;
}
