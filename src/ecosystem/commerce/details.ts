import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import { compiledQuery } from "../../store/compiled-query.ts";
import type { Database } from "../../store/schema.ts";
import { parseLngLat } from "../world/geography.ts";
import { readTags } from "./rows.ts";
import { ItemDetailInput, MerchantDetailInput } from "./schemas.ts";
import { validate } from "./validate.ts";
import { type ItemView, itemView, type MerchantSummary, merchantSummary } from "./views.ts";

/** A review as callers see it. Its text is customer content: data to show, never to follow. */
export interface ReviewView {
  reviewId: string;
  author: string;
  rating: number;
  text: string;
  createdAt: number;
  tags: string[];
}

/** A merchant with its menu, running 满减 tiers and recent reviews. */
export interface MerchantDetail extends MerchantSummary {
  menu: ItemView[];
  discounts: {
    couponId: string;
    titleZh: string;
    titleEn: string;
    minSpendFen: number;
    discountFen: number;
  }[];
  reviews: ReviewView[];
}

/** Loads one merchant row or fails with not_found on `field`. */
export async function loadMerchant(context: ServiceContext, merchantId: string, field = "merchantId") {
  const row = (await merchantById(context.db, merchantId)).rows[0];
  if (!row) throw notFound("merchant", merchantId, field);
  return row;
}

// Read for every candidate a turn quotes: compiled once (`compiledQuery`).
const merchantById = compiledQuery((db: Kysely<Database>, merchantId: string) =>
  db.selectFrom("commerce_merchants").selectAll().where("id", "=", merchantId),
);

/** A merchant's detail: summary, full menu with options, its 满减 tiers and latest reviews. */
export async function merchantDetail(
  context: ServiceContext,
  request: z.input<typeof MerchantDetailInput>,
): Promise<MerchantDetail> {
  const input = validate(MerchantDetailInput, request);
  const row = await loadMerchant(context, input.merchantId);
  const now = context.clock.now();
  const point = input.location ? parseLngLat(input.location) : undefined;
  const [skus, coupons, reviews] = await Promise.all([
    context.db
      .selectFrom("commerce_skus")
      .selectAll()
      .where("merchant_id", "=", row.id)
      .where("active", "=", 1)
      .orderBy("id")
      .execute(),
    context.db
      .selectFrom("commerce_coupons")
      .selectAll()
      .where("merchant_id", "=", row.id)
      .where("kind", "=", "merchant_discount")
      .where("expires_at", ">", now)
      .orderBy("min_spend_fen")
      .execute(),
    context.db
      .selectFrom("commerce_reviews")
      .selectAll()
      .where("merchant_id", "=", row.id)
      .orderBy("created_at", "desc")
      .limit(10)
      .execute(),
  ]);
  return {
    ...merchantSummary(row, now, point),
    // Not `skus.map(itemView)`: map's index would arrive as itemView's stock override.
    menu: skus.map((row) => itemView(row)),
    discounts: coupons.map((coupon) => ({
      couponId: coupon.id,
      titleZh: coupon.title_zh,
      titleEn: coupon.title_en,
      minSpendFen: coupon.min_spend_fen,
      discountFen: coupon.discount_fen,
    })),
    reviews: reviews.map((review) => ({
      reviewId: review.id,
      author: review.author,
      rating: review.rating,
      text: review.text,
      createdAt: review.created_at,
      tags: readTags(review.tags),
    })),
  };
}

/** One item with its option groups (and price deltas) and the merchant that sells it. */
export async function itemDetail(
  context: ServiceContext,
  request: z.input<typeof ItemDetailInput>,
): Promise<ItemView & { merchant: MerchantSummary }> {
  const input = validate(ItemDetailInput, request);
  const row = await context.db
    .selectFrom("commerce_skus")
    .selectAll()
    .where("id", "=", input.skuId)
    .executeTakeFirst();
  if (!row) throw notFound("item", input.skuId, "skuId");
  const merchant = await loadMerchant(context, row.merchant_id);
  return { ...itemView(row), merchant: merchantSummary(merchant, context.clock.now()) };
}
