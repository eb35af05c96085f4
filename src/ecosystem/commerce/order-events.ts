import type { Kysely } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import type { Database } from "../../store/schema.ts";

/** The event type each order status publishes (noun-verb, as the bus's other events). */
export const EVENT_BY_STATUS: Readonly<Record<string, string>> = {
  created: "order.created",
  paid: "order.paid",
  accepted: "order.accepted",
  rejected: "order.rejected",
  rider_assigned: "order.rider_assigned",
  picked_up: "order.picked_up",
  delivering: "order.delivering",
  delivered: "order.delivered",
  cancelled: "order.cancelled",
  refunded: "order.refunded",
};

export interface OrderEventInput {
  id: string;
  orderId: string;
  type: string;
  status: string;
  at: number;
  data?: Record<string, unknown>;
}

/**
 * Appends one entry to an order's timeline. Callers hold the order's transition (a conditional
 * update or the creating transaction), so the next sequence number cannot be taken twice.
 */
export async function recordOrderEvent(db: Kysely<Database>, event: OrderEventInput): Promise<void> {
  const last = await db
    .selectFrom("commerce_order_events")
    .select((builder) => builder.fn.max("seq").as("seq"))
    .where("order_id", "=", event.orderId)
    .executeTakeFirst();
  await db
    .insertInto("commerce_order_events")
    .values({
      id: event.id,
      order_id: event.orderId,
      seq: Number(last?.seq ?? 0) + 1,
      type: event.type,
      status: event.status,
      at: event.at,
      data: JSON.stringify(event.data ?? {}),
    })
    .execute();
}

/** Tells the world about a transition (after it is committed, so subscribers see the new state). */
export async function publishOrderEvent(
  context: ServiceContext,
  order: { id: string; user_id: string },
  type: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await context.bus.publish({
    type,
    at: context.clock.now(),
    userId: order.user_id,
    subjectId: order.id,
    data: { orderId: order.id, ...data },
  });
}
