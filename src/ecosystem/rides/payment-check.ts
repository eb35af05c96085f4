import type { ServiceContext } from "../kernel/context.ts";
import { DimpleError } from "../kernel/errors.ts";
import { getPaymentIntent } from "../pay/index.ts";

/**
 * Checks that a payment intent is an authorization (funds held, not captured) of this user for at
 * least `minimumFen`, and returns the authorized amount. The final fare is captured by the agent.
 */
export async function requirePreauthorization(
  context: ServiceContext,
  check: { intentId: string; userId: string; minimumFen: number },
): Promise<number> {
  const intent = await getPaymentIntent(context, check.intentId);
  // Another user's intent is reported as missing, so ids cannot be probed.
  if (!intent || intent.userId !== check.userId) {
    throw new DimpleError("payment_not_found", `payment intent ${check.intentId} was not found`, {
      field: "paymentIntentId",
      status: 404,
    });
  }
  if (intent.status !== "requires_capture") {
    throw new DimpleError(
      "payment_not_authorized",
      `payment intent ${check.intentId} is ${intent.status}, not authorized (requires_capture)`,
      { field: "paymentIntentId", status: 402 },
    );
  }
  if (intent.amountFen < check.minimumFen) {
    throw new DimpleError(
      "preauthorization_too_low",
      `the pre-authorization of ${intent.amountFen} fen is below the estimate's upper bound of ${check.minimumFen} fen`,
      {
        field: "paymentIntentId",
        status: 409,
        details: { authorizedFen: intent.amountFen, requiredFen: check.minimumFen },
      },
    );
  }
  return intent.amountFen;
}
