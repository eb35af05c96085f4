import type { ServiceContext } from "../../kernel/context.ts";
import { confirmPaymentIntent, createPaymentIntent } from "../pay/index.ts";
import { newKey, openTestPayer } from "../pay/testing.ts";

/** Hangzhou East Railway Station and West Lake's Broken Bridge: a typical ~7 km cross-town trip. */
export const EAST_STATION = { lng: 120.2125, lat: 30.2906, name: "杭州东站 Hangzhou East Station" };
export const BROKEN_BRIDGE = { lng: 120.1517, lat: 30.2585, name: "断桥残雪 Broken Bridge" };

/** A new test rider with a funded wallet, who can pre-authorize amounts as the agent would. */
export async function testRider(context: ServiceContext, walletFen = 500_000) {
  const payer = await openTestPayer(context, walletFen);
  return {
    userId: payer.userId,
    /** A payment intent in requires_capture for `amountFen`. */
    async preauthorize(amountFen: number): Promise<string> {
      const intent = await createPaymentIntent(context, {
        userId: payer.userId,
        amountFen,
        currency: "CNY",
        payee: "merchant:didi",
        reference: "ride-test",
        description: "打车预授权",
        idempotencyKey: newKey("pi"),
      });
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
export const freshKey = (label = "ride") => newKey(label);
