import { z } from "zod";
import { DimpleError } from "../../../ecosystem/kernel/errors.ts";
import type { WorldEvent } from "../../../ecosystem/kernel/events.ts";
import { zoneClock } from "../../../ecosystem/kernel/time-zone.ts";
import type { TaskEvent } from "../../events.ts";
import { formatFen } from "../../format.ts";
import { callOrThrow, type ToolClient } from "../../tools/client.ts";
import type { EventAction, Message, QuoteOutcome, TaskKindHandler } from "../handler.ts";
import { type TaskRow, taskLang } from "../task-store.ts";
import { parseServiceOutput, requestArgs } from "./service-output.ts";

/** What the brain asks to claim: on a delivery order, a finished ride, or a ticket booking. */
export const AfterSaleArgs = z.discriminatedUnion("service", [
  z.object({
    service: z.literal("commerce"),
    orderId: z.string().min(1).max(40),
    kind: z.enum(["spilled", "missing_item", "wrong_item", "quality", "late"]),
    lineIndex: z.number().int().min(0).optional(),
    qty: z.number().int().positive().optional(),
    amountFen: z.number().int().positive().optional(),
    reason: z.string().min(1).max(300),
    photo: z.object({ contentType: z.string(), dataBase64: z.string() }).optional(),
  }),
  z.object({
    service: z.literal("rides"),
    tripId: z.string().min(1).max(40),
    kind: z.enum(["detour", "lost_item"]),
    reason: z.string().min(1).max(300),
  }),
  z.object({
    service: z.literal("tickets"),
    bookingId: z.string().min(1).max(40),
    kind: z.literal("ticket_refund"),
    reason: z.string().min(1).max(300),
  }),
]);
export type AfterSaleRequestArgs = z.infer<typeof AfterSaleArgs>;

/** Each kind of claim in both languages ("洒漏" / "spilled"). */
export const CLAIM_KIND_WORDS: Record<string, Message> = {
  spilled: { zh: "洒漏", en: "Spilled" },
  missing_item: { zh: "少送", en: "Missing item" },
  wrong_item: { zh: "送错", en: "Wrong item" },
  quality: { zh: "质量问题", en: "Quality problem" },
  late: { zh: "超时赔付", en: "Late delivery" },
  detour: { zh: "绕路申诉", en: "Detour fare dispute" },
  lost_item: { zh: "物品遗失", en: "Lost item" },
  ticket_refund: { zh: "退票退款", en: "Ticket refund" },
};

const Decision = z.object({ code: z.string(), zh: z.string(), en: z.string() });
const ClaimPreview = z.object({
  amountFen: z.number().int().nonnegative(),
  outcome: z.enum(["instant", "review", "reject"]),
  reviewMinutes: z.number().int(),
  photoOverFen: z.number().int().nullable(),
  decision: Decision.optional(),
});
const Claim = z.object({
  claimId: z.string(),
  subjectZh: z.string(),
  subjectEn: z.string(),
  amountFen: z.number().int(),
  status: z.string(),
  decision: Decision.nullable(),
  refundedFen: z.number().int(),
  decidesAt: z.number().nullable(),
  timeline: z.array(z.object({ status: z.string(), at: z.number() })),
});
const OrderNames = z.object({
  merchantNameZh: z.string(),
  merchantNameEn: z.string(),
  lines: z.array(z.object({ nameZh: z.string(), nameEn: z.string() })),
});
const Dispute = z.object({
  disputeId: z.string(),
  status: z.string(),
  outcome: z.enum(["adjusted", "rejected", "reported"]),
  refundFen: z.number().int(),
  chargedFen: z.number().int(),
  decision: Decision,
});
const TicketPreview = z.object({ refundFen: z.number().int(), decision: Decision });
const TicketRefund = z.object({
  bookingId: z.string(),
  refundedFen: z.number().int(),
  event: z.object({ nameZh: z.string(), nameEn: z.string() }),
  decision: Decision,
});

const TIMELINE_WORDS: Record<string, Message> = {
  filed: { zh: "已提交", en: "Filed" },
  under_review: { zh: "平台审核中", en: "Under review" },
  approved: { zh: "已同意", en: "Approved" },
  rejected: { zh: "已驳回", en: "Rejected" },
  refunded: { zh: "已退款", en: "Refunded" },
};

function args(task: TaskRow): AfterSaleRequestArgs {
  const parsed = AfterSaleArgs.safeParse(requestArgs(task));
  if (!parsed.success)
    throw new DimpleError("invalid_argument", "the claim's details are incomplete", { field: "args" });
  return parsed.data;
}

function refusal(decision: z.infer<typeof Decision>): DimpleError {
  // The reason is the service's, worded for the user in both languages (shown instead of a card).
  return new DimpleError("claim_refused", decision.en, { details: { zh: decision.zh } });
}

/** The action for a claim's current state: refunded → done, rejected → failed with the reason, else wait. */
function claimAction(claim: z.infer<typeof Claim>): EventAction {
  const kindless = { zh: claim.subjectZh, en: claim.subjectEn };
  if (claim.status === "refunded")
    return {
      type: "complete",
      refundedFen: claim.refundedFen,
      message: {
        zh: `售后已通过：「${kindless.zh}」的 ${formatFen(claim.refundedFen)} 已退回原支付方式。`,
        en: `Your claim was approved: ${formatFen(claim.refundedFen)} for "${kindless.en}" is back on your original payment method.`,
      },
    };
  if (claim.status === "rejected")
    return {
      type: "fail",
      release: true,
      message: {
        zh: `售后申请被驳回：${claim.decision?.zh ?? "平台未同意"}。`,
        en: `Your claim was turned down: ${claim.decision?.en ?? "the platform did not approve it"}.`,
      },
    };
  if (claim.status === "under_review" && claim.decidesAt !== null) {
    const minutes = zoneClock(claim.decidesAt);
    return {
      type: "notify",
      message: {
        zh: `售后申请已提交，平台将在 ${minutes} 前审核，结果出来我会马上告诉你。`,
        en: `Your claim is filed; the platform reviews it by ${minutes}, and I'll tell you the decision as soon as it's in.`,
      },
    };
  }
  return { type: "ignore" };
}

async function quoteCommerce(
  tools: ToolClient,
  task: TaskRow,
  request: Extract<AfterSaleRequestArgs, { service: "commerce" }>,
): Promise<QuoteOutcome> {
  const { service: _service, reason: _reason, photo, ...claim } = request;
  const preview = parseServiceOutput(
    ClaimPreview,
    await callOrThrow(tools, "commerce_preview_claim", { ...claim, userId: task.user_id }),
    "commerce_preview_claim",
  );
  if (preview.outcome === "reject" && preview.decision) throw refusal(preview.decision);
  const order = parseServiceOutput(
    OrderNames,
    await callOrThrow(tools, "commerce_get_order", { userId: task.user_id, orderId: request.orderId }),
    "commerce_get_order",
  );
  const line = request.lineIndex === undefined ? undefined : order.lines[request.lineIndex];
  const subject = { zh: line?.nameZh ?? order.merchantNameZh, en: line?.nameEn ?? order.merchantNameEn };
  const words = CLAIM_KIND_WORDS[request.kind] as Message;
  const needsPhoto =
    preview.outcome === "review" &&
    preview.photoOverFen !== null &&
    preview.amountFen > preview.photoOverFen &&
    !photo;
  const notes: { zh: string; en: string }[] = [
    preview.outcome === "instant"
      ? {
          zh: "在平台秒退额度内：提交后立即退回原支付方式",
          en: "Within the platform's instant limit: refunded as soon as it's filed",
        }
      : {
          zh: `金额较大，平台将在 ${preview.reviewMinutes} 分钟内审核`,
          en: `A larger claim: the platform reviews it within ${preview.reviewMinutes} min`,
        },
    ...(needsPhoto
      ? [
          {
            zh: "这个金额需要照片凭证，没有照片可能会被驳回",
            en: "Claims this large need a photo; without one it may be turned down",
          },
        ]
      : []),
  ];
  return {
    card: {
      merchant: order.merchantNameZh,
      merchantEn: order.merchantNameEn,
      lines: [
        {
          name: `${words.zh}：${subject.zh}`,
          nameEn: `${words.en}: ${subject.en}`,
          // One line for the claim: its amount is for the affected items together.
          qty: 1,
          unitFen: preview.amountFen,
          lineFen: preview.amountFen,
        },
      ],
      totalFen: preview.amountFen,
      paymentMethod: "退回原支付方式",
      paymentMethodEn: "Back to the original payment method",
      notes,
    },
    binding: { ...claim, amountFen: preview.amountFen, photo: photo ? photo.dataBase64.length : 0 },
    quoteId: `${task.id}:claim`,
    amountFen: preview.amountFen,
    payee: "refund",
    titles: { zh: `${words.zh}退款 · ${subject.zh}`, en: `${words.en} refund · ${subject.en}` },
  };
}

async function quoteRide(
  tools: ToolClient,
  task: TaskRow,
  request: Extract<AfterSaleRequestArgs, { service: "rides" }>,
): Promise<QuoteOutcome> {
  const preview = parseServiceOutput(
    Dispute.omit({ disputeId: true, status: true }),
    await callOrThrow(tools, "rides_preview_dispute", {
      userId: task.user_id,
      tripId: request.tripId,
      kind: request.kind,
    }),
    "rides_preview_dispute",
  );
  if (preview.outcome === "rejected") throw refusal(preview.decision);
  const words = CLAIM_KIND_WORDS[request.kind] as Message;
  return {
    card: {
      merchant: "行程售后",
      merchantEn: "Ride support",
      lines: [
        { name: words.zh, nameEn: words.en, qty: 1, unitFen: preview.refundFen, lineFen: preview.refundFen },
      ],
      totalFen: preview.refundFen,
      ...(preview.refundFen > 0
        ? { paymentMethod: "退回原支付方式", paymentMethodEn: "Back to the original payment method" }
        : {}),
      notes: [{ zh: preview.decision.zh, en: preview.decision.en }],
    },
    binding: { tripId: request.tripId, kind: request.kind, refundFen: preview.refundFen },
    quoteId: `${task.id}:dispute`,
    amountFen: preview.refundFen,
    payee: "refund",
    titles: { zh: words.zh, en: words.en },
  };
}

async function quoteTickets(
  tools: ToolClient,
  task: TaskRow,
  request: Extract<AfterSaleRequestArgs, { service: "tickets" }>,
): Promise<QuoteOutcome> {
  const preview = parseServiceOutput(
    TicketPreview,
    await callOrThrow(tools, "tickets_preview_refund", {
      userId: task.user_id,
      bookingId: request.bookingId,
    }),
    "tickets_preview_refund",
  );
  if (preview.refundFen <= 0) throw refusal(preview.decision);
  const booking = parseServiceOutput(
    z.object({ event: z.object({ nameZh: z.string(), nameEn: z.string() }) }),
    await callOrThrow(tools, "tickets_get_booking", { userId: task.user_id, bookingId: request.bookingId }),
    "tickets_get_booking",
  );
  return {
    card: {
      merchant: booking.event.nameZh,
      merchantEn: booking.event.nameEn,
      lines: [
        {
          name: `退票：${booking.event.nameZh}`,
          nameEn: `Refund: ${booking.event.nameEn}`,
          qty: 1,
          unitFen: preview.refundFen,
          lineFen: preview.refundFen,
        },
      ],
      totalFen: preview.refundFen,
      paymentMethod: "退回原支付方式",
      paymentMethodEn: "Back to the original payment method",
      notes: [
        {
          zh: `${preview.decision.zh}；确认后电子票作废`,
          en: `${preview.decision.en}; the e-tickets are voided once confirmed`,
        },
      ],
    },
    binding: { bookingId: request.bookingId, refundFen: preview.refundFen },
    quoteId: `${task.id}:ticket-refund`,
    amountFen: preview.refundFen,
    payee: "refund",
    titles: { zh: `退票 · ${booking.event.nameZh}`, en: `Ticket refund · ${booking.event.nameEn}` },
  };
}

/** Files (or, asked again, returns) the ride dispute: one of each kind per trip. */
async function fileDispute(
  tools: ToolClient,
  task: TaskRow,
  request: Extract<AfterSaleRequestArgs, { service: "rides" }>,
): Promise<z.infer<typeof Dispute>> {
  const raw = await callOrThrow(tools, "rides_file_dispute", {
    userId: task.user_id,
    tripId: request.tripId,
    kind: request.kind,
    description: request.reason,
  });
  return parseServiceOutput(Dispute, raw, "rides_file_dispute");
}

/**
 * After-sale: a claim on a delivery order, a ride dispute or a ticket refund. The card shows what
 * comes back; the tap files it (no payment, no mandate); the service decides by its rules and
 * refunds through pay itself, and the task follows it to the decision and tells the user.
 */
export const afterSaleHandler: TaskKindHandler = {
  kind: "after_sale",
  captureOn: "place",
  charges: false,
  eventPrefix: "claim.",

  async quote(tools, task, rawArgs) {
    const parsed = AfterSaleArgs.safeParse(rawArgs);
    if (!parsed.success)
      throw new DimpleError("invalid_argument", "the claim's details are incomplete", { field: "args" });
    const request = parsed.data;
    if (request.service === "commerce") return quoteCommerce(tools, task, request);
    if (request.service === "rides") return quoteRide(tools, task, request);
    return quoteTickets(tools, task, request);
  },

  async place(tools, task, _intentId, idempotencyKey) {
    const request = args(task);
    if (request.service === "commerce") {
      const { service: _service, ...claim } = request;
      const filed = parseServiceOutput(
        Claim,
        await callOrThrow(tools, "commerce_file_claim", { ...claim, userId: task.user_id, idempotencyKey }),
        "commerce_file_claim",
      );
      return { orderId: filed.claimId };
    }
    if (request.service === "rides") return { orderId: (await fileDispute(tools, task, request)).disputeId };
    await callOrThrow(tools, "tickets_request_refund", {
      userId: task.user_id,
      bookingId: request.bookingId,
    });
    return { orderId: `ticket-refund:${request.bookingId}` };
  },

  async settleOnPlace(tools, task): Promise<EventAction> {
    const request = args(task);
    if (request.service === "commerce") {
      const claim = parseServiceOutput(
        Claim,
        await callOrThrow(tools, "commerce_get_claim", { userId: task.user_id, claimId: task.order_id }),
        "commerce_get_claim",
      );
      return claimAction(claim);
    }
    if (request.service === "rides") {
      // Filing again returns the first dispute (one of each kind per trip): its decision.
      const dispute = await fileDispute(tools, task, request);
      if (dispute.outcome === "reported")
        return {
          type: "complete",
          message: {
            zh: `已登记遗失物品：${dispute.decision.zh}。`,
            en: `Lost item reported. ${dispute.decision.en}.`,
          },
        };
      return {
        type: "complete",
        refundedFen: dispute.refundFen,
        message: {
          zh: `绕路申诉已处理：${dispute.decision.zh}，已退回原支付方式。`,
          en: `Detour dispute settled: ${dispute.decision.en}, back on your original payment method.`,
        },
      };
    }
    // Asking again returns the refunded booking without refunding twice.
    const refunded = parseServiceOutput(
      TicketRefund,
      await callOrThrow(tools, "tickets_request_refund", {
        userId: task.user_id,
        bookingId: request.bookingId,
      }),
      "tickets_request_refund",
    );
    return {
      type: "complete",
      refundedFen: refunded.refundedFen,
      message: {
        zh: `已退票：「${refunded.event.nameZh}」的 ${formatFen(refunded.refundedFen)} 已退回原支付方式。`,
        en: `Tickets refunded: ${formatFen(refunded.refundedFen)} for "${refunded.event.nameEn}" is back on your original payment method.`,
      },
    };
  },

  onEvent(event: WorldEvent, task: TaskRow): EventAction {
    if (task.status !== "in_fulfilment" || !event.data) return { type: "ignore" };
    if (!["claim.refunded", "claim.rejected"].includes(event.type)) return { type: "ignore" };
    const claim = Claim.safeParse({ ...event.data, timeline: [] });
    return claim.success ? claimAction(claim.data) : { type: "ignore" };
  },

  async describe(tools, task): Promise<Partial<TaskEvent>> {
    const request = args(task);
    if (request.service !== "commerce" || !task.order_id) return {};
    const claim = parseServiceOutput(
      Claim,
      await callOrThrow(tools, "commerce_get_claim", { userId: task.user_id, claimId: task.order_id }),
      "commerce_get_claim",
    );
    const lang = taskLang(task) ?? "zh";
    return {
      timeline: claim.timeline.map((step) => ({
        at: step.at,
        status: step.status,
        text: (TIMELINE_WORDS[step.status] ?? { zh: step.status, en: step.status })[lang],
      })),
      afterSale: {
        claimId: claim.claimId,
        kind: request.kind,
        status: claim.status,
        amountFen: claim.amountFen,
        refundedFen: claim.refundedFen,
        ...(claim.decision ? { decision: { zh: claim.decision.zh, en: claim.decision.en } } : {}),
        ...(claim.decidesAt !== null ? { decidesAt: claim.decidesAt } : {}),
      },
    };
  },
};
