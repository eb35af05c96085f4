import { formatFen } from "../format.ts";
import { payeeOf, type UserPolicy } from "./policies.ts";
import type { RiskReason } from "./risk-score.ts";

/** What the user's own rules say about one payment. */
export interface PolicyCheck {
  block: boolean;
  stepUp: boolean;
  reasons: RiskReason[];
}

/**
 * Applies the user's policy: blocked or not-allowed merchants and the limits refuse the payment;
 * an amount above the step-up threshold asks for the PIN.
 */
export function policyReasons(
  policy: Omit<UserPolicy, "pinSet">,
  payment: {
    payee: string;
    payeeName: string;
    payeeNameEn?: string;
    amountFen: number;
    spentToday: number;
    /** A basket across shops pays several merchants: each is held to the lists (the limits to the total). */
    payees?: { payee: string; payeeName: string; payeeNameEn?: string }[];
  },
): PolicyCheck {
  const reasons: RiskReason[] = [];
  const blocked = (reason: Omit<RiskReason, "points">) => reasons.push({ ...reason, points: 100 });
  const { amountFen, spentToday } = payment;
  for (const { payee, payeeName, payeeNameEn = payeeName } of payment.payees ?? [payment]) {
    if (policy.merchantBlock.map(payeeOf).includes(payee))
      blocked({
        code: "merchant_blocked",
        zh: `您屏蔽了「${payeeName}」`,
        en: `you blocked ${payeeNameEn}`,
      });
    if (policy.merchantAllow.length > 0 && !policy.merchantAllow.map(payeeOf).includes(payee))
      blocked({
        code: "merchant_not_allowed",
        zh: `「${payeeName}」不在您允许的商家名单里`,
        en: `${payeeNameEn} is not on your list of allowed merchants`,
      });
  }
  if (amountFen > policy.perOrderLimitFen)
    blocked({
      code: "over_per_order_limit",
      zh: `金额 ${formatFen(amountFen)} 超过单笔限额 ${formatFen(policy.perOrderLimitFen)}`,
      en: `${formatFen(amountFen)} is over your per-order limit of ${formatFen(policy.perOrderLimitFen)}`,
    });
  if (spentToday + amountFen > policy.dailyLimitFen)
    blocked({
      code: "over_daily_limit",
      zh: `今天已花 ${formatFen(spentToday)}，再付 ${formatFen(amountFen)} 会超过每日限额 ${formatFen(policy.dailyLimitFen)}`,
      en: `you've spent ${formatFen(spentToday)} today; ${formatFen(amountFen)} more would pass your daily limit of ${formatFen(policy.dailyLimitFen)}`,
    });
  const block = reasons.length > 0;
  const stepUp = !block && amountFen > policy.stepUpAboveFen;
  if (stepUp)
    reasons.push({
      code: "above_step_up_threshold",
      points: 40,
      zh: `金额超过 ${formatFen(policy.stepUpAboveFen)}，需要验证支付密码`,
      en: `payments above ${formatFen(policy.stepUpAboveFen)} need your PIN`,
    });
  return { block, stepUp, reasons };
}
