import { DimpleError } from "../../kernel/errors.ts";

/** Hours before the start above which a cancelled booking is refunded in full. */
export const FULL_REFUND_HOURS = 48;

/** The refund rule in words, for tool descriptions and for the user. */
export const REFUND_RULE_TEXT =
  "Full refund when cancelled more than 48 h before the start; 50% within 48 h; no cancellation once it has started. " +
  "开演前48小时以上取消全额退款；48小时内退50%；开演后不可取消。";

/** An event's refund rule, as stored on the event: full refund until the cut-off, then a share. */
export interface RefundRule {
  cutoffHours: number;
  afterCutoffPercent: number;
}

/** The rule events had before it became data, and still the default. */
export const DEFAULT_REFUND_RULE: RefundRule = { cutoffHours: FULL_REFUND_HOURS, afterCutoffPercent: 50 };

/**
 * What a cancellation refunds now under the event's rule: everything before the cut-off (by default
 * more than 48 h ahead), the rule's share after it (by default half, rounded down to the fen), and
 * nothing once the show has started, when cancelling is refused altogether.
 */
export function refundDueFen(
  totalFen: number,
  startsAt: number,
  now: number,
  rule: RefundRule = DEFAULT_REFUND_RULE,
): number {
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
  if (startsAt - now > rule.cutoffHours * 3_600_000) return totalFen;
  return Math.floor((totalFen * rule.afterCutoffPercent) / 100);
}

/** The refund a cancellation would give right now, or undefined when cancelling is no longer possible. */
export function refundQuoteFen(
  totalFen: number,
  startsAt: number,
  now: number,
  rule: RefundRule = DEFAULT_REFUND_RULE,
): number | undefined {
  return now >= startsAt ? undefined : refundDueFen(totalFen, startsAt, now, rule);
}

/** An event row's refund rule. */
export function eventRefundRule(event: {
  refund_cutoff_hours: number;
  refund_after_cutoff_percent: number;
}): RefundRule {
  return { cutoffHours: event.refund_cutoff_hours, afterCutoffPercent: event.refund_after_cutoff_percent };
}
