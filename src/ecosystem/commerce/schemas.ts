import { z } from "zod";
import { MERCHANT_CATEGORIES } from "./catalog/types.ts";

// Input schemas of the commerce service; tools and direct callers share them. Descriptions are
// written for language models as much as for people.

const userId = z.string().min(1).max(40).describe("The signed-in user's id / 当前用户 id");
const lngLat = z
  .string()
  .regex(/^\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*$/, 'expected "lng,lat"')
  .describe('A point as "lng,lat" (GCJ-02, as Amap), e.g. "120.2117,30.2084"');

const searchFilters = {
  keyword: z
    .string()
    .max(60)
    .optional()
    .describe("Keyword in Chinese, English or pinyin (full or initials), e.g. 拿铁 / latte / natie / nt"),
  category: z
    .string()
    .max(32)
    .optional()
    .describe(`Merchant category (${MERCHANT_CATEGORIES.join(", ")}) or an item category such as milk_tea`),
  location: lngLat.optional().describe("Delivery point; only merchants that deliver there are returned"),
  radiusM: z
    .number()
    .int()
    .min(100)
    .max(20_000)
    .optional()
    .describe("Only merchants within this distance (m)"),
  openNow: z.boolean().optional().describe("Only merchants open at the current time / 仅显示营业中"),
  minRating: z.number().min(0).max(5).optional().describe("Minimum merchant rating, 0–5"),
  limit: z.number().int().min(1).max(50).default(10),
};

export const SearchMerchantsInput = z.object({
  ...searchFilters,
  maxDeliveryFeeFen: z.number().int().min(0).optional().describe("Highest delivery fee in fen"),
});

export const SearchItemsInput = z.object({
  ...searchFilters,
  merchantId: z.string().max(40).optional().describe("Only items of this merchant"),
  maxPriceFen: z.number().int().min(0).optional().describe("Highest base price in fen (1 yuan = 100 fen)"),
});

export const MerchantDetailInput = z.object({
  merchantId: z.string().min(1).max(40),
  location: lngLat.optional().describe("Delivery point, to report distance and whether it is in range"),
});

export const ItemDetailInput = z.object({ skuId: z.string().min(1).max(40) });

const cartLine = z.object({
  skuId: z.string().min(1).max(40),
  qty: z.number().int().min(1).max(99).describe("Quantity, 1–99"),
  options: z
    .record(z.string(), z.string())
    .default({})
    .describe('Chosen option per group, by id or label, e.g. {"size":"大杯","sugar":"少糖","ice":"less"}'),
});

export const DeliveryAddressInput = z.object({
  lng: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  text: z.string().min(1).max(300).describe("Address as the rider should read it"),
});

export const QuoteCartInput = z
  .object({
    userId,
    merchantId: z.string().min(1).max(40),
    lines: z.array(cartLine).min(1).max(30),
    address: DeliveryAddressInput.optional(),
    addressId: z.string().max(60).optional().describe("A saved address id, e.g. u_xiaoming_office"),
    couponIds: z
      .array(z.string().max(60))
      .max(3)
      .optional()
      .describe("Coupons to use; omit to let the service pick the best combination, [] for none"),
    deliverAt: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("A pre-order (预订单): when it should arrive (epoch ms); the quote holds until then"),
  })
  .refine((input) => (input.address === undefined) !== (input.addressId === undefined), {
    message: "give exactly one of address or addressId",
    path: ["address"],
  });

export const PlaceOrderInput = z.object({
  userId,
  quoteId: z.string().min(1).max(40),
  paymentIntentId: z.string().min(1).max(60).describe("An authorized payment intent for the quote's total"),
  idempotencyKey: z.string().min(8).max(200).describe("Unique per order attempt; retries reuse it"),
});

export const QuoteLookupInput = z.object({ userId, quoteId: z.string().min(1).max(40) });

export const OrderInput = z.object({ userId, orderId: z.string().min(1).max(40) });

export const ListOrdersInput = z.object({
  userId,
  status: z.string().max(24).optional(),
  limit: z.number().int().min(1).max(50).default(10),
});

export const CancelOrderInput = z.object({
  userId,
  orderId: z.string().min(1).max(40),
  reason: z.string().max(200).optional(),
});

export const MarkRefundedInput = z.object({
  orderId: z.string().min(1).max(40),
  refundFen: z.number().int().min(0),
});

export const ListCouponsInput = z.object({
  userId,
  merchantId: z.string().max(40).optional().describe("Only coupons usable at this merchant"),
});

export type SearchMerchantsRequest = z.input<typeof SearchMerchantsInput>;
export type SearchItemsRequest = z.input<typeof SearchItemsInput>;
export type QuoteCartRequest = z.input<typeof QuoteCartInput>;
export type PlaceOrderRequest = z.input<typeof PlaceOrderInput>;
