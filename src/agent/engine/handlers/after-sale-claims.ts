import { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import type { Message } from "../handler.ts";

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

/** What the services answer about claims, disputes and ticket refunds. */
export const Decision = z.object({ code: z.string(), zh: z.string(), en: z.string() });
export const ClaimPreview = z.object({
  amountFen: z.number().int().nonnegative(),
  outcome: z.enum(["instant", "review", "reject"]),
  reviewMinutes: z.number().int(),
  photoOverFen: z.number().int().nullable(),
  decision: Decision.optional(),
});
export const Claim = z.object({
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
export type Claim = z.infer<typeof Claim>;
export const OrderNames = z.object({
  merchantNameZh: z.string(),
  merchantNameEn: z.string(),
  lines: z.array(z.object({ nameZh: z.string(), nameEn: z.string() })),
});
export const Dispute = z.object({
  disputeId: z.string(),
  status: z.string(),
  outcome: z.enum(["adjusted", "rejected", "reported"]),
  refundFen: z.number().int(),
  chargedFen: z.number().int(),
  decision: Decision,
});
export const TicketPreview = z.object({ refundFen: z.number().int(), decision: Decision });
export const TicketRefund = z.object({
  bookingId: z.string(),
  refundedFen: z.number().int(),
  event: z.object({ nameZh: z.string(), nameEn: z.string() }),
  decision: Decision,
});

/** A claim the service refuses outright, as the error the user reads instead of a card. */
export function refusal(decision: z.infer<typeof Decision>): DimpleError {
  // The reason is the service's, worded for the user in both languages (shown instead of a card).
  return new DimpleError("claim_refused", decision.en, { details: { zh: decision.zh } });
}
