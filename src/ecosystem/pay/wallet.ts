import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import { accountIds, CURRENCY } from "./accounts.ts";

/** A user's wallet: what they can spend now, and what is on hold for authorized payments. */
export interface Wallet {
  userId: string;
  currency: string;
  availableFen: number;
  heldFen: number;
}

/** Reads a user's wallet balances (404 for a user without a wallet). */
export async function getWallet(context: ServiceContext, userId: string): Promise<Wallet> {
  const walletId = accountIds.wallet(userId);
  const rows = await context.db
    .selectFrom("pay_accounts")
    .select(["id", "balance_fen"])
    .where("id", "in", [walletId, accountIds.hold(walletId)])
    .execute();
  const wallet = rows.find((row) => row.id === walletId);
  if (!wallet) throw notFound("wallet of user", userId, "userId");
  const hold = rows.find((row) => row.id !== walletId);
  return {
    userId,
    currency: CURRENCY,
    availableFen: Number(wallet.balance_fen),
    heldFen: Number(hold?.balance_fen ?? 0),
  };
}

/** One line of a user's statement: one journal, seen from the user's side. */
export interface StatementLine {
  journalId: string;
  kind: string;
  intentId: string | null;
  description: string;
  /** The description in English (the Chinese one on lines made before English forms existed). */
  descriptionEn: string;
  createdAt: number;
  /** What the user gained (positive) or spent (negative) across all their accounts; holds net to 0. */
  netFen: number;
  walletFen: number;
  heldFen: number;
  cardFen: number;
}

/** A user's statement (账单), newest first. */
export async function listTransactions(
  context: ServiceContext,
  userId: string,
  options: { limit?: number } = {},
): Promise<StatementLine[]> {
  const owner = `user:${userId}`;
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const journals = await context.db
    .selectFrom("pay_journals")
    .select(["seq", "id", "kind", "intent_id", "description", "description_en", "created_at"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("pay_entries")
          .innerJoin("pay_accounts", "pay_accounts.id", "pay_entries.account_id")
          .select("pay_entries.id")
          .whereRef("pay_entries.journal_id", "=", "pay_journals.id")
          .where("pay_accounts.owner", "=", owner),
      ),
    )
    .orderBy("seq", "desc")
    .limit(limit)
    .execute();
  if (journals.length === 0) return [];
  const entries = await context.db
    .selectFrom("pay_entries")
    .innerJoin("pay_accounts", "pay_accounts.id", "pay_entries.account_id")
    .select(["pay_entries.journal_id", "pay_entries.amount_fen", "pay_accounts.kind"])
    .where("pay_accounts.owner", "=", owner)
    .where(
      "pay_entries.journal_id",
      "in",
      journals.map((journal) => journal.id),
    )
    .execute();
  return journals.map((journal) => {
    const line: StatementLine = {
      journalId: journal.id,
      kind: journal.kind,
      intentId: journal.intent_id,
      description: journal.description,
      descriptionEn: journal.description_en || journal.description,
      createdAt: Number(journal.created_at),
      netFen: 0,
      walletFen: 0,
      heldFen: 0,
      cardFen: 0,
    };
    for (const entry of entries.filter((candidate) => candidate.journal_id === journal.id)) {
      const amountFen = Number(entry.amount_fen);
      line.netFen += amountFen;
      if (entry.kind === "user_wallet") line.walletFen += amountFen;
      else if (entry.kind === "hold") line.heldFen += amountFen;
      else if (entry.kind === "user_card") line.cardFen += amountFen;
    }
    return line;
  });
}
