import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { compiledQuery } from "../../store/compiled-query.ts";
import type { Database } from "../../store/schema.ts";
import type { AppliedDiscount } from "./rows.ts";
import { ListCouponsInput } from "./schemas.ts";
import type { CommerceCouponsTable } from "./tables.ts";
import { validate } from "./validate.ts";

/** The kinds of discount; a quote uses at most one of each. */
export const COUPON_KINDS = ["merchant_discount", "platform_subsidy", "user_voucher"] as const;

/** What a coupon is checked against. */
export interface CartFacts {
  userId: string;
  merchantId: string;
  merchantCategory: string;
  itemsFen: number;
  now: number;
}

/** Why a coupon cannot be used on this cart, or undefined when it can. */
export function couponProblem(coupon: CommerceCouponsTable, cart: CartFacts): string | undefined {
  if (coupon.user_id !== null && coupon.user_id !== cart.userId) return "belongs to another user";
  if (coupon.used_order_id !== null) return "was already used";
  if (coupon.starts_at > cart.now) return "is not valid yet";
  if (coupon.expires_at <= cart.now) return "has expired";
  if (coupon.merchant_id !== null && coupon.merchant_id !== cart.merchantId) return "is for another merchant";
  if (coupon.category !== null && coupon.category !== cart.merchantCategory)
    return `is only for ${coupon.category} merchants`;
  if (cart.itemsFen < coupon.min_spend_fen)
    return `needs items worth at least ${coupon.min_spend_fen} fen (cart has ${cart.itemsFen})`;
  return undefined;
}

const applied = (coupon: CommerceCouponsTable): AppliedDiscount => ({
  couponId: coupon.id,
  kind: coupon.kind,
  titleZh: coupon.title_zh,
  titleEn: coupon.title_en,
  amountFen: coupon.discount_fen,
});

/** Discounts never make the items cheaper than free; fees are still paid. */
function capped(discounts: AppliedDiscount[], itemsFen: number): AppliedDiscount[] {
  let room = itemsFen;
  return discounts.map((discount) => {
    const amountFen = Math.min(discount.amountFen, room);
    room -= amountFen;
    return { ...discount, amountFen };
  });
}

/**
 * The best combination: at most one coupon of each kind, the largest total saving. Ties go to the
 * combination that spends fewer single-use vouchers, then to the voucher that expires first, so a
 * user never loses a red packet for nothing. Every combination is tried: there are at most a few
 * coupons of each kind per cart.
 */
export function bestCombination(
  usable: readonly CommerceCouponsTable[],
  itemsFen: number,
): AppliedDiscount[] {
  const options = COUPON_KINDS.map((kind) => [undefined, ...usable.filter((coupon) => coupon.kind === kind)]);
  let best: { coupons: CommerceCouponsTable[]; saving: number } = { coupons: [], saving: 0 };
  const better = (coupons: CommerceCouponsTable[], saving: number) => {
    if (saving !== best.saving) return saving > best.saving;
    const vouchers = (list: CommerceCouponsTable[]) =>
      list.filter((coupon) => coupon.kind === "user_voucher");
    const mine = vouchers(coupons);
    const theirs = vouchers(best.coupons);
    if (mine.length !== theirs.length) return mine.length < theirs.length;
    return (mine[0]?.expires_at ?? 0) < (theirs[0]?.expires_at ?? 0);
  };
  const walk = (kindIndex: number, chosen: CommerceCouponsTable[]) => {
    if (kindIndex === options.length) {
      const total = chosen.reduce((sum, coupon) => sum + coupon.discount_fen, 0);
      const saving = Math.min(total, itemsFen);
      if (better(chosen, saving)) best = { coupons: chosen, saving };
      return;
    }
    for (const coupon of options[kindIndex] ?? []) walk(kindIndex + 1, coupon ? [...chosen, coupon] : chosen);
  };
  walk(0, []);
  return capped(best.coupons.map(applied), itemsFen);
}

/** Coupons unused and valid now, the platform's and this user's. */
function usableNow(db: Kysely<Database>, now: number, userId: string) {
  return db
    .selectFrom("commerce_coupons")
    .selectAll()
    .where("used_order_id", "is", null)
    .where("expires_at", ">", now)
    .where("starts_at", "<=", now)
    .where((builder) => builder.or([builder("user_id", "is", null), builder("user_id", "=", userId)]));
}

// Read for every candidate a turn quotes: compiled once (`compiledQuery`).
const merchantCoupons = compiledQuery(
  (db: Kysely<Database>, now: number, userId: string, merchantId: string) =>
    usableNow(db, now, userId).where("merchant_id", "=", merchantId).orderBy("id"),
);
const generalCoupons = compiledQuery((db: Kysely<Database>, now: number, userId: string) =>
  usableNow(db, now, userId).where("merchant_id", "is", null).orderBy("id"),
);

/** Coupons that could apply to a user at a merchant, before the cart's amount is known. */
export async function candidateCoupons(
  context: ServiceContext,
  userId: string,
  merchantId: string | undefined,
): Promise<CommerceCouponsTable[]> {
  const now = context.clock.now();
  const usable = async (merchant: string | null) =>
    (merchant === null
      ? await generalCoupons(context.db, now, userId)
      : await merchantCoupons(context.db, now, userId, merchant)
    ).rows;
  // Two lookups by merchant (this shop's, then the platform's and the user's) instead of one OR:
  // with a discount on every shop of the city, the OR made SQLite walk them all.
  const own = merchantId === undefined ? [] : await usable(merchantId);
  const general = await usable(null);
  return [...own, ...general].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The discounts of a quote: the best combination when `couponIds` is omitted, exactly the named
 * coupons otherwise (each checked, at most one per kind; `[]` means none).
 */
export async function chooseDiscounts(
  context: ServiceContext,
  cart: CartFacts,
  couponIds: readonly string[] | undefined,
): Promise<AppliedDiscount[]> {
  if (couponIds === undefined) {
    const usable = (await candidateCoupons(context, cart.userId, cart.merchantId)).filter(
      (coupon) => couponProblem(coupon, cart) === undefined,
    );
    return bestCombination(usable, cart.itemsFen);
  }
  const chosen: CommerceCouponsTable[] = [];
  for (const [index, couponId] of couponIds.entries()) {
    const field = `couponIds.${index}`;
    const coupon = await context.db
      .selectFrom("commerce_coupons")
      .selectAll()
      .where("id", "=", couponId)
      .executeTakeFirst();
    // Another user's voucher is reported as unknown, so ids cannot be probed.
    if (!coupon || (coupon.user_id !== null && coupon.user_id !== cart.userId))
      throw new DimpleError("not_found", `coupon ${couponId} was not found`, { field, status: 404 });
    const problem = couponProblem(coupon, cart);
    if (problem) throw new DimpleError("coupon_not_applicable", `coupon ${couponId} ${problem}`, { field });
    if (chosen.some((other) => other.kind === coupon.kind))
      throw new DimpleError("coupon_not_stackable", `only one ${coupon.kind} coupon can be used per order`, {
        field,
      });
    chosen.push(coupon);
  }
  return capped(chosen.map(applied), cart.itemsFen);
}

/** A coupon as the user sees it in their wallet. */
export interface CouponView {
  couponId: string;
  kind: string;
  titleZh: string;
  titleEn: string;
  minSpendFen: number;
  discountFen: number;
  merchantId: string | null;
  category: string | null;
  expiresAt: number;
}

/** The user's usable vouchers plus the platform subsidies (and a merchant's 满减 when one is named). */
export async function listCoupons(
  context: ServiceContext,
  request: z.input<typeof ListCouponsInput>,
): Promise<{ coupons: CouponView[] }> {
  const input = validate(ListCouponsInput, request);
  let rows = await candidateCoupons(context, input.userId, input.merchantId);
  if (input.merchantId !== undefined) {
    const merchant = await context.db
      .selectFrom("commerce_merchants")
      .select("category")
      .where("id", "=", input.merchantId)
      .executeTakeFirst();
    rows = rows.filter((coupon) => coupon.category === null || coupon.category === merchant?.category);
  }
  return {
    coupons: rows.map((coupon) => ({
      couponId: coupon.id,
      kind: coupon.kind,
      titleZh: coupon.title_zh,
      titleEn: coupon.title_en,
      minSpendFen: coupon.min_spend_fen,
      discountFen: coupon.discount_fen,
      merchantId: coupon.merchant_id,
      category: coupon.category,
      expiresAt: coupon.expires_at,
    })),
  };
}
