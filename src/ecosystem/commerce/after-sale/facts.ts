import type { ServiceContext } from "../../../kernel/context.ts";
import { notFound } from "../../../kernel/errors.ts";
import { readLines } from "../rows.ts";
import type { OrderFacts } from "./rules.ts";

/** Reads what the claim rules look at: the user's own order, its delivery and promise, its claims. */
export async function loadOrderFacts(
  context: ServiceContext,
  userId: string,
  orderId: string,
): Promise<OrderFacts> {
  const order = await context.db
    .selectFrom("commerce_orders")
    .selectAll()
    .where("id", "=", orderId)
    .executeTakeFirst();
  // Someone else's order is not found, exactly like one that does not exist.
  if (!order || order.user_id !== userId) throw notFound("order", orderId, "orderId");
  const delivered = await context.db
    .selectFrom("commerce_order_events")
    .select("at")
    .where("order_id", "=", orderId)
    .where("status", "=", "delivered")
    .orderBy("seq")
    .executeTakeFirst();
  // The promise is the quote's: placed at + its ETA (a delay pushes `eta_at`, not the promise).
  const quote = order.quote_id
    ? await context.db
        .selectFrom("commerce_quotes")
        .select("eta_minutes")
        .where("id", "=", order.quote_id)
        .executeTakeFirst()
    : undefined;
  const claims = await context.db
    .selectFrom("commerce_claims")
    .select(["target", "status"])
    .where("order_id", "=", orderId)
    .execute();
  return {
    order,
    lines: readLines(order.lines),
    deliveredAt: delivered ? Number(delivered.at) : undefined,
    promisedAt: quote ? Number(order.created_at) + quote.eta_minutes * 60_000 : Number(order.eta_at),
    claimedTargets: claims.map((claim) => claim.target),
  };
}
