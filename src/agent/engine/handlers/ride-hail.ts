import { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import type { WorldEvent } from "../../../kernel/events.ts";
import { zoneClock, zoneDate, zoneDay } from "../../../kernel/time-zone.ts";
import type { TaskEvent } from "../../events.ts";
import { formatFen } from "../../format.ts";
import { callOrThrow, type ToolClient } from "../../tools/client.ts";
import type { EventAction, QuoteOutcome, TaskKindHandler } from "../handler.ts";
import type { TaskRow } from "../task-store.ts";
import { parseServiceOutput, requestArgs } from "./service-output.ts";

const PlaceArg = z.object({ lng: z.number(), lat: z.number(), name: z.string().max(200) });
const Args = z.object({
  productId: z.string().min(1),
  origin: PlaceArg,
  destination: PlaceArg,
  /** When the user should leave (a ride to a show); rides are dispatched when confirmed. */
  departAt: z.number().optional(),
  /** The pick-up was Dimple's choice (counted back from a show's start), not a time the user said. */
  suggested: z.boolean().optional(),
  /** Names for the card ("家" / "home"); the driver sees `name`. */
  labels: z
    .object({
      origin: z.object({ zh: z.string(), en: z.string() }),
      destination: z.object({ zh: z.string(), en: z.string() }),
    })
    .optional(),
});
const Estimate = z.object({
  distanceMeters: z.number(),
  durationSeconds: z.number(),
  products: z
    .array(
      z.object({
        productId: z.string(),
        nameZh: z.string(),
        nameEn: z.string(),
        fareFen: z.number().int(),
        lowFen: z.number().int(),
        highFen: z.number().int(),
      }),
    )
    .min(1),
});
const Trip = z.object({
  tripId: z.string(),
  status: z.string(),
  origin: z.object({ lng: z.number(), lat: z.number() }),
  destination: z.object({ lng: z.number(), lat: z.number() }),
  driver: z
    .object({ name: z.string(), nameEn: z.string().optional(), lng: z.number(), lat: z.number() })
    .nullable(),
  pickupEtaSeconds: z.number().nullable(),
  cancellationFeeFen: z.number().int().nullable(),
});

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * Ride hailing: the estimate's upper bound is pre-authorized (rides requires it), the trip is
 * requested once authorized, and the final fare is captured when the trip completes; capturing less
 * than the hold releases the rest.
 */
export const rideHailHandler: TaskKindHandler = {
  kind: "ride_hail",
  captureOn: "event",
  eventPrefix: "ride.",

  async quote(tools: ToolClient, task: TaskRow, rawArgs: Record<string, unknown>): Promise<QuoteOutcome> {
    const args = parseArgs(rawArgs);
    const raw = await callOrThrow(tools, "rides_estimate", {
      origin: args.origin,
      destination: args.destination,
      productId: args.productId,
      // Booked ahead: priced for when the car is called.
      ...(task.scheduled_for ? { at: Number(task.scheduled_for) } : {}),
    });
    const estimate = parseServiceOutput(Estimate, raw, "rides_estimate");
    const product = estimate.products[0] as z.output<typeof Estimate>["products"][number];
    // A pick-up on another day than the booking's says its date too: the card states when it acts.
    const departDay =
      args.departAt !== undefined && zoneDay(args.departAt) !== zoneDay(Number(task.created_at))
        ? zoneDate(args.departAt).slice(5).replace("-", "/")
        : "";
    const departs =
      args.departAt === undefined ? "" : `${departDay ? `${departDay} ` : ""}${zoneClock(args.departAt)}`;
    const from = args.labels?.origin ?? { zh: args.origin.name, en: args.origin.name };
    const to = args.labels?.destination ?? { zh: args.destination.name, en: args.destination.name };
    // A saved place shows its street address beside its label ("公司 · 滨江区阡陌路555号…").
    const toWhere = to.zh === args.destination.name ? to.zh : `${to.zh} · ${args.destination.name}`;
    return {
      card: {
        merchant: product.nameZh,
        merchantEn: product.nameEn,
        lines: [
          {
            name: `${from.zh} → ${to.zh}，预估 ${formatFen(product.lowFen)}–${formatFen(product.highFen)}，按实际里程扣款`,
            nameEn: `${from.en} → ${to.en}, estimated ${formatFen(product.lowFen)}–${formatFen(product.highFen)}; you pay the metered fare`,
            qty: 1,
            unitFen: product.highFen,
            lineFen: product.highFen,
          },
        ],
        totalFen: product.highFen,
        // Only a pick-up Dimple chose is a suggestion; a time the user set is the booking's.
        address: departs ? `${toWhere}（${args.suggested ? "建议 " : ""}${departs} 出发）` : toWhere,
        addressEn: departs ? `${to.en} (leave ${args.suggested ? "around" : "at"} ${departs})` : to.en,
        etaMinutes: minutes(estimate.durationSeconds),
      },
      binding: {
        productId: product.productId,
        origin: args.origin,
        destination: args.destination,
        lowFen: product.lowFen,
        highFen: product.highFen,
      },
      quoteId: `${task.id}:ride`,
      amountFen: product.highFen,
      payee: "merchant:rides",
      titles: {
        zh: `打车去${to.zh}${departs ? `（${departs} 出发）` : ""}`,
        en: `Ride to ${to.en}${departs ? ` (leave ${departs})` : ""}`,
      },
    };
  },

  async place(tools, task, intentId, idempotencyKey) {
    const args = parseArgs(requestArgs(task));
    const raw = await callOrThrow(tools, "rides_request", {
      userId: task.user_id,
      productId: args.productId,
      origin: args.origin,
      destination: args.destination,
      paymentIntentId: intentId,
      idempotencyKey,
    });
    return { orderId: parseServiceOutput(Trip, raw, "rides_request").tripId };
  },

  async cancel(tools, task) {
    const raw = await callOrThrow(tools, "rides_cancel", { userId: task.user_id, tripId: task.order_id });
    const trip = parseServiceOutput(Trip, raw, "rides_cancel");
    // Nothing was captured yet: there is nothing to refund, only a late-cancellation fee to take.
    return { refundFen: 0, captureFen: trip.cancellationFeeFen ?? 0 };
  },

  onEvent(event: WorldEvent, task: TaskRow): EventAction {
    if (task.status !== "in_fulfilment") return { type: "ignore" };
    const data = event.data ?? {};
    const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : "");
    switch (event.type) {
      case "ride.driver_assigned": {
        const eta = typeof data.pickupEtaSeconds === "number" ? minutes(data.pickupEtaSeconds) : undefined;
        const english = (key: string) => text(`${key}En`) || text(key);
        return {
          type: "notify",
          message: {
            zh: `司机${text("name")}已接单，${text("carColor")}${text("carModel")} ${text("plate")}${eta ? `，约 ${eta} 分钟到达上车点` : ""}。`,
            en: `${english("name")} is coming in a ${[english("carColor"), english("carModel")].filter(Boolean).join(" ")}, plate ${english("plate")}${eta ? `, about ${eta} min away` : ""}.`,
          },
        };
      }
      case "ride.driver_arrived":
        return {
          type: "notify",
          message: {
            zh: "司机已到达上车点，请尽快上车。",
            en: "Your driver has arrived at the pickup point.",
          },
        };
      case "ride.completed": {
        const fare = typeof data.finalFareFen === "number" ? data.finalFareFen : undefined;
        if (fare === undefined) return { type: "ignore" };
        return {
          type: "complete",
          captureFen: fare,
          message: {
            zh: `已到达目的地，车费 ${formatFen(fare)} 已扣款，多余的预授权已释放。`,
            en: `You've arrived. The fare of ${formatFen(fare)} was charged and the rest of the hold released.`,
          },
        };
      }
      case "ride.driver_cancelled":
        // The platform re-dispatches on its own; when it gives up, `ride.failed` follows.
        if (data.redispatching !== true) return { type: "ignore" };
        return {
          type: "notify",
          message: {
            zh: "司机取消了接单，已自动为您重新派单，马上为您找新的司机。",
            en: "Your driver cancelled. I've had the ride dispatched again and a new driver is being found.",
          },
        };
      case "ride.failed":
        return {
          type: "fail",
          release: true,
          message:
            data.reason === "driver_cancelled"
              ? {
                  zh: "抱歉，司机取消后没有其他司机接单，预授权已全额释放，没有扣款。要再叫一次吗？",
                  en: "Sorry, after the driver cancelled no other driver took the ride. The whole hold is released — you weren't charged. Shall I call another?",
                }
              : {
                  zh: "抱歉，附近暂时没有司机接单，预授权已释放，没有扣款。要再试一次吗？",
                  en: "Sorry, no driver took the ride. The hold is released — you weren't charged. Try again?",
                },
        };
      default:
        return { type: "ignore" };
    }
  },

  async describe(tools, task): Promise<Partial<TaskEvent>> {
    if (!task.order_id) return {};
    const result = await tools.call("rides_get_trip", { userId: task.user_id, tripId: task.order_id });
    const trip = result.ok ? Trip.safeParse(result.data) : undefined;
    if (!trip?.success) return {};
    const { origin, destination, driver, pickupEtaSeconds } = trip.data;
    return {
      tracking: {
        origin,
        destination,
        ...(driver
          ? {
              courier: {
                lng: driver.lng,
                lat: driver.lat,
                name: driver.name,
                ...(driver.nameEn ? { nameEn: driver.nameEn } : {}),
              },
            }
          : {}),
        ...(pickupEtaSeconds !== null && trip.data.status === "driver_assigned"
          ? { etaMinutes: minutes(pickupEtaSeconds) }
          : {}),
      },
    };
  },
};

function parseArgs(raw: unknown): z.output<typeof Args> {
  const parsed = Args.safeParse(raw);
  if (!parsed.success)
    throw new DimpleError("invalid_argument", "the ride request is incomplete", { field: "args" });
  return parsed.data;
}
