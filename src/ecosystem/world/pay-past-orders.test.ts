import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { fileClaim, previewClaim } from "../commerce/after-sale/file-claim.ts";
import { listOrders } from "../commerce/orders.ts";
import { freshKey, rejection } from "../commerce/testing.ts";
import { getPaymentIntent, getWallet, listTransactions, verifyLedger } from "../pay/index.ts";
import { seededWallets } from "./seed-users.ts";
import { useTestWorld } from "./testing.ts";

describeEachDialect("the world's seeded past orders, paid through pay", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;
  const wallet = async (userId: string) => (await getWallet(context(), userId)).availableFen;

  /** The user's newest seeded order from `merchantId`. */
  async function pastOrder(userId: string, merchantId: string) {
    const { orders } = await listOrders(context(), { userId, status: "delivered" });
    const order = orders.find((candidate) => candidate.merchantId === merchantId);
    if (!order) throw new Error(`${userId} has no seeded order from ${merchantId}`);
    return order;
  }

  const refundsOf = async (intentId: string) =>
    context().db.selectFrom("pay_refunds").select("amount_fen").where("intent_id", "=", intentId).execute();

  it("gives every past order a captured intent for its total, to its shop, from its user", async () => {
    const orders = await context().db.selectFrom("commerce_orders").selectAll().execute();
    expect(orders.length).toBeGreaterThan(40);
    for (const order of orders) {
      expect(order.payment_intent_id, order.id).not.toBeNull();
      const intent = await getPaymentIntent(context(), order.payment_intent_id as string);
      expect(intent).toMatchObject({
        userId: order.user_id,
        status: "succeeded",
        amountFen: order.total_fen,
        capturedFen: order.total_fen,
        refundedFen: 0,
        payee: `merchant:${order.merchant_id}`,
        reference: order.id,
      });
      // Authorized when the order was placed, as a live order is.
      expect(intent?.authorizedAt).toBe(Number(order.created_at));
    }
  });

  it("balances the ledger and leaves every wallet at the amount the world decided, nothing held", async () => {
    const report = await verifyLedger(context());
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    for (const { userId, walletFen } of await seededWallets(context())) {
      expect(await getWallet(context(), userId)).toMatchObject({ availableFen: walletFen, heldFen: 0 });
    }
  });

  it("writes the ledger in the order things happened: the top-up first, then each payment at its time", async () => {
    const journals = await context()
      .db.selectFrom("pay_journals")
      .select(["seq", "created_at"])
      .orderBy("seq")
      .execute();
    const times = journals.map((journal) => Number(journal.created_at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const lines = await listTransactions(context(), "u_alice");
    expect(lines.at(-1)).toMatchObject({ kind: "fund", description: "钱包充值" });
    const spent = lines.filter((line) => line.kind === "capture");
    expect(spent).toHaveLength(3);
    expect(spent[0]?.description).toMatch(/星巴克/);
    expect(spent[0]?.descriptionEn).toMatch(/Starbucks/);
  });

  it("refunds a claim inside its window on a seeded order exactly once, to the wallet", async () => {
    const order = await pastOrder("u_bob", "m_mcdonalds_binjiang");
    const intentId = order.paymentIntentId as string;
    const before = await wallet("u_bob");
    const request = {
      userId: "u_bob",
      orderId: order.orderId,
      kind: "missing_item" as const,
      lineIndex: 0,
      qty: 1,
      reason: "one Big Mac meal was missing",
    };
    const claim = await fileClaim(context(), request);
    expect(claim.status).toBe("refunded");
    expect(claim.amountFen).toBeGreaterThan(0);
    expect(await wallet("u_bob")).toBe(before + claim.amountFen);
    expect((await getPaymentIntent(context(), intentId))?.refundedFen).toBe(claim.amountFen);
    // The same claim again is refused, and no money moves.
    expect(await rejection(fileClaim(context(), request))).toMatchObject({ code: "claim_exists" });
    expect(await wallet("u_bob")).toBe(before + claim.amountFen);
    expect((await refundsOf(intentId)).map((refund) => refund.amount_fen)).toEqual([claim.amountFen]);
    expect((await verifyLedger(context())).ok).toBe(true);
  });

  it("turns identical claims at once on a seeded order into one claim and one refund", async () => {
    const order = await pastOrder("u_alice", "m_starbucks_xihu");
    const intentId = order.paymentIntentId as string;
    const before = await wallet("u_alice");
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        fileClaim(context(), {
          userId: "u_alice",
          orderId: order.orderId,
          kind: "missing_item",
          lineIndex: 0,
          reason: "the latte never came",
        }),
      ),
    );
    const filed = attempts.flatMap((attempt) => (attempt.status === "fulfilled" ? [attempt.value] : []));
    expect(filed).toHaveLength(1);
    for (const attempt of attempts)
      if (attempt.status === "rejected") expect(attempt.reason).toMatchObject({ code: "claim_exists" });
    const amountFen = filed[0]?.amountFen ?? 0;
    expect(filed[0]?.status).toBe("refunded");
    expect(await wallet("u_alice")).toBe(before + amountFen);
    expect((await refundsOf(intentId)).map((refund) => refund.amount_fen)).toEqual([amountFen]);
    expect((await verifyLedger(context())).ok).toBe(true);
  });

  it("gives twenty retries of one claim with one key the same claim and one refund", async () => {
    const order = await pastOrder("u_bob", "m_mcdonalds_binjiang");
    const intentId = order.paymentIntentId as string;
    const before = await wallet("u_bob");
    const refundedBefore = (await refundsOf(intentId)).length;
    const key = freshKey("claim");
    const claims = await Promise.all(
      Array.from({ length: 20 }, () =>
        fileClaim(context(), {
          userId: "u_bob",
          orderId: order.orderId,
          kind: "late",
          reason: "it took ages",
          idempotencyKey: key,
        }),
      ),
    );
    expect(new Set(claims.map((claim) => claim.claimId)).size).toBe(1);
    // A seeded order arrived when it was promised: the lateness rule refuses it, with the reason.
    expect(claims[0]?.status).toBe("rejected");
    expect(claims[0]?.decision?.code).toBe("not_late_enough");
    expect(await wallet("u_bob")).toBe(before);
    expect(await refundsOf(intentId)).toHaveLength(refundedBefore);
  });

  it("declines a claim on a seeded order out of its window for that reason, not for how it was paid", async () => {
    const order = await pastOrder("u_xiaoming", "m_luckin_binjiang");
    const refused = await rejection(
      previewClaim(context(), { userId: "u_xiaoming", orderId: order.orderId, kind: "spilled" }),
    );
    expect(refused).toMatchObject({ code: "claim_window_closed", field: "orderId" });
  });

  it("pays a card payer's history from the card, leaving the wallet untouched", async () => {
    const card = await context()
      .db.selectFrom("pay_intents")
      .innerJoin("pay_payment_methods", "pay_payment_methods.id", "pay_intents.payment_method_id")
      .select(["pay_intents.user_id", "pay_intents.captured_fen"])
      .where("pay_payment_methods.kind", "=", "card")
      .execute();
    expect(card.length).toBeGreaterThan(0);
    const wallets = new Map((await seededWallets(context())).map((row) => [row.userId, row.walletFen]));
    for (const row of card) expect(await wallet(row.user_id)).toBe(wallets.get(row.user_id));
  });
});
