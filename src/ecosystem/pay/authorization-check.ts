import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { getPaymentIntent } from "./intent-store.ts";

/** What a service expects of the payment intent a user's request names. */
export interface ExpectedAuthorization {
  intentId: string;
  userId: string;
  /** Exactly this amount (an order's or a booking's total), or at least it (a ride's fare ceiling). */
  amount: { exactFen: number } | { atLeastFen: number };
  /** The merchant the intent must pay, when the intent names a merchant at all. */
  merchantId?: string;
}

/**
 * The check commerce, tickets and rides make before they act on a payment, as a platform asks its
 * payment provider: the intent is this user's, its money is on hold (`requires_capture`), the amount
 * fits and a merchant payee is the right one. Returns the authorized amount. The services never
 * capture: the agent captures once the order, booking or trip exists. One set of error codes, all on
 * the field `paymentIntentId`: `payment_not_found` (404; another user's intent is reported missing,
 * so ids cannot be probed), `payment_not_authorized` (402), `payment_amount_mismatch` (409),
 * `preauthorization_too_low` (409), `payment_payee_mismatch` (409).
 */
export async function requireAuthorization(
  context: ServiceContext,
  expected: ExpectedAuthorization,
): Promise<number> {
  const field = "paymentIntentId";
  const { intentId } = expected;
  const intent = await getPaymentIntent(context, intentId);
  if (!intent || intent.userId !== expected.userId)
    throw new DimpleError("payment_not_found", `payment intent ${intentId} was not found`, {
      field,
      status: 404,
    });
  if (intent.status !== "requires_capture")
    throw new DimpleError(
      "payment_not_authorized",
      `payment intent ${intentId} is ${intent.status}, not authorized (requires_capture)`,
      { field, status: 402, details: { status: intent.status } },
    );
  if ("exactFen" in expected.amount && intent.amountFen !== expected.amount.exactFen)
    throw new DimpleError(
      "payment_amount_mismatch",
      `payment intent ${intentId} authorizes ${intent.amountFen} fen but ${expected.amount.exactFen} fen are due`,
      { field, status: 409, details: { authorizedFen: intent.amountFen, dueFen: expected.amount.exactFen } },
    );
  if ("atLeastFen" in expected.amount && intent.amountFen < expected.amount.atLeastFen)
    throw new DimpleError(
      "preauthorization_too_low",
      `the pre-authorization of ${intent.amountFen} fen is below the estimate's upper bound of ${expected.amount.atLeastFen} fen`,
      {
        field,
        status: 409,
        details: { authorizedFen: intent.amountFen, requiredFen: expected.amount.atLeastFen },
      },
    );
  if (
    expected.merchantId !== undefined &&
    intent.payee.startsWith("merchant:") &&
    intent.payee !== `merchant:${expected.merchantId}`
  )
    throw new DimpleError("payment_payee_mismatch", `payment intent ${intentId} pays ${intent.payee}`, {
      field,
      status: 409,
    });
  return intent.amountFen;
}
