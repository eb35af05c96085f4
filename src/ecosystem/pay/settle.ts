import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { accountIds, platformFee } from "./accounts.ts";
import { withIdempotency } from "./idempotency.ts";
import {
  changedUnderneath,
  type IntentRow,
  invalidState,
  type PaymentIntent,
  publishIntentEvent,
  requireIntent,
  toPaymentIntent,
} from "./intent-store.ts";
import { postJournal } from "./ledger.ts";
import {
  type CancelInput,
  type CaptureInput,
  cancelInput,
  captureInput,
  parseInput,
  requestBody,
} from "./schemas.ts";

/**
 * Captures an authorized intent (all of it, or `amountFen` of it): the captured part goes from the hold
 * to the payee (less the platform fee for merchants), and the rest of the hold goes back to where it came from.
 */
export async function capturePaymentIntent(
  context: ServiceContext,
  raw: CaptureInput,
): Promise<PaymentIntent> {
  const input = parseInput(captureInput, raw);
  const { result, replayed } = await withIdempotency(
    context,
    { scope: "pay.capture", key: input.idempotencyKey, body: requestBody(input) },
    {
      prepare: async (outer) => {
        const intent = await requireIntent(outer, input.intentId);
        if (intent.status !== "requires_capture") throw invalidState(intent, "capture");
        const authorizedFen = Number(intent.amount_fen);
        const capturedFen = input.amountFen ?? authorizedFen;
        if (capturedFen > authorizedFen) {
          throw new DimpleError(
            "amount_exceeds_authorized",
            `cannot capture ${capturedFen} fen: only ${authorizedFen} fen were authorized`,
            { field: "amountFen", status: 400 },
          );
        }
        if (intent.expires_at !== null && Number(intent.expires_at) <= outer.clock.now()) {
          throw new DimpleError("authorization_expired", `the authorization of ${intent.id} has expired`, {
            status: 409,
          });
        }
        return { intent, capturedFen };
      },
      apply: async (scoped, { intent, capturedFen }) => {
        const authorizedFen = Number(intent.amount_fen);
        const feeFen = platformFee(intent.payee, capturedFen);
        const moved = await scoped.db
          .updateTable("pay_intents")
          .set({
            status: "succeeded",
            captured_fen: capturedFen,
            fee_fen: feeFen,
            expires_at: null,
            updated_at: scoped.clock.now(),
          })
          .where("id", "=", intent.id)
          .where("status", "=", "requires_capture")
          .executeTakeFirst();
        if (moved.numUpdatedRows !== 1n) await changedUnderneath(scoped, intent.id, "capture");
        await postJournal(scoped, {
          kind: "capture",
          intentId: intent.id,
          description: intent.description || intent.reference,
          descriptionEn: intent.description_en,
          postings: [
            { accountId: intent.hold_account_id, amountFen: -authorizedFen },
            { accountId: intent.payee_account_id, amountFen: capturedFen - feeFen },
            { accountId: accountIds.platformFees, amountFen: feeFen },
            { accountId: intent.funding_account_id, amountFen: authorizedFen - capturedFen },
          ],
        });
        return toPaymentIntent(await requireIntent(scoped, intent.id));
      },
    },
  );
  if (!replayed) await publishIntentEvent(context, "payment-intent-captured", result);
  return result;
}

/** Moves an intent to canceled, releasing its hold when it was authorized; the caller's transaction. */
async function cancelInside(context: ServiceContext, intent: IntentRow, reason: string, kind: string) {
  const moved = await context.db
    .updateTable("pay_intents")
    .set({ status: "canceled", cancel_reason: reason, expires_at: null, updated_at: context.clock.now() })
    .where("id", "=", intent.id)
    .where("status", "=", intent.status)
    .executeTakeFirst();
  if (moved.numUpdatedRows !== 1n) await changedUnderneath(context, intent.id, "cancel");
  if (intent.status === "requires_capture") {
    const heldFen = Number(intent.amount_fen);
    await postJournal(context, {
      kind,
      intentId: intent.id,
      description: intent.description || intent.reference,
      descriptionEn: intent.description_en,
      postings: [
        { accountId: intent.hold_account_id, amountFen: -heldFen },
        { accountId: intent.funding_account_id, amountFen: heldFen },
      ],
    });
  }
  return toPaymentIntent(await requireIntent(context, intent.id));
}

/** Cancels an intent that has not been captured; an authorized one has its hold released. */
export async function cancelPaymentIntent(context: ServiceContext, raw: CancelInput): Promise<PaymentIntent> {
  const input = parseInput(cancelInput, raw);
  const { result, replayed } = await withIdempotency(
    context,
    { scope: "pay.cancel", key: input.idempotencyKey, body: requestBody(input) },
    {
      prepare: async (outer) => {
        const intent = await requireIntent(outer, input.intentId);
        if (intent.status !== "requires_confirmation" && intent.status !== "requires_capture") {
          throw invalidState(intent, "cancel");
        }
        return intent;
      },
      apply: (scoped, intent) => cancelInside(scoped, intent, input.reason, "release"),
    },
  );
  if (!replayed) await publishIntentEvent(context, "payment-intent-canceled", result);
  return result;
}

/**
 * Releases every authorization whose hold has expired at `now`. Each release is its own transaction
 * guarded by the intent's status, so a capture racing the expiry wins or loses cleanly.
 */
export async function releaseExpiredAuthorizations(context: ServiceContext, now: number): Promise<number> {
  const due = await context.db
    .selectFrom("pay_intents")
    .selectAll()
    .where("status", "=", "requires_capture")
    .where("expires_at", "<=", now)
    .orderBy("expires_at")
    .orderBy("id")
    .execute();
  let released = 0;
  for (const intent of due) {
    try {
      const expired = await context.db
        .transaction()
        .execute((trx) => cancelInside({ ...context, db: trx }, intent, "authorization_expired", "expire"));
      released += 1;
      await publishIntentEvent(context, "payment-intent-expired", expired);
    } catch (error) {
      // Captured or cancelled meanwhile: nothing left to release.
      if (!(error instanceof DimpleError && error.code === "invalid_state")) throw error;
    }
  }
  return released;
}
