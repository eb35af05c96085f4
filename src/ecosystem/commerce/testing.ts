import type { ServiceContext } from "../../kernel/context.ts";
import { confirmPaymentIntent, createPaymentIntent } from "../pay/index.ts";
import type { Quote } from "./quote.ts";

let counter = 0;

/** A fresh idempotency key for tests. */
export function freshKey(label = "order"): string {
  counter += 1;
  return `${label}-key-${counter}`;
}

/**
 * Authorizes a payment for a quote through the real pay service (create, then confirm), the way the
 * agent does after the user confirms, so order tests exercise the true verification path.
 */
export async function authorizeQuote(
  context: ServiceContext,
  quote: Pick<Quote, "userId" | "merchantId" | "quoteId" | "totalFen">,
  amountFen: number = quote.totalFen,
): Promise<string> {
  const intent = await createPaymentIntent(context, {
    userId: quote.userId,
    amountFen,
    payee: `merchant:${quote.merchantId}`,
    reference: quote.quoteId,
    description: "test order",
    idempotencyKey: freshKey("create"),
  });
  const confirmed = await confirmPaymentIntent(context, {
    intentId: intent.id,
    userId: quote.userId,
    idempotencyKey: freshKey("confirm"),
  });
  return confirmed.id;
}

/** Catches the error a promise rejects with (or fails if it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ code: string; field?: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; field?: string; details?: Record<string, unknown> };
  }
  throw new Error("expected the call to fail, but it succeeded");
}
