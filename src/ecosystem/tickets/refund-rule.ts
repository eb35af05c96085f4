import { DimpleError } from "../kernel/errors.ts";

/** Hours before the start above which a cancelled booking is refunded in full. */
export const FULL_REFUND_HOURS = 48;

/** The refund rule in words, for tool descriptions and for the user. */
export const REFUND_RULE_TEXT =
  "Full refund when cancelled more than 48 h before the start; 50% within 48 h; no cancellation once it has started. " +
  "开演前48小时以上取消全额退款；48小时内退50%；开演后不可取消。";

/**
 * What a cancellation refunds now: everything more than 48 h ahead, half (rounded down to the fen)
 * within 48 h, and nothing once the show has started, when cancelling is refused altogether.
 */
export function refundDueFen(totalFen: number, startsAt: number, now: number): number {
  if (now >= startsAt) {
    throw new DimpleError(
      "cancellation_closed",
      "the performance has already started; tickets can no longer be cancelled",
      {
        field: "bookingId",
        status: 409,
      },
    );
  }
  if (startsAt - now > FULL_REFUND_HOURS * 3_600_000) return totalFen;
  return Math.floor(totalFen / 2);
}

/** The refund a cancellation would give right now, or undefined when cancelling is no longer possible. */
export function refundQuoteFen(totalFen: number, startsAt: number, now: number): number | undefined {
  return now >= startsAt ? undefined : refundDueFen(totalFen, startsAt, now);
}
