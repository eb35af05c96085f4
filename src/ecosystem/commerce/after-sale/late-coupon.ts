import type { Kysely } from "kysely";
import { yuanShort } from "../../../kernel/money.ts";
import type { Database } from "../../../store/schema.ts";
import type { CommerceOrdersTable } from "../tables.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The voucher an order earned by arriving late, as the order's `order.late_compensated` event tells it. */
export interface LateCoupon {
  couponId: string;
  couponFen: number;
  lateMinutes: number;
  expiresAt: number;
  titleZh: string;
  titleEn: string;
}

/** The id of the one lateness voucher an order can earn: a second grant collides on the key. */
export const lateCouponId = (orderId: string) => `cpn_late_${orderId}`;

/**
 * Gives the customer the platform's lateness voucher when an order is delivered `late_after_minutes`
 * or more after its promise (the quote's ETA from placing), as the `late` rule row says. Runs in the
 * delivering transaction, so the voucher exists exactly when the delivery does; returns what was
 * granted, or undefined (on time, or the rule gives no voucher).
 */
export async function grantLateCoupon(
  db: Kysely<Database>,
  order: CommerceOrdersTable,
  deliveredAt: number,
): Promise<LateCoupon | undefined> {
  const rule = await db
    .selectFrom("commerce_claim_rules")
    .select(["late_after_minutes", "late_coupon_fen", "late_coupon_days"])
    .where("kind", "=", "late")
    .executeTakeFirst();
  if (!rule?.late_coupon_fen || rule.late_coupon_fen <= 0) return undefined;
  const quote = order.quote_id
    ? await db
        .selectFrom("commerce_quotes")
        .select("eta_minutes")
        .where("id", "=", order.quote_id)
        .executeTakeFirst()
    : undefined;
  if (!quote) return undefined;
  const promisedAt = Number(order.created_at) + quote.eta_minutes * MINUTE;
  const lateMinutes = Math.floor((deliveredAt - promisedAt) / MINUTE);
  if (lateMinutes < (rule.late_after_minutes ?? 0) || lateMinutes <= 0) return undefined;
  const yuan = yuanShort(rule.late_coupon_fen);
  const coupon: LateCoupon = {
    couponId: lateCouponId(order.id),
    couponFen: rule.late_coupon_fen,
    lateMinutes,
    expiresAt: deliveredAt + (rule.late_coupon_days ?? 7) * DAY,
    titleZh: `超时补偿 ¥${yuan} 红包`,
    titleEn: `¥${yuan} late-delivery voucher`,
  };
  const existing = await db
    .selectFrom("commerce_coupons")
    .select("id")
    .where("id", "=", coupon.couponId)
    .executeTakeFirst();
  if (existing) return undefined;
  await db
    .insertInto("commerce_coupons")
    .values({
      id: coupon.couponId,
      kind: "user_voucher",
      user_id: order.user_id,
      merchant_id: null,
      category: null,
      title_zh: coupon.titleZh,
      title_en: coupon.titleEn,
      min_spend_fen: 0,
      discount_fen: coupon.couponFen,
      starts_at: deliveredAt,
      expires_at: coupon.expiresAt,
      used_order_id: null,
      used_at: null,
    })
    .execute();
  return coupon;
}
