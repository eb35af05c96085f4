import { requestOf, type TaskRow, taskEvent } from "../agent/engine/task-store.ts";
import type { Agent } from "../agent/runtime.ts";

/** One task as the API shows it: its event plus the model tokens spent on it. */
export async function taskView(agent: Agent, userId: string, taskId: string) {
  const task = await agent.engine.store.getOwned(userId, taskId);
  return { ...(await agent.engine.eventFor(task)), tokens: await agent.taskTokens.get(task.id) };
}

/** The user's tasks, newest first, as the API shows them. */
export async function taskViews(agent: Agent, userId: string) {
  const tasks = await agent.engine.store.listForUser(userId);
  const tokens = await agent.taskTokens.getMany(tasks.map((task) => task.id));
  return Promise.all(
    tasks.map(async (task) => ({ ...(await agent.engine.eventFor(task)), tokens: tokens.get(task.id) })),
  );
}

/** A claim on an order, as History shows it under the order. */
export interface OrderClaim {
  taskId: string;
  /** spilled, missing_item, wrong_item, quality, late, detour, lost_item, ticket_refund */
  kind: string;
  /** under_review | refunded | rejected */
  status: string;
  amountFen: number;
  refundedFen: number;
}

/** Where a filed claim stands, read from its task: under way, money back, or turned down. */
function claimStatus(task: TaskRow): string | undefined {
  if (!task.order_id) return undefined;
  if (task.status === "in_fulfilment" || task.status === "processing") return "under_review";
  if (task.status === "completed") return task.refunded_fen > 0 ? "refunded" : "reported";
  if (task.status === "failed") return "rejected";
  return undefined;
}

/** The filed claims of a user's tasks, by the id of the order, trip or booking they are on. */
function claimsByOrder(tasks: readonly TaskRow[]): Map<string, OrderClaim[]> {
  const byOrder = new Map<string, OrderClaim[]>();
  for (const task of tasks) {
    if (task.kind !== "after_sale") continue;
    const status = claimStatus(task);
    const args = requestOf(task).args ?? {};
    const target = [args.orderId, args.tripId, args.bookingId].find((id) => typeof id === "string");
    if (!status || typeof target !== "string") continue;
    const quote = taskEvent(task).quote;
    const claims = byOrder.get(target) ?? [];
    claims.push({
      taskId: task.id,
      kind: typeof args.kind === "string" ? args.kind : "other",
      status,
      amountFen: quote?.totalFen ?? 0,
      refundedFen: task.refunded_fen,
    });
    byOrder.set(target, claims);
  }
  return byOrder;
}

/**
 * The user's orders (tasks that placed one), newest first, each with the claims filed on it; the
 * claims themselves are shown under their order rather than as orders of their own.
 */
export async function orderViews(agent: Agent, userId: string) {
  const tasks = await agent.engine.store.listForUser(userId, 100);
  const claims = claimsByOrder(tasks);
  return tasks
    .filter((task) => task.order_id && task.kind !== "after_sale")
    .map((task) => {
      const event = taskEvent(task);
      const onOrder = claims.get(task.order_id as string) ?? [];
      return {
        orderId: task.order_id,
        taskId: task.id,
        kind: task.kind,
        title: task.title,
        merchant: event.quote?.merchant ?? "",
        ...(event.quote?.merchantEn ? { merchantEn: event.quote.merchantEn } : {}),
        lines: event.quote?.lines ?? [],
        totalFen: event.quote?.totalFen ?? 0,
        paidFen: task.paid_fen,
        // What came back on the order's own payment: a cancellation's refund and its claims'.
        refundedFen: task.refunded_fen + onOrder.reduce((sum, claim) => sum + claim.refundedFen, 0),
        status: task.status,
        createdAt: task.created_at,
        ...(onOrder.length > 0 ? { claims: onOrder } : {}),
      };
    });
}
