import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { accountIds, ensureAccount, ensurePlatformAccounts } from "./accounts.ts";
import { inTransaction, postJournal } from "./ledger.ts";

/** A debit card on file; the sandbox knows only its bank and last four digits. */
export interface CardOnFile {
  bankZh: string;
  bankEn: string;
  last4: string;
}

export interface OpenAccountsRequest {
  userId: string;
  /** Opening wallet balance, funded from the external funding account so the ledger stays balanced. */
  walletFen: number;
  card?: CardOnFile;
  defaultMethod?: "wallet" | "card";
}

/** The payment method ids a user's accounts get. */
export const paymentMethodIds = {
  wallet: (userId: string) => `pm_wallet_${userId}`,
  card: (userId: string, last4: string) => `pm_card_${userId}_${last4}`,
} as const;

/**
 * Opens a user's wallet (with its hold account and opening balance) and, optionally, a bank card that
 * draws on its own external account. Used by the world seed and by sign-up.
 */
export async function openUserAccounts(context: ServiceContext, request: OpenAccountsRequest): Promise<void> {
  if (!Number.isSafeInteger(request.walletFen) || request.walletFen < 0) {
    throw new DimpleError("invalid_argument", "walletFen must be a non-negative integer", {
      field: "walletFen",
    });
  }
  await inTransaction(context, async (scoped) => {
    const owner = `user:${request.userId}`;
    const walletId = accountIds.wallet(request.userId);
    const existing = await scoped.db
      .selectFrom("pay_accounts")
      .select("id")
      .where("id", "=", walletId)
      .executeTakeFirst();
    if (existing) {
      throw new DimpleError("already_exists", `user ${request.userId} already has a wallet`, { status: 409 });
    }
    await ensurePlatformAccounts(scoped);
    await ensureAccount(scoped, { id: walletId, kind: "user_wallet", owner });
    await ensureAccount(scoped, { id: accountIds.hold(walletId), kind: "hold", owner });
    const now = scoped.clock.now();
    const cardDefault = request.card !== undefined && request.defaultMethod === "card";
    await scoped.db
      .insertInto("pay_payment_methods")
      .values({
        id: paymentMethodIds.wallet(request.userId),
        user_id: request.userId,
        kind: "wallet",
        label_zh: "钱包余额",
        label_en: "Wallet balance",
        bank: null,
        last4: null,
        funding_account_id: walletId,
        is_default: cardDefault ? 0 : 1,
        created_at: now,
      })
      .execute();
    if (request.card) {
      const methodId = paymentMethodIds.card(request.userId, request.card.last4);
      const cardAccountId = accountIds.card(methodId);
      await ensureAccount(scoped, { id: cardAccountId, kind: "user_card", owner });
      await ensureAccount(scoped, { id: accountIds.hold(cardAccountId), kind: "hold", owner });
      await scoped.db
        .insertInto("pay_payment_methods")
        .values({
          id: methodId,
          user_id: request.userId,
          kind: "card",
          label_zh: `${request.card.bankZh}储蓄卡 (尾号 ${request.card.last4})`,
          label_en: `${request.card.bankEn} debit card (ending ${request.card.last4})`,
          bank: request.card.bankZh,
          last4: request.card.last4,
          funding_account_id: cardAccountId,
          is_default: cardDefault ? 1 : 0,
          created_at: now,
        })
        .execute();
    }
    if (request.walletFen > 0) {
      await postJournal(scoped, {
        kind: "fund",
        intentId: null,
        description: "钱包充值",
        descriptionEn: "Wallet top-up",
        postings: [
          { accountId: accountIds.externalFunding, amountFen: -request.walletFen },
          { accountId: walletId, amountFen: request.walletFen },
        ],
      });
    }
  });
}
