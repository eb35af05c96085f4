import type { ServiceContext } from "../kernel/context.ts";
import { DimpleError } from "../kernel/errors.ts";
import { getPaymentIntent } from "../pay/index.ts";

/**
 * Verifies with the pay service that a payment intent authorizes exactly this quote: the same user,
 * the quote's total, money on hold ("requires_capture") and, when it names a merchant, this one.
 * Commerce never captures: the agent captures once the order exists.
 */
export async function verifyPaymentIntent(
  context: ServiceContext,
  intentId: string,
  quote: { user_id: string; merchant_id: string; total_fen: number },
): Promise<void> {
  const field = "paymentIntentId";
  const intent = await getPaymentIntent(context, intentId);
  if (!intent || intent.userId !== quote.user_id)
    throw new DimpleError("not_found", `payment intent ${intentId} was not found`, { field, status: 404 });
  if (intent.status !== "requires_capture")
    throw new DimpleError(
      "payment_not_authorized",
      `payment intent ${intentId} is ${intent.status}, not authorized`,
      {
        field,
        status: 402,
        details: { status: intent.status },
      },
    );
  if (intent.amountFen !== quote.total_fen)
    throw new DimpleError(
      "payment_amount_mismatch",
      `payment intent ${intentId} authorizes ${intent.amountFen} fen but the quote totals ${quote.total_fen}`,
      { field, status: 409, details: { authorizedFen: intent.amountFen, totalFen: quote.total_fen } },
    );
  if (intent.payee.startsWith("merchant:") && intent.payee !== `merchant:${quote.merchant_id}`)
    throw new DimpleError("payment_payee_mismatch", `payment intent ${intentId} pays ${intent.payee}`, {
      field,
      status: 409,
    });
}
