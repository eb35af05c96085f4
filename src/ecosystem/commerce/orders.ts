import type { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import { loadOrderView, type OrderView, orderView } from "./order-view.ts";
import { ListOrdersInput, OrderInput } from "./schemas.ts";
import { validate } from "./validate.ts";

/** One of the user's orders with its timeline and the rider's current position; others' are not found. */
export async function getOrder(
  context: ServiceContext,
  request: z.input<typeof OrderInput>,
): Promise<OrderView> {
  const input = validate(OrderInput, request);
  const view = await loadOrderView(context, input.orderId);
  if (!view || view.userId !== input.userId) throw notFound("order", input.orderId, "orderId");
  return view;
}

/** The user's orders, newest first (optionally of one status), without timelines. */
export async function listOrders(
  context: ServiceContext,
  request: z.input<typeof ListOrdersInput>,
): Promise<{ orders: OrderView[] }> {
  const input = validate(ListOrdersInput, request);
  let query = context.db
    .selectFrom("commerce_orders")
    .innerJoin("commerce_merchants", "commerce_merchants.id", "commerce_orders.merchant_id")
    .selectAll("commerce_orders")
    .select([
      "commerce_merchants.name_zh as merchant_name_zh",
      "commerce_merchants.name_en as merchant_name_en",
      "commerce_merchants.lng as merchant_lng",
      "commerce_merchants.lat as merchant_lat",
    ])
    .where("commerce_orders.user_id", "=", input.userId);
  if (input.status !== undefined) query = query.where("commerce_orders.status", "=", input.status);
  const rows = await query
    .orderBy("commerce_orders.created_at", "desc")
    .orderBy("commerce_orders.id")
    .limit(input.limit)
    .execute();
  const now = context.clock.now();
  return {
    orders: rows.map((row) =>
      orderView(
        row,
        {
          name_zh: row.merchant_name_zh,
          name_en: row.merchant_name_en,
          lng: row.merchant_lng,
          lat: row.merchant_lat,
        },
        now,
      ),
    ),
  };
}
