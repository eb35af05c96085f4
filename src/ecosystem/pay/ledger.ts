import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";

/** One leg of a journal: positive credits the account, negative debits it. */
export interface Posting {
  accountId: string;
  amountFen: number;
}

export interface JournalRequest {
  kind: string;
  intentId: string | null;
  description: string;
  /** The description in English, for an English statement. */
  descriptionEn?: string;
  postings: Posting[];
}

/**
 * Runs `work` in a transaction, or inside the caller's when the context already carries one (Kysely
 * cannot nest them). Joining the caller's transaction means any error thrown must abort that
 * transaction too, which is what callers such as the world seed do by letting it propagate.
 */
export async function inTransaction<T>(
  context: ServiceContext,
  work: (scoped: ServiceContext) => Promise<T>,
): Promise<T> {
  if (context.db.isTransaction) return work(context);
  return context.db.transaction().execute((trx) => work({ ...context, db: trx }));
}

/** Merges postings per account and drops zero legs, so a journal has one entry per account. */
function mergePostings(postings: Posting[]): Posting[] {
  const byAccount = new Map<string, number>();
  for (const posting of postings) {
    if (!Number.isSafeInteger(posting.amountFen)) throw new Error(`non-integer posting ${posting.amountFen}`);
    byAccount.set(posting.accountId, (byAccount.get(posting.accountId) ?? 0) + posting.amountFen);
  }
  return [...byAccount]
    .filter(([, amountFen]) => amountFen !== 0)
    .map(([accountId, amountFen]) => ({ accountId, amountFen }))
    .sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
}

/**
 * Posts a balanced journal inside the caller's transaction. Each account's cached balance moves by a
 * conditional update that refuses to overdraw a non-negative account, so two concurrent payments can
 * never spend the same fen; accounts are touched in id order so concurrent journals cannot deadlock.
 * Returns the journal id. An unbalanced journal is a bug, not a user error, and throws a plain Error.
 */
export async function postJournal(context: ServiceContext, request: JournalRequest): Promise<string> {
  const postings = mergePostings(request.postings);
  const sum = postings.reduce((total, posting) => total + posting.amountFen, 0);
  if (sum !== 0 || postings.length < 2) {
    throw new Error(`journal ${request.kind} is unbalanced: ${JSON.stringify(postings)}`);
  }
  const now = context.clock.now();
  for (const posting of postings) {
    const result = await context.db
      .updateTable("pay_accounts")
      .set((eb) => ({ balance_fen: eb("balance_fen", "+", posting.amountFen) }))
      .where("id", "=", posting.accountId)
      .where((eb) =>
        eb.or([eb("allow_negative", "=", 1), eb(eb("balance_fen", "+", posting.amountFen), ">=", 0)]),
      )
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) await explainRefusal(context, posting.accountId);
  }
  const journalId = context.ids.next("jnl");
  await context.db
    .insertInto("pay_journals")
    .values({
      id: journalId,
      kind: request.kind,
      intent_id: request.intentId,
      description: request.description.slice(0, 300),
      description_en: (request.descriptionEn ?? "").slice(0, 300),
      created_at: now,
    })
    .execute();
  await context.db
    .insertInto("pay_entries")
    .values(
      postings.map((posting) => ({
        id: context.ids.next("ent"),
        journal_id: journalId,
        account_id: posting.accountId,
        amount_fen: posting.amountFen,
        created_at: now,
      })),
    )
    .execute();
  return journalId;
}

/** Turns a refused balance update into the right error: a missing account is a bug, a short one is not. */
async function explainRefusal(context: ServiceContext, accountId: string): Promise<never> {
  const account = await context.db
    .selectFrom("pay_accounts")
    .select(["kind", "balance_fen"])
    .where("id", "=", accountId)
    .executeTakeFirst();
  if (!account) throw new Error(`ledger account ${accountId} does not exist`);
  throw new DimpleError(
    "insufficient_balance",
    account.kind === "user_wallet"
      ? "the wallet balance is not enough for this payment"
      : `the ${account.kind.replaceAll("_", " ")} account cannot cover this movement`,
    { status: 402, details: { account: account.kind } },
  );
}
