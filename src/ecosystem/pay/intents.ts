import type { ServiceContext } from "../../kernel/context.ts";
import { accountIds, CURRENCY, payeeAccount } from "./accounts.ts";
import { withIdempotency } from "./idempotency.ts";
import {
  AUTHORIZATION_TTL_MS,
  changedUnderneath,
  invalidState,
  type PaymentIntent,
  publishIntentEvent,
  requireIntent,
  toPaymentIntent,
} from "./intent-store.ts";
import { postJournal } from "./ledger.ts";
import { resolvePaymentMethod } from "./payment-methods.ts";
import {
  type ConfirmIntentInput,
  type CreateIntentInput,
  confirmIntentInput,
  createIntentInput,
  parseInput,
  requestBody,
} from "./schemas.ts";

/** Creates a payment intent in `requires_confirmation`; no money moves yet. */
export async function createPaymentIntent(
  context: ServiceContext,
  raw: CreateIntentInput,
): Promise<PaymentIntent> {
  const input = parseInput(createIntentInput, raw);
  const { result, replayed } = await withIdempotency(
    context,
    { scope: "pay.create_intent", key: input.idempotencyKey, body: requestBody(input) },
    {
      prepare: async () => undefined,
      apply: async (scoped) => {
        const method = await resolvePaymentMethod(scoped, input.userId, input.paymentMethodId);
        const payeeAccountId = await payeeAccount(scoped, input.payee, input.userId);
        const now = scoped.clock.now();
        const row = {
          id: scoped.ids.next("pi"),
          user_id: input.userId,
          amount_fen: input.amountFen,
          captured_fen: 0,
          refunded_fen: 0,
          fee_fen: 0,
          fee_refunded_fen: 0,
          currency: CURRENCY,
          status: "requires_confirmation" as const,
          payee: input.payee,
          payee_account_id: payeeAccountId,
          reference: input.reference,
          description: input.description,
          description_en: input.descriptionEn ?? "",
          payment_method_id: method.id,
          funding_account_id: method.funding_account_id,
          hold_account_id: accountIds.hold(method.funding_account_id),
          cancel_reason: null,
          authorized_at: null,
          expires_at: null,
          created_at: now,
          updated_at: now,
        };
        await scoped.db.insertInto("pay_intents").values(row).execute();
        return toPaymentIntent(row);
      },
    },
  );
  if (!replayed) await publishIntentEvent(context, "payment-intent-created", result);
  return result;
}

/**
 * Authorizes an intent: checks the mandate (when a verifier is installed) and the issuer's decision,
 * then moves the amount from the payment method into its hold account. Leaves `requires_capture`.
 */
export async function confirmPaymentIntent(
  context: ServiceContext,
  raw: ConfirmIntentInput,
): Promise<PaymentIntent> {
  const input = parseInput(confirmIntentInput, raw);
  const { result, replayed } = await withIdempotency(
    context,
    { scope: "pay.confirm", key: input.idempotencyKey, body: requestBody(input) },
    {
      prepare: async (outer) => {
        const intent = await requireIntent(outer, input.intentId, input.userId);
        if (intent.status !== "requires_confirmation") throw invalidState(intent, "confirm");
        // The mandate is checked before any money moves; a refusal is thrown and nothing happens.
        await outer.mandateVerifier?.verify(input.mandate, {
          userId: intent.user_id,
          amountFen: Number(intent.amount_fen),
          reference: intent.reference,
        });
        const declined = outer.faults.trip("pay", "payment_declined");
        if (declined) throw declined;
        return intent;
      },
      apply: async (scoped, intent) => {
        const now = scoped.clock.now();
        const moved = await scoped.db
          .updateTable("pay_intents")
          .set({
            status: "requires_capture",
            authorized_at: now,
            expires_at: now + AUTHORIZATION_TTL_MS,
            updated_at: now,
          })
          .where("id", "=", intent.id)
          .where("status", "=", "requires_confirmation")
          .executeTakeFirst();
        // Another request (with another key) confirmed or cancelled it first.
        if (moved.numUpdatedRows !== 1n) await changedUnderneath(scoped, intent.id, "confirm");
        const amountFen = Number(intent.amount_fen);
        await postJournal(scoped, {
          kind: "authorize",
          intentId: intent.id,
          description: intent.description || intent.reference,
          descriptionEn: intent.description_en,
          postings: [
            { accountId: intent.funding_account_id, amountFen: -amountFen },
            { accountId: intent.hold_account_id, amountFen },
          ],
        });
        return toPaymentIntent(await requireIntent(scoped, intent.id));
      },
    },
  );
  if (!replayed) await publishIntentEvent(context, "payment-intent-authorized", result);
  return result;
}
