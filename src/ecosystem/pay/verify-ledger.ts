import type { ServiceContext } from "../../kernel/context.ts";

/** What verifyLedger found: `ok` only when `problems` is empty. */
export interface LedgerReport {
  ok: boolean;
  journals: number;
  entries: number;
  accounts: number;
  /** The sum of every account's balance; zero in a balanced ledger. */
  totalFen: number;
  problems: string[];
}

const MAX_PROBLEMS = 50;

/**
 * Checks the double-entry invariants from the stored rows: every journal has at least two entries that
 * sum to zero, every account's cached balance equals the sum of its entries, no account that may not go
 * negative is negative, every entry names a real account, each hold account holds exactly the amounts
 * of its authorized intents, and no intent is captured beyond its amount or refunded beyond its capture.
 */
export async function verifyLedger(context: ServiceContext): Promise<LedgerReport> {
  const problems: string[] = [];
  const report = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };

  const journals = await context.db
    .selectFrom("pay_journals")
    .leftJoin("pay_entries", "pay_entries.journal_id", "pay_journals.id")
    .select((eb) => [
      "pay_journals.id",
      eb.fn.count<number | string>("pay_entries.id").as("entries"),
      eb.fn.sum<number | string | null>("pay_entries.amount_fen").as("total"),
    ])
    .groupBy("pay_journals.id")
    .execute();
  let entryCount = 0;
  for (const journal of journals) {
    const entries = Number(journal.entries);
    entryCount += entries;
    if (entries < 2) report(`journal ${journal.id} has ${entries} entries`);
    if (Number(journal.total ?? 0) !== 0) report(`journal ${journal.id} sums to ${journal.total}`);
  }

  const orphans = await context.db
    .selectFrom("pay_entries")
    .leftJoin("pay_accounts", "pay_accounts.id", "pay_entries.account_id")
    .leftJoin("pay_journals", "pay_journals.id", "pay_entries.journal_id")
    .select(["pay_entries.id", "pay_accounts.id as account", "pay_journals.id as journal"])
    .where((eb) => eb.or([eb("pay_accounts.id", "is", null), eb("pay_journals.id", "is", null)]))
    .execute();
  for (const orphan of orphans) report(`entry ${orphan.id} has no ${orphan.account ? "journal" : "account"}`);

  const accounts = await context.db
    .selectFrom("pay_accounts")
    .leftJoin("pay_entries", "pay_entries.account_id", "pay_accounts.id")
    .select((eb) => [
      "pay_accounts.id",
      "pay_accounts.kind",
      "pay_accounts.balance_fen",
      "pay_accounts.allow_negative",
      eb.fn.sum<number | string | null>("pay_entries.amount_fen").as("total"),
    ])
    .groupBy([
      "pay_accounts.id",
      "pay_accounts.kind",
      "pay_accounts.balance_fen",
      "pay_accounts.allow_negative",
    ])
    .execute();
  let totalFen = 0;
  const balances = new Map<string, number>();
  for (const account of accounts) {
    const balance = Number(account.balance_fen);
    const fromEntries = Number(account.total ?? 0);
    totalFen += balance;
    balances.set(account.id, balance);
    if (balance !== fromEntries)
      report(`account ${account.id} says ${balance} but its entries sum to ${fromEntries}`);
    if (balance < 0 && account.allow_negative !== 1) report(`account ${account.id} is negative: ${balance}`);
  }
  if (totalFen !== 0) report(`all balances sum to ${totalFen}, not 0`);

  const held = await context.db
    .selectFrom("pay_intents")
    .select((eb) => ["hold_account_id", eb.fn.sum<number | string>("amount_fen").as("total")])
    .where("status", "=", "requires_capture")
    .groupBy("hold_account_id")
    .execute();
  const expectedHolds = new Map(held.map((row) => [row.hold_account_id, Number(row.total)]));
  for (const account of accounts.filter((candidate) => candidate.kind === "hold")) {
    const expected = expectedHolds.get(account.id) ?? 0;
    const balance = balances.get(account.id) ?? 0;
    if (balance !== expected)
      report(`hold ${account.id} holds ${balance} but authorizations total ${expected}`);
    expectedHolds.delete(account.id);
  }
  for (const [accountId, total] of expectedHolds)
    report(`authorizations of ${total} fen on missing hold ${accountId}`);

  const badIntents = await context.db
    .selectFrom("pay_intents")
    .select(["id", "amount_fen", "captured_fen", "refunded_fen"])
    .where((eb) =>
      eb.or([
        eb("captured_fen", ">", eb.ref("amount_fen")),
        eb("refunded_fen", ">", eb.ref("captured_fen")),
        eb("refunded_fen", "<", 0),
      ]),
    )
    .execute();
  for (const intent of badIntents) {
    report(
      `intent ${intent.id}: amount ${intent.amount_fen}, captured ${intent.captured_fen}, refunded ${intent.refunded_fen}`,
    );
  }

  return {
    ok: problems.length === 0,
    journals: journals.length,
    entries: entryCount,
    accounts: accounts.length,
    totalFen,
    problems,
  };
}
