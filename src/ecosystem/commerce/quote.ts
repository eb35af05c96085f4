import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, notFound } from "../../kernel/errors.ts";
import { compiledQuery } from "../../store/compiled-query.ts";
import type { Database } from "../../store/schema.ts";
import { distanceMeters } from "../world/geography.ts";
import { resolveAddress } from "./address.ts";
import { chooseDiscounts } from "./coupons.ts";
import { loadMerchant } from "./details.ts";
import { isOpenAt } from "./hours.ts";
import { etaMinutes, priceLine } from "./pricing.ts";
import { type AppliedDiscount, readOptionGroups, type StoredAddress, type StoredLine } from "./rows.ts";
import { QuoteCartInput, type QuoteCartRequest } from "./schemas.ts";
import type { CommerceQuotesTable, CommerceSkusTable } from "./tables.ts";
import { validate } from "./validate.ts";

/** How long a quote holds; after that the user must re-quote (prices, stock and coupons may move). */
export const QUOTE_TTL_MS = 10 * 60_000;

/** The authoritative price of a cart. Orders are placed against `quoteId`, never client totals. */
export interface Quote {
  quoteId: string;
  userId: string;
  merchantId: string;
  merchantNameZh: string;
  merchantNameEn: string;
  lines: StoredLine[];
  address: StoredAddress;
  itemsFen: number;
  packagingFen: number;
  deliveryFen: number;
  discounts: AppliedDiscount[];
  discountFen: number;
  totalFen: number;
  distanceM: number;
  etaMinutes: number;
  createdAt: number;
  expiresAt: number;
  /** SHA-256 of the quote's content; a mandate to pay can be bound to exactly this. */
  quoteHash: string;
}

/** Up to three in-stock items of the same merchant to offer instead, same category first. */
async function substitutesFor(context: ServiceContext, sku: CommerceSkusTable, qty: number) {
  const rows = await context.db
    .selectFrom("commerce_skus")
    .selectAll()
    .where("merchant_id", "=", sku.merchant_id)
    .where("id", "!=", sku.id)
    .where("active", "=", 1)
    .where("stock", ">=", qty)
    .orderBy("id")
    .execute();
  return rows
    .sort((a, b) => Number(b.category === sku.category) - Number(a.category === sku.category))
    .slice(0, 3)
    .map((row) => ({ skuId: row.id, nameZh: row.name_zh, nameEn: row.name_en, priceFen: row.price_fen }));
}

// Read for every candidate a turn quotes: compiled once (`compiledQuery`).
const skuById = compiledQuery((db: Kysely<Database>, skuId: string) =>
  db.selectFrom("commerce_skus").selectAll().where("id", "=", skuId),
);
const userExists = compiledQuery((db: Kysely<Database>, userId: string) =>
  db.selectFrom("users").select("id").where("id", "=", userId),
);

async function priceLines(context: ServiceContext, merchantId: string, lines: QuoteLines) {
  const priced: StoredLine[] = [];
  const wanted = new Map<string, { sku: CommerceSkusTable; qty: number; field: string }>();
  for (const [index, line] of lines.entries()) {
    const field = `lines.${index}`;
    const sku = (await skuById(context.db, line.skuId)).rows[0];
    if (!sku || sku.merchant_id !== merchantId || sku.active !== 1)
      throw notFound("item", `${line.skuId} of merchant ${merchantId}`, `${field}.skuId`);
    priced.push(
      priceLine({ ...sku, optionGroups: readOptionGroups(sku.option_groups) }, line.qty, line.options, field),
    );
    const total = (wanted.get(sku.id)?.qty ?? 0) + line.qty;
    wanted.set(sku.id, { sku, qty: total, field });
  }
  for (const { sku, qty, field } of wanted.values()) {
    if (sku.stock < qty) {
      throw new DimpleError("out_of_stock", `${sku.name_en} has ${sku.stock} left, ${qty} requested`, {
        field: `${field}.qty`,
        status: 409,
        details: {
          skuId: sku.id,
          available: sku.stock,
          substitutes: await substitutesFor(context, sku, qty),
        },
      });
    }
  }
  return priced;
}

type QuoteLines = ReturnType<typeof QuoteCartInput.parse>["lines"];

/** A stable hash of everything the user agrees to when they confirm this quote. */
export function hashQuote(quote: Omit<Quote, "quoteHash">): string {
  const content = {
    quoteId: quote.quoteId,
    userId: quote.userId,
    merchantId: quote.merchantId,
    lines: quote.lines.map((line) => [line.skuId, line.qty, line.options, line.unitFen]),
    address: [quote.address.text, quote.address.lng, quote.address.lat],
    fees: [quote.itemsFen, quote.packagingFen, quote.deliveryFen, quote.discountFen, quote.totalFen],
    discounts: quote.discounts.map((discount) => [discount.couponId, discount.amountFen]),
    expiresAt: quote.expiresAt,
  };
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/**
 * Quotes a cart: validates merchant, items, options, stock, address range, opening hours and the
 * minimum order, applies the best (or the named) discounts, and stores the quote so that the order
 * is later placed from this record and nothing the client says about prices.
 */
export async function quoteCart(context: ServiceContext, request: QuoteCartRequest): Promise<Quote> {
  const input = validate(QuoteCartInput, request);
  const user = (await userExists(context.db, input.userId)).rows[0];
  if (!user) throw notFound("user", input.userId, "userId");
  const merchant = await loadMerchant(context, input.merchantId);
  const lines = await priceLines(context, merchant.id, input.lines);
  const address = await resolveAddress(context, input.userId, input);
  const distanceM = distanceMeters(merchant, address);
  if (distanceM > merchant.delivery_radius_m)
    throw new DimpleError(
      "out_of_delivery_range",
      `${merchant.name_en} delivers within ${merchant.delivery_radius_m} m; the address is ${distanceM} m away`,
      {
        field: input.address ? "address" : "addressId",
        details: { distanceM, radiusM: merchant.delivery_radius_m },
      },
    );
  const now = context.clock.now();
  const eta = etaMinutes(merchant.prep_minutes, distanceM);
  // A pre-order is made now for later: the shop must be open when it starts cooking, and the price
  // holds until the delivery time.
  const later = input.deliverAt !== undefined && input.deliverAt > now ? input.deliverAt : undefined;
  const cooksAt = later === undefined ? now : Math.max(now, later - eta * 60_000);
  if (!isOpenAt(merchant, cooksAt))
    throw new DimpleError("merchant_closed", `${merchant.name_en} is closed ${later ? "then" : "now"}`, {
      field: "merchantId",
      status: 409,
    });
  const itemsFen = lines.reduce((sum, line) => sum + line.lineFen, 0);
  if (itemsFen < merchant.min_order_fen)
    throw new DimpleError(
      "below_minimum_order",
      `${merchant.name_en} needs items worth at least ${merchant.min_order_fen} fen; the cart has ${itemsFen}`,
      {
        field: "lines",
        details: {
          minOrderFen: merchant.min_order_fen,
          itemsFen,
          merchantZh: merchant.name_zh,
          merchantEn: merchant.name_en,
        },
      },
    );
  const discounts = await chooseDiscounts(
    context,
    { userId: input.userId, merchantId: merchant.id, merchantCategory: merchant.category, itemsFen, now },
    input.couponIds,
  );
  const discountFen = discounts.reduce((sum, discount) => sum + discount.amountFen, 0);
  const unsigned: Omit<Quote, "quoteHash"> = {
    quoteId: context.ids.next("q"),
    userId: input.userId,
    merchantId: merchant.id,
    merchantNameZh: merchant.name_zh,
    merchantNameEn: merchant.name_en,
    lines,
    address,
    itemsFen,
    packagingFen: merchant.packaging_fee_fen,
    deliveryFen: merchant.delivery_fee_fen,
    discounts,
    discountFen,
    totalFen: itemsFen + merchant.packaging_fee_fen + merchant.delivery_fee_fen - discountFen,
    distanceM,
    etaMinutes: eta,
    createdAt: now,
    expiresAt: (later ?? now) + QUOTE_TTL_MS,
  };
  const quote: Quote = { ...unsigned, quoteHash: hashQuote(unsigned) };
  await context.db.insertInto("commerce_quotes").values(quoteRow(quote)).execute();
  return quote;
}

function quoteRow(quote: Quote): CommerceQuotesTable {
  return {
    id: quote.quoteId,
    user_id: quote.userId,
    merchant_id: quote.merchantId,
    lines: JSON.stringify(quote.lines),
    address: JSON.stringify(quote.address),
    items_fen: quote.itemsFen,
    packaging_fen: quote.packagingFen,
    delivery_fen: quote.deliveryFen,
    discount_fen: quote.discountFen,
    discounts: JSON.stringify(quote.discounts),
    total_fen: quote.totalFen,
    distance_m: quote.distanceM,
    eta_minutes: quote.etaMinutes,
    quote_hash: quote.quoteHash,
    created_at: quote.createdAt,
    expires_at: quote.expiresAt,
  };
}
