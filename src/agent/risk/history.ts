import { z } from "zod";
import { savedAddressPoint, savedAddressPoints } from "../../ecosystem/world/users.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import type { TaskRequest } from "../brain/types.ts";
import { requestOf, type TaskRow } from "../engine/task-store.ts";
import type { TaskQuote } from "../events.ts";
import type { ToolClient } from "../tools/client.ts";
import type { PastPayment, RiskFacts } from "./risk-score.ts";

const Point = z.object({ lng: z.number(), lat: z.number() });
// Only the structured fields the score needs; names and notes in the order history are never read.
const OrderHistory = z.object({
  orders: z.array(
    z.object({
      merchantId: z.string(),
      status: z.string(),
      totalFen: z.number().int(),
      quoteId: z.string().nullable(),
      address: Point,
      createdAt: z.number(),
    }),
  ),
});
const DEAD_TASK = ["failed", "cancelled"];
const DEAD_ORDER = ["rejected", "cancelled"];

/** What the task asks to pay, from its stored request (written by the engine from the service's quote). */
export function taskPayment(task: TaskRow): {
  request: TaskRequest;
  payee: string;
  amountFen: number;
} {
  const request = requestOf(task);
  return { request, payee: request.payee ?? "", amountFen: request.amountFen ?? 0 };
}

/**
 * Gathers the facts for scoring one payment: the user's past payments (mandates issued here and the
 * commerce order history, which includes orders placed before Dimple), their usual places, and what
 * the task's own request and quote say.
 */
export async function gatherFacts(
  context: ServiceContext,
  tools: ToolClient,
  task: TaskRow,
  quote: TaskQuote,
): Promise<RiskFacts> {
  const { request, payee, amountFen } = taskPayment(task);
  const [mandates, orders, addresses] = await Promise.all([
    context.db
      .selectFrom("risk_mandates")
      .innerJoin("agent_tasks", "agent_tasks.id", "risk_mandates.task_id")
      .select([
        "risk_mandates.task_id as taskId",
        "risk_mandates.payee as payee",
        "risk_mandates.amount_fen as amountFen",
        "risk_mandates.reference as reference",
        "risk_mandates.created_at as at",
        "agent_tasks.kind as kind",
        "agent_tasks.status as status",
      ])
      .where("risk_mandates.user_id", "=", task.user_id)
      .orderBy("risk_mandates.created_at", "desc")
      .limit(200)
      .execute(),
    tools.call("commerce_list_orders", { userId: task.user_id, limit: 50 }),
    savedAddressPoints(context, task.user_id),
  ]);
  const history: PastPayment[] = mandates.map((row) => ({
    kind: row.kind,
    payee: row.payee,
    amountFen: Number(row.amountFen),
    at: Number(row.at),
    live: !DEAD_TASK.includes(row.status),
    taskId: row.taskId,
  }));
  const references = new Set(mandates.map((row) => row.reference));
  const parsedOrders = orders.ok ? OrderHistory.safeParse(orders.data) : undefined;
  const pastOrders = parsedOrders?.success ? parsedOrders.data.orders : [];
  for (const order of pastOrders) {
    // Orders Dimple placed are already counted through their mandates.
    if (order.quoteId && references.has(order.quoteId)) continue;
    history.push({
      kind: "order_delivery",
      payee: `merchant:${order.merchantId}`,
      amountFen: order.totalFen,
      at: order.createdAt,
      live: !DEAD_ORDER.includes(order.status),
    });
  }
  const usualPlaces = [
    ...addresses.map((row) => ({ lng: row.lng, lat: row.lat })),
    ...pastOrders.map((order) => order.address),
  ];
  const location = locationOf(
    request,
    addresses.length > 0 ? await savedAddress(context, request) : undefined,
  );
  return {
    taskId: task.id,
    kind: task.kind,
    payee,
    payeeName: quote.merchant,
    ...(quote.merchantEn ? { payeeNameEn: quote.merchantEn } : {}),
    amountFen,
    now: context.clock.now(),
    cartQty: quote.lines.reduce((sum, line) => sum + line.qty, 0),
    ...(request.asked ? { asked: request.asked } : {}),
    ...(location ? { location } : {}),
    history,
    usualPlaces,
  };
}

async function savedAddress(context: ServiceContext, request: TaskRequest) {
  const id = request.args.addressId;
  if (typeof id !== "string") return undefined;
  return savedAddressPoint(context, id);
}

/** The delivery address, or a ride's pickup point. */
function locationOf(
  request: TaskRequest,
  saved: { lng: number; lat: number } | undefined,
): { lng: number; lat: number } | undefined {
  if (saved) return saved;
  for (const key of ["address", "origin"]) {
    const point = Point.safeParse(request.args[key]);
    if (point.success) return point.data;
  }
  return undefined;
}
