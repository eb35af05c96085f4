import type { ServiceContext } from "../../kernel/context.ts";
import { accountIds, CURRENCY, payeeAccount } from "./accounts.ts";
import { withIdempotency } from "./idempotency.ts";
import { type PaymentIntent, publishIntentEvent, toPaymentIntent } from "./intent-store.ts";
import { postJournal } from "./ledger.ts";
import { resolvePaymentMethod } from "./payment-methods.ts";
import { parseInput, requestBody, type TransferInput, transferInput } from "./schemas.ts";

/**
 * Sends money to a friend (转账). It is recorded as a payment intent with payee "user:<toUserId>" that is
 * authorized and captured at once, so a transfer shows up, and can be refunded, like any payment. The
 * mandate is checked against reference "user:<toUserId>" unless the caller names another reference.
 */
export async function transfer(context: ServiceContext, raw: TransferInput): Promise<PaymentIntent> {
  const input = parseInput(transferInput, raw);
  const payee = `user:${input.toUserId}`;
  const reference = input.reference ?? payee;
  const { result, replayed } = await withIdempotency(
    context,
    { scope: "pay.transfer", key: input.idempotencyKey, body: requestBody(input) },
    {
      prepare: async (outer) => {
        const method = await resolvePaymentMethod(
          outer,
          input.fromUserId,
          input.paymentMethodId ?? (await walletMethodId(outer, input.fromUserId)),
        );
        const payeeAccountId = await payeeAccount(outer, payee, input.fromUserId);
        await outer.mandateVerifier?.verify(input.mandate, {
          userId: input.fromUserId,
          amountFen: input.amountFen,
          reference,
        });
        const declined = outer.faults.trip("pay", "payment_declined");
        if (declined) throw declined;
        return { method, payeeAccountId };
      },
      apply: async (scoped, { method, payeeAccountId }) => {
        const now = scoped.clock.now();
        const row = {
          id: scoped.ids.next("pi"),
          user_id: input.fromUserId,
          amount_fen: input.amountFen,
          captured_fen: input.amountFen,
          refunded_fen: 0,
          fee_fen: 0,
          fee_refunded_fen: 0,
          currency: CURRENCY,
          status: "succeeded" as const,
          payee,
          payee_account_id: payeeAccountId,
          reference,
          description: input.note,
          description_en: input.note,
          payment_method_id: method.id,
          funding_account_id: method.funding_account_id,
          hold_account_id: accountIds.hold(method.funding_account_id),
          cancel_reason: null,
          authorized_at: now,
          expires_at: null,
          created_at: now,
          updated_at: now,
        };
        await scoped.db.insertInto("pay_intents").values(row).execute();
        await postJournal(scoped, {
          kind: "transfer",
          intentId: row.id,
          description: input.note || reference,
          descriptionEn: input.note || reference,
          postings: [
            { accountId: method.funding_account_id, amountFen: -input.amountFen },
            { accountId: payeeAccountId, amountFen: input.amountFen },
          ],
        });
        return toPaymentIntent(row);
      },
    },
  );
  if (!replayed) await publishIntentEvent(context, "transfer-completed", result);
  return result;
}

/** Transfers draw on the wallet unless the sender picks another method. */
async function walletMethodId(context: ServiceContext, userId: string): Promise<string | undefined> {
  const row = await context.db
    .selectFrom("pay_payment_methods")
    .select("id")
    .where("user_id", "=", userId)
    .where("kind", "=", "wallet")
    .executeTakeFirst();
  return row?.id;
}
