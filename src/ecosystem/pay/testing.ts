import type { ServiceContext } from "../../kernel/context.ts";
import { openUserAccounts, paymentMethodIds } from "./open-accounts.ts";

/** A fresh user with a funded wallet and a card, so each test starts from known balances. */
export interface TestPayer {
  userId: string;
  walletMethodId: string;
  cardMethodId: string;
}

let counter = 0;

/** Opens pay accounts for a new test user (no `users` row needed: pay keys accounts by user id). */
export async function openTestPayer(
  context: ServiceContext,
  walletFen: number,
  defaultMethod: "wallet" | "card" = "wallet",
): Promise<TestPayer> {
  counter += 1;
  const userId = `u_test_${counter}`;
  await openUserAccounts(context, {
    userId,
    walletFen,
    card: { bankZh: "招商银行", bankEn: "China Merchants Bank", last4: "0001" },
    defaultMethod,
  });
  return {
    userId,
    walletMethodId: paymentMethodIds.wallet(userId),
    cardMethodId: paymentMethodIds.card(userId, "0001"),
  };
}

/** A fresh Idempotency-Key for tests. */
export function newKey(label = "key"): string {
  counter += 1;
  return `${label}-${counter}`;
}
