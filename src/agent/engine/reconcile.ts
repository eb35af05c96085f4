import { z } from "zod";
import type { WorldEvent } from "../../kernel/events.ts";
import type { ToolClient } from "../tools/client.ts";
import type { TaskRow } from "./task-store.ts";

const Order = z.object({ status: z.string() });
const Trip = z.object({ status: z.string(), finalFareFen: z.number().int().nullable().optional() });

/**
 * After a restart, the world event a task missed (the process died between the service's change and
 * the engine's reaction) is rebuilt from the service's own record: the service's state is the truth,
 * not what the task row last saw. Returns the event the handler would have received, or undefined
 * when there is nothing to catch up on.
 */
export async function missedEvent(
  tools: ToolClient,
  task: TaskRow,
  now: number,
): Promise<WorldEvent | undefined> {
  if (!task.order_id) return undefined;
  const base = { at: now, userId: task.user_id, subjectId: task.order_id };
  if (task.kind === "order_delivery") {
    const result = await tools.call("commerce_get_order", { userId: task.user_id, orderId: task.order_id });
    const order = result.ok ? Order.safeParse(result.data) : undefined;
    if (!order?.success) return undefined;
    const status = order.data.status;
    if (status === "delivered") return { ...base, type: "order.delivered" };
    if (status === "rejected") return { ...base, type: "order.rejected" };
    const accepted = ["accepted", "rider_assigned", "picked_up", "delivering"].includes(status);
    if (accepted && task.paid_fen === 0) return { ...base, type: "order.accepted" };
    return undefined;
  }
  if (task.kind === "ride_hail") {
    const result = await tools.call("rides_get_trip", { userId: task.user_id, tripId: task.order_id });
    const trip = result.ok ? Trip.safeParse(result.data) : undefined;
    if (!trip?.success) return undefined;
    if (trip.data.status === "completed" && typeof trip.data.finalFareFen === "number")
      return { ...base, type: "ride.completed", data: { finalFareFen: trip.data.finalFareFen } };
    if (trip.data.status === "failed") return { ...base, type: "ride.failed" };
  }
  return undefined;
}
