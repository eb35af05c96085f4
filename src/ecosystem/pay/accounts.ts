import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, notFound } from "../../kernel/errors.ts";
import type { AccountKind } from "./tables.ts";

/** The one currency of the sandbox. */
export const CURRENCY = "CNY";

/**
 * Account ids are derived from what they belong to, so an account can be found or created lazily
 * (merchants appear on their first payment) without a lookup table.
 */
export const accountIds = {
  wallet: (userId: string) => `acct_wallet_${userId}`,
  card: (paymentMethodId: string) => `acct_card_${paymentMethodId}`,
  /** Authorization holds live next to the account they were drawn from, so releases go back there. */
  hold: (fundingAccountId: string) => `${fundingAccountId}_hold`,
  merchant: (merchantId: string) => `acct_merchant_${merchantId}`,
  platformFees: "acct_platform_fees",
  platformRevenue: "acct_platform_revenue",
  externalFunding: "acct_external_funding",
} as const;

/** Which kinds may go below zero: money that lives outside the platform. */
const MAY_GO_NEGATIVE: ReadonlySet<AccountKind> = new Set(["external_funding", "user_card"]);

/** Creates the account unless it exists; safe under concurrency thanks to the primary key. */
export async function ensureAccount(
  context: ServiceContext,
  account: { id: string; kind: AccountKind; owner: string },
): Promise<void> {
  await context.db
    .insertInto("pay_accounts")
    .values({
      id: account.id,
      kind: account.kind,
      owner: account.owner,
      currency: CURRENCY,
      balance_fen: 0,
      allow_negative: MAY_GO_NEGATIVE.has(account.kind) ? 1 : 0,
      created_at: context.clock.now(),
    })
    .onConflict((conflict) => conflict.column("id").doNothing())
    .execute();
}

/** The platform's own accounts and the outside world's funding account. */
export async function ensurePlatformAccounts(context: ServiceContext): Promise<void> {
  await ensureAccount(context, { id: accountIds.platformFees, kind: "platform_fees", owner: "platform" });
  await ensureAccount(context, {
    id: accountIds.platformRevenue,
    kind: "platform_revenue",
    owner: "platform",
  });
  await ensureAccount(context, {
    id: accountIds.externalFunding,
    kind: "external_funding",
    owner: "external",
  });
}

/**
 * The account a payee is paid into. Merchants get a settlement account on their first payment; a user
 * payee must already have a wallet, and nobody pays themselves.
 */
export async function payeeAccount(context: ServiceContext, payee: string, payerId: string): Promise<string> {
  if (payee === "platform") {
    await ensurePlatformAccounts(context);
    return accountIds.platformRevenue;
  }
  const [kind, id = ""] = payee.split(":", 2) as [string, string | undefined];
  if (kind === "merchant") {
    const accountId = accountIds.merchant(id);
    await ensureAccount(context, { id: accountId, kind: "merchant_settlement", owner: payee });
    await ensurePlatformAccounts(context);
    return accountId;
  }
  if (id === payerId)
    throw new DimpleError("invalid_argument", "a user cannot pay themselves", { field: "payee" });
  const wallet = await context.db
    .selectFrom("pay_accounts")
    .select("id")
    .where("id", "=", accountIds.wallet(id))
    .executeTakeFirst();
  if (!wallet) throw notFound("wallet of user", id, "payee");
  return wallet.id;
}

/** Platform commission on merchant payments, 0.6% rounded down; users and the platform pay none. */
export function platformFee(payee: string, capturedFen: number): number {
  return payee.startsWith("merchant:") ? Math.floor((capturedFen * 6) / 1000) : 0;
}
