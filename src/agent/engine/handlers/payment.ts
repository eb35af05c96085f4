import { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import type { QuoteOutcome, TaskKindHandler } from "../handler.ts";
import type { TaskRow } from "../task-store.ts";

// Pay's own limit for one payment (MAX_AMOUNT_FEN), checked here so the card never shows more.
const MAX_TRANSFER_FEN = 5_000_000;

const Args = z.object({
  toUserId: z.string().min(1).max(40),
  toName: z.string().min(1).max(80),
  /** The name as an English card shows it; the one name when absent. */
  toNameEn: z.string().min(1).max(80).optional(),
  amountFen: z.number().int().positive().max(MAX_TRANSFER_FEN),
  /** What the user asked the transfer to say ("生活费", "lunch"); shown on the card as text. */
  note: z.string().trim().min(1).max(60).optional(),
});

/**
 * Sending money to a contact. The quote is a local preview (there is no service quote for a
 * transfer); the payment itself is the effect: an intent to payee "user:<id>", authorized with the
 * mandate and captured at once, which credits the recipient's wallet (pay's capture posts to the
 * payee's wallet account, with no fee for users).
 */
export const paymentHandler: TaskKindHandler = {
  kind: "payment",
  captureOn: "place",
  completeOnPlace: true,

  async quote(_tools, task: TaskRow, rawArgs: Record<string, unknown>): Promise<QuoteOutcome> {
    const parsed = Args.safeParse(rawArgs);
    if (!parsed.success)
      throw new DimpleError("invalid_argument", "the transfer needs a recipient and an amount", {
        field: "args",
      });
    const { toUserId, toName, amountFen } = parsed.data;
    const toNameEn = parsed.data.toNameEn ?? toName;
    const note = parsed.data.note;
    const noteZh = note ? `（备注：${note}）` : "";
    const noteEn = note ? ` (note: ${note})` : "";
    if (toUserId === task.user_id)
      throw new DimpleError("invalid_argument", "you cannot send money to yourself", { field: "toUserId" });
    return {
      card: {
        merchant: toName,
        merchantEn: toNameEn,
        lines: [
          {
            name: `转账给 ${toName}${noteZh}`,
            nameEn: `Transfer to ${toNameEn}${noteEn}`,
            qty: 1,
            unitFen: amountFen,
            lineFen: amountFen,
          },
        ],
        totalFen: amountFen,
      },
      binding: { to: toUserId, amountFen, ...(note ? { note } : {}) },
      quoteId: `${task.id}:transfer`,
      amountFen,
      payee: `user:${toUserId}`,
      titles: { zh: `转账给${toName}${noteZh}`, en: `Send money to ${toNameEn}${noteEn}` },
    };
  },

  // The authorized intent is the transfer; there is no other service to call.
  async place(_tools, _task, intentId) {
    return { orderId: intentId };
  },
};
