import { DimpleError } from "../../../kernel/errors.ts";
import type { WorldEvent } from "../../../kernel/events.ts";
import { zoneClock } from "../../../kernel/time-zone.ts";
import type { TaskEvent } from "../../events.ts";
import { formatFen } from "../../format.ts";
import { callOrThrow } from "../../tools/client.ts";
import type { EventAction, Message, TaskKindHandler } from "../handler.ts";
import { type TaskRow, taskLang } from "../task-store.ts";
import { AfterSaleArgs, type AfterSaleRequestArgs, Claim, TicketRefund } from "./after-sale-claims.ts";
import { fileDispute, quoteCommerce, quoteRide, quoteTickets } from "./after-sale-quotes.ts";
import { parseServiceOutput, requestArgs } from "./service-output.ts";

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

/** The action for a claim's current state: refunded → done, rejected → failed with the reason, else wait. */
function claimAction(claim: Claim): EventAction {
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
