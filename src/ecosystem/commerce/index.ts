// The commerce service (flash delivery): merchants, menus, coupons, quotes, orders and fulfilment.

export {
  type Assessment,
  CLAIM_KINDS,
  type ClaimKind,
  type ClaimView,
  fileClaim,
  getClaim,
  linePaidFen,
  listClaims,
  previewClaim,
} from "./after-sale/index.ts";
export { cancellationFee, cancelOrder, markRefunded } from "./cancel.ts";
export { MERCHANT_CATEGORIES, type MerchantCategory } from "./catalog/index.ts";
export { bestCombination, type CouponView, listCoupons } from "./coupons.ts";
export { itemDetail, type MerchantDetail, merchantDetail, type ReviewView } from "./details.ts";
export { isOpenAt, localMinuteOfDay } from "./hours.ts";
export { commerceStepper } from "./lifecycle.ts";
export type { OptionChoice, OptionGroup } from "./option-groups.ts";
export { type OrderView, type RiderView, riderPosition, type TimelineEntry } from "./order-view.ts";
export { getOrder, listOrders } from "./orders.ts";
export { placeOrder } from "./place-order.ts";
export { hashQuote, QUOTE_TTL_MS, type Quote, quoteCart } from "./quote.ts";
export { getQuote } from "./quote-store.ts";
export type { AppliedDiscount, StoredAddress, StoredLine } from "./rows.ts";
export {
  CancelOrderInput,
  ItemDetailInput,
  ListCouponsInput,
  ListOrdersInput,
  MarkRefundedInput,
  MerchantDetailInput,
  OrderInput,
  PlaceOrderInput,
  type PlaceOrderRequest,
  QuoteCartInput,
  type QuoteCartRequest,
  QuoteLookupInput,
  SearchItemsInput,
  type SearchItemsRequest,
  SearchMerchantsInput,
  type SearchMerchantsRequest,
} from "./schemas.ts";
export { type ItemHit, searchItems, searchMerchants } from "./search.ts";
export { seedCommerce } from "./seed.ts";
export { commerceTools } from "./tools.ts";
export type { ItemView, MerchantSummary } from "./views.ts";
