import type { ServiceContext } from "../../kernel/context.ts";
import { grantLateCoupon } from "./after-sale/late-coupon.ts";
import { releaseVouchers } from "./cancel.ts";
import { offsetPoint } from "./neighbourhoods.ts";
import { EVENT_BY_STATUS, publishOrderEvent, recordOrderEvent } from "./order-events.ts";
import { travelMinutes } from "./pricing.ts";
import { pickRider } from "./riders.ts";
import { readLines, type StoredRider } from "./rows.ts";
import { returnStock } from "./stock.ts";
import type { CommerceMerchantsTable, CommerceOrdersTable } from "./tables.ts";

const MINUTE = 60_000;

/** The change one step makes to an order, and what the world is told about it. */
interface Step {
  status: string;
  set: Partial<CommerceOrdersTable>;
  data: Record<string, unknown>;
  /** Extra events published after the transition (a rider delay notice). */
  notices?: { type: string; data: Record<string, unknown> }[];
}

const minutesUntil = (at: number, now: number) => Math.max(0, Math.ceil((at - now) / MINUTE));

/** Decides the next step of an order that is due, drawing durations from the runtime randomness. */
function nextStep(
  context: ServiceContext,
  order: CommerceOrdersTable,
  merchant: CommerceMerchantsTable,
  now: number,
): Step | undefined {
  switch (order.status) {
    case "paid": {
      const rejected = context.faults.trip("commerce", "merchant_rejects");
      if (rejected)
        return {
          status: "rejected",
          set: { refund_due_fen: order.total_fen, reason: "merchant_rejected", next_step_at: null },
          data: { reason: "merchant_rejected", refundDueFen: order.total_fen },
        };
      return {
        status: "accepted",
        set: { next_step_at: now + context.random.int(120, 300) * 1000 },
        data: {},
      };
    }
    case "accepted": {
      // The merchant took the order (and the payment was captured), then finds it cannot make it:
      // the order is cancelled on the merchant's side and everything paid is due back.
      if (context.faults.trip("commerce", "merchant_cannot_fulfil"))
        return {
          status: "cancelled",
          set: { refund_due_fen: order.total_fen, reason: "merchant_cannot_fulfil", next_step_at: null },
          data: { reason: "merchant_cannot_fulfil", refundDueFen: order.total_fen },
        };
      const rider = pickRider(context.random);
      const start = offsetPoint(
        merchant,
        context.random.int(300, 1500),
        context.random.float() * 2 * Math.PI,
      );
      // The rider picks up when both the food is ready and the rider has reached the shop.
      let pickupAt = Math.max(
        order.updated_at + merchant.prep_minutes * MINUTE,
        now + context.random.int(3, 6) * MINUTE,
      );
      const delayed = context.faults.trip("commerce", "rider_delayed");
      // A very late rider (injected) misses the promise by half an hour or more: lateness compensation.
      const veryLate = context.faults.trip("commerce", "late_delivery");
      const delayMinutes = veryLate ? context.random.int(45, 55) : delayed ? context.random.int(8, 15) : 0;
      pickupAt += delayMinutes * MINUTE;
      const etaAt = Math.max(order.eta_at, pickupAt + (1 + travelMinutes(order.distance_m)) * MINUTE);
      const stored: StoredRider = {
        ...rider,
        startLng: start.lng,
        startLat: start.lat,
        assignedAt: now,
        pickupAt,
      };
      return {
        status: "rider_assigned",
        set: { rider: JSON.stringify(stored), next_step_at: pickupAt, eta_at: etaAt },
        data: {
          riderName: rider.name,
          riderNameEn: rider.nameEn,
          riderPhone: rider.phone,
          etaMinutes: minutesUntil(etaAt, now),
          ...start,
        },
        ...(delayed || veryLate
          ? {
              notices: [
                { type: "order.rider_delayed", data: { delayMinutes, etaMinutes: minutesUntil(etaAt, now) } },
              ],
            }
          : {}),
      };
    }
    case "rider_assigned":
      return {
        status: "picked_up",
        set: { next_step_at: now + MINUTE },
        data: { lng: merchant.lng, lat: merchant.lat },
      };
    case "picked_up": {
      const arrival = now + travelMinutes(order.distance_m) * MINUTE;
      return {
        status: "delivering",
        set: { next_step_at: arrival, eta_at: Math.max(order.eta_at, arrival) },
        data: { etaMinutes: minutesUntil(arrival, now), lng: merchant.lng, lat: merchant.lat },
      };
    }
    case "delivering":
      return {
        status: "delivered",
        set: { next_step_at: null },
        data: { lng: order.dest_lng, lat: order.dest_lat },
      };
    default:
      return undefined;
  }
}

/**
 * Moves one due order one step. The update is conditional on the status and due time it was read
 * with, so two steppers (two processes) never apply the same step twice; only the winner records
 * and publishes it.
 */
export async function advanceOrder(
  context: ServiceContext,
  order: CommerceOrdersTable,
  now: number,
): Promise<void> {
  const merchant = await context.db
    .selectFrom("commerce_merchants")
    .selectAll()
    .where("id", "=", order.merchant_id)
    .executeTakeFirstOrThrow();
  const step = nextStep(context, order, merchant, now);
  if (!step) return;
  const moved = await context.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("commerce_orders")
      .set({ ...step.set, status: step.status, updated_at: now })
      .where("id", "=", order.id)
      .where("status", "=", order.status)
      .where("next_step_at", "=", order.next_step_at)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) return false;
    if (step.status === "rejected" || step.status === "cancelled") {
      await returnStock(trx, readLines(order.lines));
      await releaseVouchers(trx, order.id);
    }
    await recordOrderEvent(trx, {
      id: context.ids.next("oev"),
      orderId: order.id,
      type: EVENT_BY_STATUS[step.status] ?? step.status,
      status: step.status,
      at: now,
      data: step.data,
    });
    if (step.status === "delivered") {
      const coupon = await grantLateCoupon(trx, order, now);
      if (coupon)
        step.notices = [...(step.notices ?? []), { type: "order.late_compensated", data: { ...coupon } }];
    }
    for (const notice of step.notices ?? []) {
      await recordOrderEvent(trx, {
        id: context.ids.next("oev"),
        orderId: order.id,
        type: notice.type,
        status: step.status,
        at: now,
        data: notice.data,
      });
    }
    return true;
  });
  if (!moved) return;
  await publishOrderEvent(context, order, EVENT_BY_STATUS[step.status] ?? step.status, {
    status: step.status,
    merchantId: order.merchant_id,
    ...step.data,
  });
  for (const notice of step.notices ?? []) await publishOrderEvent(context, order, notice.type, notice.data);
}
