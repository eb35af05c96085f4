import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import {
  capturePaymentIntent,
  confirmPaymentIntent,
  createPaymentIntent,
  getWallet,
  refundPayment,
  transfer,
  verifyLedger,
} from "./index.ts";
import { newKey, openTestPayer } from "./testing.ts";

describeEachDialect("pay: refunds and transfers", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  async function paid(amountFen: number, walletFen: number, payee = "merchant:m_refunds") {
    const payer = await openTestPayer(context(), walletFen);
    const intent = await createPaymentIntent(context(), {
      userId: payer.userId,
      amountFen,
      payee,
      reference: "order_1",
      idempotencyKey: newKey(),
    });
    await confirmPaymentIntent(context(), {
      intentId: intent.id,
      userId: payer.userId,
      idempotencyKey: newKey(),
    });
    const captured = await capturePaymentIntent(context(), { intentId: intent.id, idempotencyKey: newKey() });
    return { payer, intent: captured };
  }

  const feeAccount = async () =>
    Number(
      (
        await context()
          .db.selectFrom("pay_accounts")
          .select("balance_fen")
          .where("id", "=", "acct_platform_fees")
          .executeTakeFirstOrThrow()
      ).balance_fen,
    );

  it("refunds part of a payment back to the wallet", async () => {
    const { payer, intent } = await paid(5_000, 5_000);
    const { refund, intent: after } = await refundPayment(context(), {
      intentId: intent.id,
      amountFen: 2_000,
      reason: "one cup was missing",
      idempotencyKey: newKey(),
    });
    expect(refund).toMatchObject({ intentId: intent.id, amountFen: 2_000, reason: "one cup was missing" });
    expect(after).toMatchObject({ status: "succeeded", capturedFen: 5_000, refundedFen: 2_000 });
    expect((await getWallet(context(), payer.userId)).availableFen).toBe(2_000);
  });

  it("refunds the rest in steps but never more than was captured", async () => {
    const { payer, intent } = await paid(3_001, 3_001);
    await refundPayment(context(), {
      intentId: intent.id,
      amountFen: 1_000,
      reason: "a",
      idempotencyKey: newKey(),
    });
    await expect(
      refundPayment(context(), {
        intentId: intent.id,
        amountFen: 2_002,
        reason: "b",
        idempotencyKey: newKey(),
      }),
    ).rejects.toMatchObject({ code: "amount_exceeds_refundable", field: "amountFen" });
    const { intent: after } = await refundPayment(context(), {
      intentId: intent.id,
      amountFen: 2_001,
      reason: "c",
      idempotencyKey: newKey(),
    });
    expect(after.refundedFen).toBe(3_001);
    expect((await getWallet(context(), payer.userId)).availableFen).toBe(3_001);
    await expect(
      refundPayment(context(), { intentId: intent.id, amountFen: 1, reason: "d", idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: "amount_exceeds_refundable" });
  });

  it("gives the platform fee back to the merchant exactly when the payment is fully refunded", async () => {
    const before = await feeAccount();
    const { intent } = await paid(99_999, 99_999);
    expect(intent.feeFen).toBe(599);
    expect(await feeAccount()).toBe(before + 599);
    for (const amountFen of [33_333, 33_333, 33_333]) {
      await refundPayment(context(), {
        intentId: intent.id,
        amountFen,
        reason: "r",
        idempotencyKey: newKey(),
      });
    }
    expect(await feeAccount()).toBe(before);
  });

  it("only refunds captured payments", async () => {
    const payer = await openTestPayer(context(), 1_000);
    const intent = await createPaymentIntent(context(), {
      userId: payer.userId,
      amountFen: 500,
      payee: "platform",
      reference: "r",
      idempotencyKey: newKey(),
    });
    await expect(
      refundPayment(context(), {
        intentId: intent.id,
        amountFen: 500,
        reason: "r",
        idempotencyKey: newKey(),
      }),
    ).rejects.toMatchObject({ code: "invalid_state" });
  });

  it("transfers between wallets at once and records it as a succeeded intent", async () => {
    const alice = await openTestPayer(context(), 10_000);
    const bob = await openTestPayer(context(), 0);
    const sent = await transfer(context(), {
      fromUserId: alice.userId,
      toUserId: bob.userId,
      amountFen: 2_500,
      note: "午饭 AA",
      idempotencyKey: newKey(),
    });
    expect(sent).toMatchObject({
      status: "succeeded",
      payee: `user:${bob.userId}`,
      capturedFen: 2_500,
      feeFen: 0,
    });
    expect((await getWallet(context(), alice.userId)).availableFen).toBe(7_500);
    expect((await getWallet(context(), bob.userId)).availableFen).toBe(2_500);
  });

  it("refuses transfers the wallet cannot cover, to oneself, and to unknown users", async () => {
    const alice = await openTestPayer(context(), 100);
    const bob = await openTestPayer(context(), 0);
    const base = { fromUserId: alice.userId, note: "", amountFen: 101 };
    await expect(
      transfer(context(), { ...base, toUserId: bob.userId, idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: "insufficient_balance" });
    await expect(
      transfer(context(), { ...base, amountFen: 1, toUserId: alice.userId, idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: "invalid_argument", field: "payee" });
    await expect(
      transfer(context(), { ...base, amountFen: 1, toUserId: "u_ghost", idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await getWallet(context(), alice.userId)).availableFen).toBe(100);
  });

  it("refunds a transfer from the receiver only while the receiver still has the money", async () => {
    const alice = await openTestPayer(context(), 1_000);
    const bob = await openTestPayer(context(), 0);
    const carol = await openTestPayer(context(), 0);
    const sent = await transfer(context(), {
      fromUserId: alice.userId,
      toUserId: bob.userId,
      amountFen: 1_000,
      note: "",
      idempotencyKey: newKey(),
    });
    await transfer(context(), {
      fromUserId: bob.userId,
      toUserId: carol.userId,
      amountFen: 600,
      note: "",
      idempotencyKey: newKey(),
    });
    await expect(
      refundPayment(context(), {
        intentId: sent.id,
        amountFen: 1_000,
        reason: "r",
        idempotencyKey: newKey(),
      }),
    ).rejects.toMatchObject({ code: "insufficient_balance" });
    await refundPayment(context(), {
      intentId: sent.id,
      amountFen: 400,
      reason: "r",
      idempotencyKey: newKey(),
    });
    expect((await getWallet(context(), alice.userId)).availableFen).toBe(400);
    expect((await getWallet(context(), bob.userId)).availableFen).toBe(0);
  });

  it("keeps the ledger balanced", async () => {
    expect((await verifyLedger(context())).problems).toEqual([]);
  });
});
