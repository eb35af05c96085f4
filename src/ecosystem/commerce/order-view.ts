import type { ServiceContext } from "../../kernel/context.ts";
import { formatLngLat } from "../world/geography.ts";
import { between } from "./riders.ts";
import {
  type AppliedDiscount,
  readAddress,
  readData,
  readDiscounts,
  readLines,
  readRider,
  type StoredAddress,
  type StoredLine,
} from "./rows.ts";
import type { CommerceMerchantsTable, CommerceOrdersTable } from "./tables.ts";

/** Statuses from which the order still moves on its own. */
export const ACTIVE_STATUSES = ["paid", "accepted", "rider_assigned", "picked_up", "delivering"] as const;

/** Statuses in which the customer may still cancel (with a fee once the merchant accepted). */
export const CANCELLABLE_STATUSES = ["created", "paid", "accepted", "rider_assigned"] as const;

/** One entry of an order's timeline. */
export interface TimelineEntry {
  type: string;
  status: string;
  at: number;
  data: Record<string, unknown>;
}

/** The rider, and where they are now (for a route view). */
export interface RiderView {
  name: string;
  /** The rider's name in English ("Wang" for 王师傅). */
  nameEn: string;
  phone: string;
  lng: number;
  lat: number;
  location: string;
}

/** An order as its owner sees it. */
export interface OrderView {
  orderId: string;
  userId: string;
  merchantId: string;
  merchantNameZh: string;
  merchantNameEn: string;
  merchantLocation: string;
  status: string;
  lines: StoredLine[];
  address: StoredAddress;
  itemsFen: number;
  packagingFen: number;
  deliveryFen: number;
  discountFen: number;
  discounts: AppliedDiscount[];
  totalFen: number;
  refundDueFen: number;
  refundedFen: number;
  cancelFeeFen: number;
  quoteId: string | null;
  paymentIntentId: string | null;
  distanceM: number;
  etaAt: number;
  /** Minutes until the promised delivery time; 0 once delivered or overdue. */
  etaMinutes: number;
  rider: RiderView | null;
  reason: string | null;
  canCancel: boolean;
  createdAt: number;
  updatedAt: number;
  timeline?: TimelineEntry[];
}

/** Where the rider is at `now`: riding to the shop, waiting there, or riding to the customer. */
export function riderPosition(
  order: Pick<
    CommerceOrdersTable,
    "status" | "rider" | "dest_lng" | "dest_lat" | "updated_at" | "next_step_at"
  >,
  shop: { lng: number; lat: number },
  now: number,
): { lng: number; lat: number } | undefined {
  const rider = readRider(order.rider);
  if (!rider) return undefined;
  const destination = { lng: order.dest_lng, lat: order.dest_lat };
  const start = { lng: rider.startLng, lat: rider.startLat };
  switch (order.status) {
    case "rider_assigned":
      return between(start, shop, (now - rider.assignedAt) / Math.max(1, rider.pickupAt - rider.assignedAt));
    case "picked_up":
      return between(shop, shop, 0);
    case "delivering": {
      const arrival = order.next_step_at ?? now;
      return between(shop, destination, (now - order.updated_at) / Math.max(1, arrival - order.updated_at));
    }
    case "delivered":
      return between(destination, destination, 0);
    default:
      return undefined;
  }
}

/** Shapes an order row (and optionally its timeline) for output. */
export function orderView(
  row: CommerceOrdersTable,
  merchant: Pick<CommerceMerchantsTable, "name_zh" | "name_en" | "lng" | "lat">,
  now: number,
  timeline?: TimelineEntry[],
): OrderView {
  const rider = readRider(row.rider);
  const position = riderPosition(row, merchant, now);
  return {
    orderId: row.id,
    userId: row.user_id,
    merchantId: row.merchant_id,
    merchantNameZh: merchant.name_zh,
    merchantNameEn: merchant.name_en,
    merchantLocation: formatLngLat(merchant),
    status: row.status,
    lines: readLines(row.lines),
    address: readAddress(row.address),
    itemsFen: row.items_fen,
    packagingFen: row.packaging_fen,
    deliveryFen: row.delivery_fen,
    discountFen: row.discount_fen,
    discounts: readDiscounts(row.discounts),
    totalFen: row.total_fen,
    refundDueFen: row.refund_due_fen,
    refundedFen: row.refunded_fen,
    cancelFeeFen: row.cancel_fee_fen,
    quoteId: row.quote_id,
    paymentIntentId: row.payment_intent_id,
    distanceM: row.distance_m,
    etaAt: row.eta_at,
    etaMinutes: Math.max(0, Math.ceil((row.eta_at - now) / 60_000)),
    rider:
      rider && position
        ? {
            name: rider.name,
            nameEn: rider.nameEn ?? rider.name,
            phone: rider.phone,
            ...position,
            location: formatLngLat(position),
          }
        : null,
    reason: row.reason,
    canCancel: (CANCELLABLE_STATUSES as readonly string[]).includes(row.status),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(timeline ? { timeline } : {}),
  };
}

/** Loads an order with its merchant and timeline and shapes it. */
export async function loadOrderView(
  context: ServiceContext,
  orderId: string,
): Promise<OrderView | undefined> {
  const row = await context.db
    .selectFrom("commerce_orders")
    .selectAll()
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (!row) return undefined;
  const merchant = await context.db
    .selectFrom("commerce_merchants")
    .select(["name_zh", "name_en", "lng", "lat"])
    .where("id", "=", row.merchant_id)
    .executeTakeFirstOrThrow();
  const events = await context.db
    .selectFrom("commerce_order_events")
    .selectAll()
    .where("order_id", "=", orderId)
    .orderBy("seq")
    .execute();
  const timeline = events.map((event) => ({
    type: event.type,
    status: event.status,
    at: event.at,
    data: readData(event.data),
  }));
  return orderView(row, merchant, context.clock.now(), timeline);
}
