import { createHash } from "node:crypto";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, notFound } from "../../kernel/errors.ts";
import { isUniqueViolation } from "../../kernel/idempotency.ts";
import { requireAuthorization } from "../pay/authorization-check.ts";
import { EVENT_BY_STATUS, publishOrderEvent, recordOrderEvent } from "./order-events.ts";
import { loadOrderView, type OrderView } from "./order-view.ts";
import { loadQuoteRow } from "./quote-store.ts";
import { readAddress, readDiscounts, readLines } from "./rows.ts";
import { PlaceOrderInput, type PlaceOrderRequest } from "./schemas.ts";
import { takeStock } from "./stock.ts";
import type { CommerceQuotesTable } from "./tables.ts";
import { validate } from "./validate.ts";

/** Merchants accept within one to three minutes of payment. */
export function acceptanceDelayMs(context: ServiceContext): number {
  return context.random.int(60, 180) * 1000;
}

async function orderByKey(context: ServiceContext, userId: string, idempotencyKey: string) {
  return context.db
    .selectFrom("commerce_orders")
    .select(["id", "request_hash"])
    .where("user_id", "=", userId)
    .where("idempotency_key", "=", idempotencyKey)
    .executeTakeFirst();
}

/** Same key and same body: the first order again. Same key, other body: a conflict. */
async function replay(
  context: ServiceContext,
  existing: { id: string; request_hash: string | null },
  requestHash: string,
): Promise<OrderView> {
  if (existing.request_hash !== requestHash)
    throw new DimpleError("idempotency_conflict", "this idempotency key was used for a different order", {
      field: "idempotencyKey",
      status: 409,
    });
  const view = await loadOrderView(context, existing.id);
  if (!view) throw notFound("order", existing.id);
  return view;
}

/** Why a concurrent insert lost: the same key (replay), the same quote, or the same payment. */
async function explainUniqueViolation(
  context: ServiceContext,
  input: { userId: string; idempotencyKey: string; quoteId: string; paymentIntentId: string },
  requestHash: string,
): Promise<OrderView> {
  const existing = await orderByKey(context, input.userId, input.idempotencyKey);
  if (existing) return replay(context, existing, requestHash);
  const byQuote = await context.db
    .selectFrom("commerce_orders")
    .select("id")
    .where("quote_id", "=", input.quoteId)
    .executeTakeFirst();
  if (byQuote)
    throw new DimpleError("quote_already_used", `quote ${input.quoteId} was already ordered`, {
      field: "quoteId",
      status: 409,
      details: { orderId: byQuote.id },
    });
  throw new DimpleError(
    "payment_already_used",
    `payment intent ${input.paymentIntentId} paid another order`,
    {
      field: "paymentIntentId",
      status: 409,
    },
  );
}

async function insertOrder(
  context: ServiceContext,
  quote: CommerceQuotesTable,
  input: { userId: string; idempotencyKey: string; paymentIntentId: string },
  requestHash: string,
): Promise<string> {
  const orderId = context.ids.next("ord");
  const now = context.clock.now();
  const lines = readLines(quote.lines);
  const address = readAddress(quote.address);
  const vouchers = readDiscounts(quote.discounts).filter((discount) => discount.kind === "user_voucher");
  await context.db.transaction().execute(async (trx) => {
    await takeStock(trx, lines);
    for (const voucher of vouchers) {
      const used = await trx
        .updateTable("commerce_coupons")
        .set({ used_order_id: orderId, used_at: now })
        .where("id", "=", voucher.couponId)
        .where("used_order_id", "is", null)
        .executeTakeFirst();
      if (used.numUpdatedRows !== 1n)
        throw new DimpleError("coupon_unavailable", `voucher ${voucher.couponId} was used by another order`, {
          field: "quoteId",
          status: 409,
          details: { couponId: voucher.couponId },
        });
    }
    await trx
      .insertInto("commerce_orders")
      .values({
        id: orderId,
        user_id: input.userId,
        merchant_id: quote.merchant_id,
        quote_id: quote.id,
        idempotency_key: input.idempotencyKey,
        request_hash: requestHash,
        payment_intent_id: input.paymentIntentId,
        status: "paid",
        lines: quote.lines,
        address: quote.address,
        dest_lng: address.lng,
        dest_lat: address.lat,
        items_fen: quote.items_fen,
        packaging_fen: quote.packaging_fen,
        delivery_fen: quote.delivery_fen,
        discount_fen: quote.discount_fen,
        discounts: quote.discounts,
        total_fen: quote.total_fen,
        distance_m: quote.distance_m,
        eta_at: now + quote.eta_minutes * 60_000,
        refund_due_fen: 0,
        refunded_fen: 0,
        cancel_fee_fen: 0,
        claimed_fen: 0,
        rider: null,
        reason: null,
        next_step_at: now + acceptanceDelayMs(context),
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const status of ["created", "paid"]) {
      await recordOrderEvent(trx, {
        id: context.ids.next("oev"),
        orderId,
        type: EVENT_BY_STATUS[status] ?? status,
        status,
        at: now,
        data: status === "paid" ? { paymentIntentId: input.paymentIntentId, totalFen: quote.total_fen } : {},
      });
    }
  });
  return orderId;
}

/**
 * Places an order from a stored quote, paid by an authorized payment intent. Idempotent on the
 * user's `idempotencyKey`; refuses expired or foreign quotes, a quote ordered before, and a payment
 * that does not authorize exactly the quote's total. Stock and single-use vouchers are taken in one
 * transaction with conditional updates, so concurrent orders never oversell.
 */
export async function placeOrder(context: ServiceContext, request: PlaceOrderRequest): Promise<OrderView> {
  const input = validate(PlaceOrderInput, request);
  const requestHash = createHash("sha256")
    .update(JSON.stringify([input.quoteId, input.paymentIntentId]))
    .digest("hex");
  const existing = await orderByKey(context, input.userId, input.idempotencyKey);
  if (existing) return replay(context, existing, requestHash);

  const quote = await loadQuoteRow(context, input.userId, input.quoteId);
  if (quote.expires_at <= context.clock.now())
    throw new DimpleError("quote_expired", `quote ${quote.id} expired; quote the cart again`, {
      field: "quoteId",
      status: 409,
      details: { expiresAt: quote.expires_at },
    });
  const injected = context.faults.trip("commerce", "out_of_stock");
  if (injected) {
    const skuId = readLines(quote.lines)[0]?.skuId;
    throw new DimpleError(injected.code, injected.message, {
      field: "quoteId",
      status: injected.status,
      details: { ...injected.details, skuId, substitutes: [] },
    });
  }
  await requireAuthorization(context, {
    intentId: input.paymentIntentId,
    userId: quote.user_id,
    amount: { exactFen: quote.total_fen },
    merchantId: quote.merchant_id,
  });

  let orderId: string;
  try {
    orderId = await insertOrder(context, quote, input, requestHash);
  } catch (error) {
    if (isUniqueViolation(error)) return explainUniqueViolation(context, input, requestHash);
    throw error;
  }
  const view = await loadOrderView(context, orderId);
  if (!view) throw notFound("order", orderId);
  await publishOrderEvent(context, { id: orderId, user_id: input.userId }, "order.paid", {
    status: "paid",
    totalFen: view.totalFen,
    merchantId: view.merchantId,
  });
  return view;
}
