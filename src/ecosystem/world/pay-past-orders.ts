import type { Clock } from "../../kernel/clock.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { FaultInjector } from "../../kernel/faults.ts";
import { SeededIds } from "../../kernel/ids.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { attachSeededPayment, type SeededPastOrder } from "../commerce/seed-orders.ts";
import { capturePaymentIntent, confirmPaymentIntent, createPaymentIntent } from "../pay/index.ts";

const DAY = 86_400_000;

/** The clock a seeded movement is stamped with: the moment it happened in the world's past. */
const at = (ms: number): Clock => ({ now: () => ms });

/**
 * When the seeded wallets opened: a day before the oldest past order (and never after now), so every
 * past payment comes after the top-up that funded it, in time as in the ledger's order.
 */
export function walletsOpenedAt(now: number, history: readonly SeededPastOrder[]): number {
  return Math.min(now, ...history.map((order) => order.placedAt)) - DAY;
}

/** What each user's past orders cost, which their opening top-up covers when they pay from the wallet. */
export function pastSpendByUser(history: readonly SeededPastOrder[]): Map<string, number> {
  const spent = new Map<string, number>();
  for (const order of history) spent.set(order.userId, (spent.get(order.userId) ?? 0) + order.totalFen);
  return spent;
}

/**
 * Pays the seeded past orders as live ones are paid, through pay's own functions: an intent to the
 * shop from the user's default method, authorized when the order was placed and captured when the
 * shop accepted it; the order then names the intent. So a claim or a refund on a past order moves
 * money back like any other, the statement shows what was spent, and the ledger balances. Movements
 * are made in the order they happened, each stamped with its time, with ids from the seed's own
 * stream (the world's runtime ids stay as they were).
 */
export async function payPastOrders(
  context: ServiceContext,
  random: SeededRandom,
  history: readonly SeededPastOrder[],
): Promise<void> {
  const ids = new SeededIds(random.fork("ids"));
  const faults = new FaultInjector(random.fork("faults"));
  const when = (ms: number): ServiceContext => ({ ...context, clock: at(ms), ids, faults });
  const intents = new Map<string, string>();
  const steps = history.flatMap((order) => [
    { at: order.placedAt, order, step: "authorize" as const },
    { at: order.acceptedAt, order, step: "capture" as const },
  ]);
  steps.sort((a, b) => a.at - b.at || (a.order.orderId < b.order.orderId ? -1 : 1));
  for (const { at: ms, order, step } of steps) {
    const key = `seed:${order.orderId}`;
    if (step === "authorize") {
      const intent = await createPaymentIntent(when(ms), {
        userId: order.userId,
        amountFen: order.totalFen,
        payee: `merchant:${order.merchantId}`,
        reference: order.orderId,
        description: order.titles.zh,
        descriptionEn: order.titles.en,
        idempotencyKey: `${key}:intent`,
      });
      await confirmPaymentIntent(when(ms), {
        intentId: intent.id,
        userId: order.userId,
        idempotencyKey: `${key}:authorize`,
      });
      intents.set(order.orderId, intent.id);
    } else {
      const intentId = intents.get(order.orderId) as string;
      await capturePaymentIntent(when(ms), { intentId, idempotencyKey: `${key}:capture` });
      await attachSeededPayment(context, order.orderId, intentId);
    }
  }
}
