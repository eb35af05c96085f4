import type { TaskKindHandler } from "../handler.ts";
import { buyTicketsHandler } from "./buy-tickets.ts";
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
];
