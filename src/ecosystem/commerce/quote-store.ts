import type { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import type { Quote } from "./quote.ts";
import { readAddress, readDiscounts, readLines } from "./rows.ts";
import { QuoteLookupInput } from "./schemas.ts";
import type { CommerceQuotesTable } from "./tables.ts";
import { validate } from "./validate.ts";

/** Rebuilds a stored quote; the merchant's names come from its row. */
export async function quoteFromRow(context: ServiceContext, row: CommerceQuotesTable): Promise<Quote> {
  const merchant = await context.db
    .selectFrom("commerce_merchants")
    .select(["name_zh", "name_en"])
    .where("id", "=", row.merchant_id)
    .executeTakeFirst();
  return {
    quoteId: row.id,
    userId: row.user_id,
    merchantId: row.merchant_id,
    merchantNameZh: merchant?.name_zh ?? "",
    merchantNameEn: merchant?.name_en ?? "",
    lines: readLines(row.lines),
    address: readAddress(row.address),
    itemsFen: row.items_fen,
    packagingFen: row.packaging_fen,
    deliveryFen: row.delivery_fen,
    discounts: readDiscounts(row.discounts),
    discountFen: row.discount_fen,
    totalFen: row.total_fen,
    distanceM: row.distance_m,
    etaMinutes: row.eta_minutes,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    quoteHash: row.quote_hash,
  };
}

/** Reads a user's quote row; another user's quote is reported as not found. */
export async function loadQuoteRow(context: ServiceContext, userId: string, quoteId: string) {
  const row = await context.db
    .selectFrom("commerce_quotes")
    .selectAll()
    .where("id", "=", quoteId)
    .executeTakeFirst();
  if (!row || row.user_id !== userId) throw notFound("quote", quoteId, "quoteId");
  return row;
}

/** A stored quote, exactly as it will be ordered (expired ones too; `expiresAt` tells). */
export async function getQuote(
  context: ServiceContext,
  request: z.input<typeof QuoteLookupInput>,
): Promise<Quote> {
  const input = validate(QuoteLookupInput, request);
  return quoteFromRow(context, await loadQuoteRow(context, input.userId, input.quoteId));
}
