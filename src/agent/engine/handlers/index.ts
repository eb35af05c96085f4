import type { TaskKindHandler } from "../handler.ts";
import { afterSaleHandler } from "./after-sale.ts";
import { buyTicketsHandler } from "./buy-tickets.ts";
import { orderBasketHandler } from "./order-basket.ts";
import { orderDeliveryHandler } from "./order-delivery.ts";
import { paymentHandler } from "./payment.ts";
import { recurringOrderHandler } from "./recurring-order.ts";
import { rideHailHandler } from "./ride-hail.ts";

/** Every kind of task the engine can run. */
export const taskHandlers: TaskKindHandler[] = [
  orderDeliveryHandler,
  buyTicketsHandler,
  rideHailHandler,
  paymentHandler,
  recurringOrderHandler,
  afterSaleHandler,
  orderBasketHandler,
];
