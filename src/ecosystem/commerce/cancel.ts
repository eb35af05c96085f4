import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, notFound } from "../../kernel/errors.ts";
import type { Database } from "../../store/schema.ts";
import { EVENT_BY_STATUS, publishOrderEvent, recordOrderEvent } from "./order-events.ts";
import { loadOrderView, type OrderView } from "./order-view.ts";
import { readLines } from "./rows.ts";
import { CancelOrderInput, MarkRefundedInput } from "./schemas.ts";
import { returnStock } from "./stock.ts";
import type { CommerceOrdersTable } from "./tables.ts";
import { validate } from "./validate.ts";

/** Gives an order's single-use vouchers back to their owner (the order did not happen). */
export async function releaseVouchers(db: Kysely<Database>, orderId: string): Promise<void> {
  await db
    .updateTable("commerce_coupons")
    .set({ used_order_id: null, used_at: null })
    .where("used_order_id", "=", orderId)
    .execute();
}

/**
 * The cancellation rule (our choice, shown to users before they cancel):
 * - before the merchant accepts (`paid`): free, the whole total is due back;
 * - accepted, or a rider assigned, but not picked up: allowed, the merchant keeps
 *   `cancel_fee_percent` of the total for food already being made (0% for shelf goods);
 * - picked up, delivering, delivered, rejected or refunded: refused (`cancel_not_allowed`).
 */
export function cancellationFee(status: string, totalFen: number, feePercent: number): number | undefined {
  if (status === "created" || status === "paid") return 0;
  if (status === "accepted" || status === "rider_assigned") return Math.round((totalFen * feePercent) / 100);
  return undefined;
}

async function loadOwnOrder(context: ServiceContext, userId: string, orderId: string) {
  const row = await context.db
    .selectFrom("commerce_orders")
    .selectAll()
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (!row || row.user_id !== userId) throw notFound("order", orderId, "orderId");
  return row;
}

async function tryCancel(
  context: ServiceContext,
  order: CommerceOrdersTable,
  reason: string,
): Promise<boolean> {
  const merchant = await context.db
    .selectFrom("commerce_merchants")
    .select("cancel_fee_percent")
    .where("id", "=", order.merchant_id)
    .executeTakeFirstOrThrow();
  const feeFen = cancellationFee(order.status, order.total_fen, merchant.cancel_fee_percent);
  if (feeFen === undefined)
    throw new DimpleError(
      "cancel_not_allowed",
      `order ${order.id} is ${order.status} and can no longer be cancelled`,
      {
        field: "orderId",
        status: 409,
        details: { status: order.status },
      },
    );
  const now = context.clock.now();
  const refundDueFen = order.total_fen - feeFen;
  const done = await context.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("commerce_orders")
      .set({
        status: "cancelled",
        cancel_fee_fen: feeFen,
        refund_due_fen: refundDueFen,
        reason,
        next_step_at: null,
        updated_at: now,
      })
      .where("id", "=", order.id)
      .where("status", "=", order.status)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) return false;
    await returnStock(trx, readLines(order.lines));
    await releaseVouchers(trx, order.id);
    await recordOrderEvent(trx, {
      id: context.ids.next("oev"),
      orderId: order.id,
      type: EVENT_BY_STATUS.cancelled ?? "order.cancelled",
      status: "cancelled",
      at: now,
      data: { previousStatus: order.status, cancelFeeFen: feeFen, refundDueFen, reason },
    });
    return true;
  });
  if (done)
    await publishOrderEvent(context, order, "order.cancelled", {
      status: "cancelled",
      previousStatus: order.status,
      cancelFeeFen: feeFen,
      refundDueFen,
      reason,
    });
  return done;
}

/**
 * Cancels a user's order under the rule of `cancellationFee`. Commerce moves no money: it records
 * `refundDueFen` for the agent to refund through pay, which then calls `markRefunded`. Cancelling an
 * already cancelled order returns it unchanged.
 */
export async function cancelOrder(
  context: ServiceContext,
  request: z.input<typeof CancelOrderInput>,
): Promise<OrderView> {
  const input = validate(CancelOrderInput, request);
  // The order may move (the stepper accepts it) between our read and our update; re-read and retry.
  for (let attempt = 0; attempt < 3; attempt++) {
    const order = await loadOwnOrder(context, input.userId, input.orderId);
    if (order.status === "cancelled") break;
    if (await tryCancel(context, order, input.reason ?? "requested_by_customer")) break;
  }
  const view = await loadOrderView(context, input.orderId);
  if (!view) throw notFound("order", input.orderId, "orderId");
  return view;
}

/**
 * Records that pay refunded a cancelled or rejected order. `refundFen` is the TOTAL refunded so far
 * for this order (not an increment), so repeating the call after a crash changes nothing. Once it
 * reaches `refundDueFen` the order becomes `refunded`.
 */
export async function markRefunded(
  context: ServiceContext,
  request: z.input<typeof MarkRefundedInput>,
): Promise<OrderView> {
  const input = validate(MarkRefundedInput, request);
  const order = await context.db
    .selectFrom("commerce_orders")
    .selectAll()
    .where("id", "=", input.orderId)
    .executeTakeFirst();
  if (!order) throw notFound("order", input.orderId, "orderId");
  if (!["cancelled", "rejected", "refunded"].includes(order.status))
    throw new DimpleError(
      "invalid_state",
      `order ${order.id} is ${order.status}; only cancelled or rejected orders are refunded`,
      {
        field: "orderId",
        status: 409,
      },
    );
  if (input.refundFen > order.refund_due_fen)
    throw new DimpleError(
      "refund_exceeds_due",
      `only ${order.refund_due_fen} fen is due back on order ${order.id}`,
      {
        field: "refundFen",
        details: { refundDueFen: order.refund_due_fen },
      },
    );
  if (input.refundFen > order.refunded_fen) {
    const now = context.clock.now();
    const complete = input.refundFen >= order.refund_due_fen;
    const result = await context.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable("commerce_orders")
        .set({ refunded_fen: input.refundFen, status: complete ? "refunded" : order.status, updated_at: now })
        .where("id", "=", order.id)
        .where("refunded_fen", "<", input.refundFen)
        .executeTakeFirst();
      if (updated.numUpdatedRows !== 1n) return false;
      await recordOrderEvent(trx, {
        id: context.ids.next("oev"),
        orderId: order.id,
        type: "order.refunded",
        status: complete ? "refunded" : order.status,
        at: now,
        data: { refundedFen: input.refundFen, refundDueFen: order.refund_due_fen },
      });
      return true;
    });
    if (result)
      await publishOrderEvent(context, order, "order.refunded", {
        status: complete ? "refunded" : order.status,
        refundedFen: input.refundFen,
        refundDueFen: order.refund_due_fen,
      });
  }
  const view = await loadOrderView(context, order.id);
  if (!view) throw notFound("order", order.id, "orderId");
  return view;
}
