import type { ServiceContext } from "../../kernel/context.ts";
import { confirmPaymentIntent, createPaymentIntent } from "../pay/index.ts";
import { newKey, openTestPayer } from "../pay/testing.ts";

/** A new test user with a funded wallet, and a way to authorize payments of exact amounts for them. */
export async function ticketBuyer(context: ServiceContext, walletFen = 2_000_000) {
  const payer = await openTestPayer(context, walletFen);
  return {
    userId: payer.userId,
    /** A payment intent in requires_capture for `amountFen`, as the agent makes before booking. */
    async authorize(amountFen: number, options: { confirm?: boolean } = {}): Promise<string> {
      const intent = await createPaymentIntent(context, {
        userId: payer.userId,
        amountFen,
        currency: "CNY",
        payee: "merchant:damai",
        reference: "tickets-test",
        description: "演出票",
        idempotencyKey: newKey("pi"),
      });
      if (options.confirm === false) return intent.id;
      await confirmPaymentIntent(context, {
        intentId: intent.id,
        userId: payer.userId,
        idempotencyKey: newKey("pc"),
      });
      return intent.id;
    },
  };
}

/** A fresh idempotency key. */
export const freshKey = (label = "k") => newKey(label);
