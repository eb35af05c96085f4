import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { accountIds } from "./accounts.ts";
import { withIdempotency } from "./idempotency.ts";
import {
  type IntentRow,
  invalidState,
  type PaymentIntent,
  publishIntentEvent,
  requireIntent,
  toPaymentIntent,
} from "./intent-store.ts";
import { postJournal } from "./ledger.ts";
import { parseInput, type RefundInput, refundInput, requestBody } from "./schemas.ts";

export interface Refund {
  id: string;
  intentId: string;
  amountFen: number;
  reason: string;
  createdAt: number;
}

export interface RefundResult {
  refund: Refund;
  intent: PaymentIntent;
}

// A concurrent refund of the same intent makes our optimistic update miss; re-reading a few times is
// enough because each miss means another refund committed.
const MAX_REFUND_RETRIES = 5;

function refundable(intent: IntentRow): number {
  return Number(intent.captured_fen) - Number(intent.refunded_fen);
}

function tooMuch(amountFen: number, intent: IntentRow): DimpleError {
  return new DimpleError(
    "amount_exceeds_refundable",
    `cannot refund ${amountFen} fen: only ${refundable(intent)} fen of ${intent.id} are left to refund`,
    { field: "amountFen", status: 400, details: { refundableFen: refundable(intent) } },
  );
}

/**
 * Refunds part or all of a captured payment back to the method it was paid from. All refunds together
 * never exceed what was captured; the platform fee goes back to the merchant in proportion.
 */
export async function refundPayment(context: ServiceContext, raw: RefundInput): Promise<RefundResult> {
  const input = parseInput(refundInput, raw);
  const { result, replayed } = await withIdempotency(
    context,
    { scope: "pay.refund", key: input.idempotencyKey, body: requestBody(input) },
    {
      prepare: async (outer) => {
        const intent = await requireIntent(outer, input.intentId);
        if (intent.status !== "succeeded") throw invalidState(intent, "refund");
        if (input.amountFen > refundable(intent)) throw tooMuch(input.amountFen, intent);
      },
      apply: async (scoped) => {
        for (let attempt = 0; attempt < MAX_REFUND_RETRIES; attempt++) {
          const intent = await requireIntent(scoped, input.intentId);
          if (input.amountFen > refundable(intent)) throw tooMuch(input.amountFen, intent);
          const capturedFen = Number(intent.captured_fen);
          const refundedFen = Number(intent.refunded_fen) + input.amountFen;
          const feeFen = Number(intent.fee_fen);
          // Cumulative, rounded down: the merchant gets the whole fee back exactly when fully refunded.
          const feeRefundedFen = Math.floor((feeFen * refundedFen) / capturedFen);
          const feeBackFen = feeRefundedFen - Number(intent.fee_refunded_fen);
          const moved = await scoped.db
            .updateTable("pay_intents")
            .set({
              refunded_fen: refundedFen,
              fee_refunded_fen: feeRefundedFen,
              updated_at: scoped.clock.now(),
            })
            .where("id", "=", intent.id)
            .where("status", "=", "succeeded")
            .where("refunded_fen", "=", Number(intent.refunded_fen))
            .executeTakeFirst();
          if (moved.numUpdatedRows !== 1n) continue;
          await postJournal(scoped, {
            kind: "refund",
            intentId: intent.id,
            // The statement says what was refunded; the reason stays on the refund itself.
            description: intent.description ? `退款：${intent.description}` : input.reason,
            descriptionEn: `Refund: ${intent.description_en || intent.description || input.reason}`,
            postings: [
              { accountId: intent.payee_account_id, amountFen: -(input.amountFen - feeBackFen) },
              { accountId: accountIds.platformFees, amountFen: -feeBackFen },
              { accountId: intent.funding_account_id, amountFen: input.amountFen },
            ],
          });
          const refund: Refund = {
            id: scoped.ids.next("re"),
            intentId: intent.id,
            amountFen: input.amountFen,
            reason: input.reason,
            createdAt: scoped.clock.now(),
          };
          await scoped.db
            .insertInto("pay_refunds")
            .values({
              id: refund.id,
              intent_id: refund.intentId,
              amount_fen: refund.amountFen,
              reason: refund.reason,
              created_at: refund.createdAt,
            })
            .execute();
          return { refund, intent: toPaymentIntent(await requireIntent(scoped, intent.id)) };
        }
        throw new DimpleError("refund_conflict", "the payment kept changing; retry the refund", {
          status: 409,
        });
      },
    },
  );
  if (!replayed) await publishIntentEvent(context, "payment-intent-refunded", result.intent);
  return result;
}
