import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { seededWallets } from "../world/seed-users.ts";
import { useTestWorld } from "../world/testing.ts";
import { getWallet, listPaymentMethods, listTransactions, verifyLedger } from "./index.ts";

describeEachDialect("pay: the seeded ledger", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  it("balances from the start", async () => {
    const report = await verifyLedger(context());
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.journals).toBeGreaterThan(0);
  });

  it("gives every user the wallet the world decided, and nothing on hold", async () => {
    const wallets = await seededWallets(context());
    expect(wallets.length).toBeGreaterThan(60);
    for (const { userId, walletFen } of wallets) {
      expect(await getWallet(context(), userId)).toEqual({
        userId,
        currency: "CNY",
        availableFen: walletFen,
        heldFen: 0,
      });
    }
  });

  it("funds the wallets from the external funding account, with what the past orders paid from them", async () => {
    const total = (await seededWallets(context())).reduce((sum, wallet) => sum + wallet.walletFen, 0);
    // The seeded past orders were paid from the wallets (or cards) and went to the shops.
    const fromWallets = await context()
      .db.selectFrom("pay_intents")
      .select((eb) => eb.fn.sum<number>("captured_fen").as("fen"))
      .where("payment_method_id", "like", "pm_wallet_%")
      .executeTakeFirstOrThrow();
    const funding = await context()
      .db.selectFrom("pay_accounts")
      .select("balance_fen")
      .where("id", "=", "acct_external_funding")
      .executeTakeFirstOrThrow();
    expect(Number(fromWallets.fen)).toBeGreaterThan(0);
    expect(Number(funding.balance_fen)).toBe(-(total + Number(fromWallets.fen)));
  });

  it("lets 小明 pay from the wallet by default or from his 招商银行 card", async () => {
    const methods = await listPaymentMethods(context(), "u_xiaoming");
    expect(methods).toEqual([
      expect.objectContaining({ kind: "wallet", isDefault: true, availableFen: 200_000, label: "钱包余额" }),
      expect.objectContaining({
        kind: "card",
        isDefault: false,
        last4: "8848",
        label: "招商银行储蓄卡 (尾号 8848)",
        labelEn: "China Merchants Bank debit card (ending 8848)",
        availableFen: null,
      }),
    ]);
  });

  it("shows the opening top-up on the statement, before the past orders it paid for", async () => {
    const lines = await listTransactions(context(), "u_alice");
    // Alice's three seeded orders (¥50.00 + ¥41.70 + ¥47.00) were paid from her wallet after it opened.
    expect(lines.at(-1)).toMatchObject({ kind: "fund", netFen: 200_000 + 13_870, walletFen: 213_870 });
    const spent = lines.filter((line) => line.kind === "capture");
    expect(spent.map((line) => line.netFen)).toEqual([-5_000, -4_170, -4_700]);
    expect(lines.reduce((sum, line) => sum + line.netFen, 0)).toBe(200_000);
  });

  it("answers not_found for a user without a wallet", async () => {
    await expect(getWallet(context(), "u_nobody")).rejects.toMatchObject({
      code: "not_found",
      field: "userId",
    });
    await expect(listPaymentMethods(context(), "u_nobody")).rejects.toMatchObject({ code: "not_found" });
  });
});
