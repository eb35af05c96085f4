import { z } from "zod";
import type { ServiceContext } from "../../../kernel/context.ts";
import { DimpleError, notFound } from "../../../kernel/errors.ts";
import { yuanDigits } from "../../../kernel/money.ts";
import { zodErrorBody } from "../../../kernel/tool.ts";
import { refundPayment } from "../../pay/index.ts";
import { type BookingView, getBooking } from "../booking-view.ts";
import { voidBooking } from "../cancel.ts";
import { eventRefundRule } from "../refund-rule.ts";

export const TicketRefundInput = z.object({
  userId: z.string().trim().min(1).max(40).describe("The signed-in user's id"),
  bookingId: z.string().trim().min(1).max(40).describe("The booking to refund"),
});

/** What a refund request on a booking gives back now, and which part of the event's rule says so. */
export interface TicketRefundAssessment {
  bookingId: string;
  totalFen: number;
  refundFen: number;
  /** organiser_change: the organiser cancelled or moved the show; before_cutoff / after_cutoff: the rule. */
  basis: "organiser_change" | "before_cutoff" | "after_cutoff";
  cutoffAt: number;
  decision: { code: string; zh: string; en: string };
}

function parse(raw: unknown): z.output<typeof TicketRefundInput> {
  const parsed = TicketRefundInput.safeParse(raw);
  if (parsed.success) return parsed.data;
  const body = zodErrorBody(parsed.error);
  throw new DimpleError(body.code, body.message, body.field ? { field: body.field } : {});
}

async function loadBooking(context: ServiceContext, userId: string, bookingId: string) {
  const row = await context.db
    .selectFrom("tickets_bookings")
    .innerJoin("tickets_sessions", "tickets_sessions.id", "tickets_bookings.session_id")
    .innerJoin("tickets_events", "tickets_events.id", "tickets_bookings.event_id")
    .select([
      "tickets_bookings.id as id",
      "tickets_bookings.status as status",
      "tickets_bookings.total_fen as totalFen",
      "tickets_bookings.payment_intent_id as paymentIntentId",
      "tickets_bookings.refund_due_fen as refundDueFen",
      "tickets_bookings.refund_requested_at as refundRequestedAt",
      "tickets_bookings.refund_id as refundId",
      "tickets_sessions.starts_at as startsAt",
      "tickets_sessions.change_kind as changeKind",
      "tickets_events.refund_cutoff_hours as refund_cutoff_hours",
      "tickets_events.refund_after_cutoff_percent as refund_after_cutoff_percent",
    ])
    .where("tickets_bookings.id", "=", bookingId)
    .where("tickets_bookings.user_id", "=", userId)
    .executeTakeFirst();
  if (!row) throw notFound("booking", bookingId, "bookingId");
  return row;
}

/**
 * The event's refund rule applied to a booking now: a full refund when the organiser cancelled or
 * rescheduled the show (the user declines the change), else full before the cut-off and the rule's
 * share after it; nothing once the show has started.
 */
export async function previewTicketRefund(
  context: ServiceContext,
  request: z.input<typeof TicketRefundInput>,
): Promise<TicketRefundAssessment> {
  const input = parse(request);
  const booking = await loadBooking(context, input.userId, input.bookingId);
  if (booking.status !== "confirmed")
    throw new DimpleError("booking_not_refundable", `booking ${booking.id} is ${booking.status}`, {
      field: "bookingId",
      status: 409,
    });
  const rule = eventRefundRule(booking);
  const now = context.clock.now();
  const cutoffAt = Number(booking.startsAt) - rule.cutoffHours * 3_600_000;
  const common = { bookingId: booking.id, totalFen: booking.totalFen, cutoffAt };
  if (booking.changeKind) {
    const what =
      booking.changeKind === "cancelled"
        ? ["主办方取消了演出", "the organiser cancelled the show"]
        : ["主办方改期了演出", "the organiser rescheduled the show"];
    return {
      ...common,
      refundFen: booking.totalFen,
      basis: "organiser_change",
      decision: {
        code: "organiser_change",
        zh: `${what[0]}，不接受变更可全额退款 ¥${yuanDigits(booking.totalFen)}`,
        en: `${what[1]}; declining the change refunds all ¥${yuanDigits(booking.totalFen)}`,
      },
    };
  }
  if (now >= Number(booking.startsAt))
    throw new DimpleError(
      "cancellation_closed",
      "the performance has already started; tickets can no longer be refunded",
      {
        field: "bookingId",
        status: 409,
      },
    );
  if (now < cutoffAt)
    return {
      ...common,
      refundFen: booking.totalFen,
      basis: "before_cutoff",
      decision: {
        code: "before_cutoff",
        zh: `开演前 ${rule.cutoffHours} 小时以上退票，全额退款 ¥${yuanDigits(booking.totalFen)}`,
        en: `More than ${rule.cutoffHours} h before the start: a full refund of ¥${yuanDigits(booking.totalFen)}`,
      },
    };
  const refundFen = Math.floor((booking.totalFen * rule.afterCutoffPercent) / 100);
  return {
    ...common,
    refundFen,
    basis: "after_cutoff",
    decision:
      refundFen > 0
        ? {
            code: "after_cutoff",
            zh: `开演前 ${rule.cutoffHours} 小时内退票，按规则退 ${rule.afterCutoffPercent}%，即 ¥${yuanDigits(refundFen)}`,
            en: `Within ${rule.cutoffHours} h of the start, the rule refunds ${rule.afterCutoffPercent}%: ¥${yuanDigits(refundFen)}`,
          }
        : {
            code: "no_refund_after_cutoff",
            zh: `这场演出开演前 ${rule.cutoffHours} 小时内不退票`,
            en: `This event gives no refunds within ${rule.cutoffHours} h of the start`,
          },
  };
}

/**
 * Refunds a booking under the event's rule: the tickets are voided and the seats freed, and the
 * service refunds through pay with a key derived from the booking, so any number of requests (or a
 * retry after a crash) refund once. A request that would refund nothing is refused and the tickets
 * stay valid.
 */
export async function requestTicketRefund(
  context: ServiceContext,
  request: z.input<typeof TicketRefundInput>,
): Promise<BookingView & { refundedFen: number; decision: TicketRefundAssessment["decision"] }> {
  const input = parse(request);
  let booking = await loadBooking(context, input.userId, input.bookingId);
  let decision: TicketRefundAssessment["decision"] | undefined;
  if (booking.status === "confirmed") {
    const assessment = await previewTicketRefund(context, input);
    decision = assessment.decision;
    if (assessment.refundFen <= 0)
      throw new DimpleError("no_refund_due", assessment.decision.en, {
        field: "bookingId",
        status: 409,
        details: { zh: assessment.decision.zh, cutoffAt: assessment.cutoffAt },
      });
    const now = context.clock.now();
    await voidBooking(context, booking.id, {
      refund_due_fen: assessment.refundFen,
      cancelled_at: now,
      refund_requested_at: now,
    });
    booking = await loadBooking(context, input.userId, input.bookingId);
  }
  if (booking.refundRequestedAt === null)
    throw new DimpleError(
      "booking_not_refundable",
      `booking ${booking.id} was cancelled; its refund is the cancellation's`,
      {
        field: "bookingId",
        status: 409,
      },
    );
  let refundedFen = booking.refundDueFen;
  if (booking.refundId === null) {
    const { refund } = await refundPayment(context, {
      intentId: booking.paymentIntentId,
      amountFen: booking.refundDueFen,
      reason: `ticket refund ${booking.id}`,
      idempotencyKey: `ticket-refund:${booking.id}`,
    });
    refundedFen = refund.amountFen;
    const stored = await context.db
      .updateTable("tickets_bookings")
      .set({ refund_id: refund.id })
      .where("id", "=", booking.id)
      .where("refund_id", "is", null)
      .executeTakeFirst();
    if (Number(stored.numUpdatedRows) === 1)
      await context.bus.publish({
        type: "tickets.booking_refunded",
        at: context.clock.now(),
        userId: input.userId,
        subjectId: booking.id,
        data: { refundedFen, refundId: refund.id },
      });
  }
  const view = await getBooking(context, input);
  return {
    ...view,
    refundedFen,
    decision: decision ?? { code: "refunded", zh: "已退款", en: "Refunded" },
  };
}
