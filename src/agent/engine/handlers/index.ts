import type { TaskKindHandler } from "../handler.ts";
import { orderDeliveryHandler } from "./order-delivery.ts";

/** Every kind of task the engine can run. */
export const taskHandlers: TaskKindHandler[] = [orderDeliveryHandler];
