import type { ServiceContext } from "../../kernel/context.ts";
import { dueKey, type LifecycleStepper, parseDueKey } from "../../kernel/stepper.ts";
import { nextClaimDueAt, runDueClaims } from "./after-sale/settle.ts";
import { advanceOrder } from "./transitions.ts";

/**
 * The commerce service's simulated fulfilment: paid → accepted → rider_assigned → picked_up →
 * delivering → delivered (or rejected), then after-sale reviews and refunds. Due steps live in `commerce_orders.next_step_at`, so a
 * restarted process carries on where it stopped.
 */
export const commerceStepper: LifecycleStepper = {
  name: "commerce",
  async nextDueAt(context: ServiceContext) {
    const row = await context.db
      .selectFrom("commerce_orders")
      .select((builder) => builder.fn.min("next_step_at").as("due"))
      .where("next_step_at", "is not", null)
      .executeTakeFirst();
    const orderDue = row?.due === null || row?.due === undefined ? undefined : Number(row.due);
    const claimDue = await nextClaimDueAt(context);
    if (orderDue === undefined) return claimDue;
    return claimDue === undefined ? orderDue : Math.min(orderDue, claimDue);
  },
  async runDue(context: ServiceContext, now: number) {
    const due = await context.db
      .selectFrom("commerce_orders")
      .selectAll()
      .where("next_step_at", "is not", null)
      .where("next_step_at", "<=", now)
      .orderBy("next_step_at")
      .orderBy("id")
      .execute();
    for (const order of due) await advanceOrder(context, order, now);
    // After-sale claims: reviews that are due, and refunds a crash left unfinished.
    await runDueClaims(context, now);
  },
  async dueKeys(context: ServiceContext, now: number) {
    const due = await context.db
      .selectFrom("commerce_orders")
      .select(["id", "next_step_at"])
      .where("next_step_at", "is not", null)
      .where("next_step_at", "<=", now)
      .orderBy("next_step_at")
      .orderBy("id")
      .execute();
    return due.map((order) => dueKey(order.id, Number(order.next_step_at)));
  },
  async runOne(context: ServiceContext, key: string, now: number) {
    const { id, dueAt } = parseDueKey(key);
    const order = await context.db
      .selectFrom("commerce_orders")
      .selectAll()
      .where("id", "=", id)
      .where("next_step_at", "=", dueAt)
      .executeTakeFirst();
    // advanceOrder's update is conditional on this status and due time: a second run moves nothing.
    if (order) await advanceOrder(context, order, now);
  },
};
