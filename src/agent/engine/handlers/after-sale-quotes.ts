import { z } from "zod";
import { callOrThrow, type ToolClient } from "../../tools/client.ts";
import type { Message, QuoteOutcome } from "../handler.ts";
import type { TaskRow } from "../task-store.ts";
import {
  type AfterSaleRequestArgs,
  CLAIM_KIND_WORDS,
  ClaimPreview,
  Dispute,
  OrderNames,
  refusal,
  TicketPreview,
} from "./after-sale-claims.ts";
import { parseServiceOutput } from "./service-output.ts";

/**
 * The card for each kind of after-sale request: what the service previews coming back, in both
 * languages, and what the tap will file.
 */
export async function quoteCommerce(
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

export async function quoteRide(
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

export async function quoteTickets(
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
export async function fileDispute(
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
