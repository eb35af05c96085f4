import { z } from "zod";
import type { ServiceContext } from "../../../kernel/context.ts";
import { DimpleError, notFound } from "../../../kernel/errors.ts";
import { isUniqueViolation } from "../../../kernel/idempotency.ts";
import { yuanDigits } from "../../../kernel/money.ts";
import { zodErrorBody } from "../../../kernel/tool.ts";
import { getPaymentIntent, refundPayment } from "../../pay/index.ts";
import { fareFen, loadProducts } from "../fare.ts";
import type { TripRow } from "../trip-view.ts";
import type { RidesDisputesTable } from "./tables.ts";

const userId = z.string().min(1).max(40).describe("The signed-in user's id");

export const PreviewDisputeInput = z.object({
  userId,
  tripId: z.string().min(1).max(40).describe("The completed trip"),
  kind: z.enum(["detour", "lost_item"]).describe("detour 绕路 (fare dispute) | lost_item 物品遗失"),
});

export const FileDisputeInput = PreviewDisputeInput.extend({
  description: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .describe("What happened / what was left behind, in the user's words"),
});

/** What a dispute gives back and why, decided by the rule row. */
export interface DisputeAssessment {
  tripId: string;
  kind: "detour" | "lost_item";
  outcome: "adjusted" | "rejected" | "reported";
  plannedDistanceM: number;
  actualDistanceM: number;
  chargedFen: number;
  adjustedFareFen: number;
  refundFen: number;
  decision: { code: string; zh: string; en: string };
}

export interface DisputeView extends DisputeAssessment {
  disputeId: string;
  status: string;
  description: string;
  refundId: string | null;
  createdAt: number;
}

/** Validates a direct caller's input the way tools do: a DimpleError naming the field. */
function parse<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const body = zodErrorBody(parsed.error);
  throw new DimpleError(body.code, body.message, body.field ? { field: body.field } : {});
}

const km = (meters: number) => (meters / 1000).toFixed(1);

async function loadTrip(context: ServiceContext, user: string, tripId: string): Promise<TripRow> {
  const trip = await context.db
    .selectFrom("rides_trips")
    .selectAll()
    .where("id", "=", tripId)
    .executeTakeFirst();
  if (!trip || trip.user_id !== user) throw notFound("trip", tripId, "tripId");
  return trip;
}

/**
 * The rule on a finished trip: a detour (the driven route longer than the planned one by more than
 * the threshold) is charged as the planned route would have been, and the difference comes back;
 * a lost item is passed to the driver. Both only within the window after the trip.
 */
export async function previewDispute(
  context: ServiceContext,
  request: z.input<typeof PreviewDisputeInput>,
): Promise<DisputeAssessment> {
  const input = parse(PreviewDisputeInput, request);
  const trip = await loadTrip(context, input.userId, input.tripId);
  const rule = await context.db
    .selectFrom("rides_after_sale_rules")
    .selectAll()
    .where("id", "=", "default")
    .executeTakeFirstOrThrow();
  if (trip.status !== "completed" || trip.completed_at === null || trip.started_at === null)
    throw new DimpleError(
      "dispute_not_open",
      `trip ${trip.id} is ${trip.status}; only a finished trip can be disputed`,
      {
        field: "tripId",
        status: 409,
      },
    );
  if (context.clock.now() > Number(trip.completed_at) + rule.window_hours * 3_600_000)
    throw new DimpleError("dispute_window_closed", `disputes close ${rule.window_hours} h after the trip`, {
      field: "tripId",
      status: 409,
    });
  const planned = trip.estimated_distance_m;
  const actual = trip.actual_distance_m ?? planned;
  const intent = await getPaymentIntent(context, trip.payment_intent_id);
  const chargedFen = intent ? intent.capturedFen - intent.refundedFen : 0;
  const base = {
    tripId: trip.id,
    kind: input.kind,
    plannedDistanceM: planned,
    actualDistanceM: actual,
    chargedFen,
  };
  if (input.kind === "lost_item") {
    const driver = trip.driver_id
      ? await context.db
          .selectFrom("rides_drivers")
          .selectAll()
          .where("id", "=", trip.driver_id)
          .executeTakeFirst()
      : undefined;
    return {
      ...base,
      outcome: "reported",
      adjustedFareFen: chargedFen,
      refundFen: 0,
      decision: {
        code: "passed_to_driver",
        zh: driver
          ? `已转告司机${driver.name}（${driver.plate}），司机会尽快联系你`
          : "已登记，平台客服会联系你",
        en: driver
          ? `Passed to the driver, ${driver.name_en || driver.name} (${driver.plate_en || driver.plate}), who will contact you`
          : "Recorded; the platform's support will contact you",
      },
    };
  }
  const longerPercent = Math.round(((actual - planned) * 100) / Math.max(1, planned));
  const [product] = await loadProducts(context, trip.product_id);
  const plannedDuration = Math.round(
    ((trip.actual_duration_s ?? trip.estimated_duration_s) * planned) / Math.max(1, actual),
  );
  const plannedFare = product
    ? fareFen(product, planned, plannedDuration, Number(trip.started_at))
    : chargedFen;
  const adjustedFareFen = Math.min(chargedFen, plannedFare);
  const refundFen = chargedFen - adjustedFareFen;
  if (longerPercent <= rule.detour_threshold_percent || refundFen <= 0)
    return {
      ...base,
      outcome: "rejected",
      adjustedFareFen: chargedFen,
      refundFen: 0,
      decision: {
        code: "no_detour",
        zh: `实际路线 ${km(actual)} 公里，比规划的 ${km(planned)} 公里${longerPercent > 0 ? `长 ${longerPercent}%` : "不长"}，未超过 ${rule.detour_threshold_percent}% 的绕路标准，车费不变`,
        en: `The route driven was ${km(actual)} km against ${km(planned)} km planned (${longerPercent > 0 ? `${longerPercent}% longer` : "no longer"}), within the ${rule.detour_threshold_percent}% allowance: the fare stands`,
      },
    };
  return {
    ...base,
    outcome: "adjusted",
    adjustedFareFen,
    refundFen,
    decision: {
      code: "detour_adjusted",
      zh: `实际路线 ${km(actual)} 公里，比规划的 ${km(planned)} 公里长 ${longerPercent}%，按规划路线重新计费 ¥${yuanDigits(adjustedFareFen)}，退还 ¥${yuanDigits(refundFen)}`,
      en: `The route driven was ${km(actual)} km against ${km(planned)} km planned (${longerPercent}% longer): re-priced on the planned route at ¥${yuanDigits(adjustedFareFen)}, ¥${yuanDigits(refundFen)} back`,
    },
  };
}

function view(row: RidesDisputesTable): DisputeView {
  return {
    disputeId: row.id,
    tripId: row.trip_id,
    kind: row.kind as DisputeView["kind"],
    status: row.status,
    outcome: (row.status === "adjusting" ? "adjusted" : row.status) as DisputeView["outcome"],
    description: row.description,
    plannedDistanceM: row.planned_distance_m,
    actualDistanceM: row.actual_distance_m,
    chargedFen: row.charged_fen,
    adjustedFareFen: row.adjusted_fare_fen,
    refundFen: row.refund_fen,
    refundId: row.refund_id,
    decision: { code: row.decision_code, zh: row.decision_zh, en: row.decision_en },
    createdAt: Number(row.created_at),
  };
}

/**
 * The dispute's refund, keyed by its id. A concurrent identical request finds the first one still
 * running (`idempotency_in_flight`) and waits for its stored result instead of failing.
 */
async function refundOnce(context: ServiceContext, row: RidesDisputesTable, intentId: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      const { refund } = await refundPayment(context, {
        intentId,
        amountFen: row.refund_fen,
        reason: `ride dispute ${row.id} (detour)`,
        idempotencyKey: `ride-dispute:${row.id}`,
      });
      return refund;
    } catch (error) {
      if (!(error instanceof DimpleError && error.code === "idempotency_in_flight") || attempt >= 40)
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Finishes a detour's refund: the refund's key is the dispute's id, so a retry never pays twice. */
async function settle(
  context: ServiceContext,
  row: RidesDisputesTable,
  intentId: string,
): Promise<RidesDisputesTable> {
  if (row.status !== "adjusting") return row;
  const refund = await refundOnce(context, row, intentId);
  await context.db
    .updateTable("rides_disputes")
    .set({ status: "adjusted", refund_id: refund.id })
    .where("id", "=", row.id)
    .where("status", "=", "adjusting")
    .execute();
  return context.db
    .selectFrom("rides_disputes")
    .selectAll()
    .where("id", "=", row.id)
    .executeTakeFirstOrThrow();
}

/**
 * Files a detour dispute or a lost-item report on a finished trip, decided at once by the rule. One
 * of each kind per trip: asking again (or twenty times at once) returns the first, and its refund is
 * paid once.
 */
export async function fileDispute(
  context: ServiceContext,
  request: z.input<typeof FileDisputeInput>,
): Promise<DisputeView> {
  const input = parse(FileDisputeInput, request);
  const trip = await loadTrip(context, input.userId, input.tripId);
  const existing = () =>
    context.db
      .selectFrom("rides_disputes")
      .selectAll()
      .where("trip_id", "=", trip.id)
      .where("kind", "=", input.kind)
      .executeTakeFirst();
  const before = await existing();
  if (before) return view(await settle(context, before, trip.payment_intent_id));
  const assessment = await previewDispute(context, input);
  const row: RidesDisputesTable = {
    id: context.ids.next("rdp"),
    user_id: input.userId,
    trip_id: trip.id,
    kind: input.kind,
    description: input.description,
    status: assessment.outcome === "adjusted" ? "adjusting" : assessment.outcome,
    planned_distance_m: assessment.plannedDistanceM,
    actual_distance_m: assessment.actualDistanceM,
    charged_fen: assessment.chargedFen,
    adjusted_fare_fen: assessment.adjustedFareFen,
    refund_fen: assessment.refundFen,
    refund_id: null,
    decision_code: assessment.decision.code,
    decision_zh: assessment.decision.zh,
    decision_en: assessment.decision.en,
    created_at: context.clock.now(),
  };
  try {
    await context.db.insertInto("rides_disputes").values(row).execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await existing();
    if (!winner) throw error;
    return view(await settle(context, winner, trip.payment_intent_id));
  }
  const settled = await settle(context, row, trip.payment_intent_id);
  await context.bus.publish({
    type: `dispute.${settled.status}`,
    at: context.clock.now(),
    userId: input.userId,
    subjectId: settled.id,
    data: { ...view(settled) },
  });
  return view(settled);
}
