import type { ServiceContext } from "../kernel/context.ts";
import { DimpleError } from "../kernel/errors.ts";
import { getPaymentIntent } from "../pay/index.ts";

/**
 * Checks that a payment intent is authorized (funds held, not yet captured) for this user and for
 * exactly `amountFen`. Tickets never moves money itself: the agent captures the intent once the
 * booking is confirmed.
 */
export async function requireAuthorizedIntent(
  context: ServiceContext,
  check: { intentId: string; userId: string; amountFen: number },
): Promise<void> {
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
  if (intent.amountFen !== check.amountFen) {
    throw new DimpleError(
      "payment_amount_mismatch",
      `payment intent ${check.intentId} authorizes ${intent.amountFen} fen but the booking costs ${check.amountFen} fen`,
      {
        field: "paymentIntentId",
        status: 409,
        details: { authorizedFen: intent.amountFen, dueFen: check.amountFen },
      },
    );
  }
}
