import { expect, it } from "vitest";
import type { WorldEvent } from "../../kernel/events.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import {
  AUTHORIZATION_TTL_MS,
  cancelPaymentIntent,
  capturePaymentIntent,
  confirmPaymentIntent,
  createPaymentIntent,
  getPaymentIntent,
  getWallet,
  listTransactions,
  verifyLedger,
} from "./index.ts";
import { newKey, openTestPayer } from "./testing.ts";

describeEachDialect("pay: payment intents", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  async function authorized(amountFen: number, walletFen = 100_000, payee = "merchant:m_tea") {
    const payer = await openTestPayer(context(), walletFen);
    const intent = await createPaymentIntent(context(), {
      userId: payer.userId,
      amountFen,
      currency: "CNY",
      payee,
      reference: "quote_1",
      description: "两杯奶茶",
      idempotencyKey: newKey(),
    });
    const confirmed = await confirmPaymentIntent(context(), {
      intentId: intent.id,
      userId: payer.userId,
      idempotencyKey: newKey(),
    });
    return { payer, intent: confirmed };
  }

  it("creates an intent that waits for confirmation and moves no money", async () => {
    const payer = await openTestPayer(context(), 10_000);
    const intent = await createPaymentIntent(context(), {
      userId: payer.userId,
      amountFen: 3_800,
      currency: "CNY",
      payee: "merchant:m_tea",
      reference: "quote_1",
      description: "奶茶",
      idempotencyKey: newKey(),
    });
    expect(intent.status).toBe("requires_confirmation");
    expect(intent.paymentMethodId).toBe(payer.walletMethodId);
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 10_000, heldFen: 0 });
    expect(await getPaymentIntent(context(), intent.id)).toEqual(intent);
  });

  it("confirming puts the amount on hold and leaves the intent awaiting capture", async () => {
    const { payer, intent } = await authorized(3_800, 10_000);
    expect(intent.status).toBe("requires_capture");
    expect(intent.expiresAt).toBe((intent.authorizedAt ?? 0) + AUTHORIZATION_TTL_MS);
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 6_200, heldFen: 3_800 });
  });

  it("capturing pays the merchant less the platform fee and empties the hold", async () => {
    const { payer, intent } = await authorized(10_000, 10_000);
    const captured = await capturePaymentIntent(context(), { intentId: intent.id, idempotencyKey: newKey() });
    expect(captured).toMatchObject({ status: "succeeded", capturedFen: 10_000, feeFen: 60 });
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 0, heldFen: 0 });
    const merchant = await context()
      .db.selectFrom("pay_accounts")
      .select("balance_fen")
      .where("id", "=", "acct_merchant_m_tea")
      .executeTakeFirstOrThrow();
    expect(Number(merchant.balance_fen)).toBeGreaterThanOrEqual(9_940);
  });

  it("a partial capture releases the unused part of the hold", async () => {
    const { payer, intent } = await authorized(5_000, 8_000);
    const captured = await capturePaymentIntent(context(), {
      intentId: intent.id,
      amountFen: 3_000,
      idempotencyKey: newKey(),
    });
    expect(captured.capturedFen).toBe(3_000);
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 5_000, heldFen: 0 });
  });

  it("refuses to capture more than was authorized", async () => {
    const { intent } = await authorized(2_000);
    await expect(
      capturePaymentIntent(context(), { intentId: intent.id, amountFen: 2_001, idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: "amount_exceeds_authorized", field: "amountFen" });
    expect((await getPaymentIntent(context(), intent.id))?.status).toBe("requires_capture");
  });

  it("cancelling an authorized intent releases the whole hold", async () => {
    const { payer, intent } = await authorized(4_000, 4_000);
    const canceled = await cancelPaymentIntent(context(), { intentId: intent.id, idempotencyKey: newKey() });
    expect(canceled).toMatchObject({ status: "canceled", cancelReason: "requested_by_customer" });
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 4_000, heldFen: 0 });
  });

  it("rejects illegal transitions with invalid_state", async () => {
    const { intent } = await authorized(1_000);
    const key = newKey;
    await expect(
      confirmPaymentIntent(context(), { intentId: intent.id, userId: intent.userId, idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "invalid_state", status: 409 });
    await capturePaymentIntent(context(), { intentId: intent.id, idempotencyKey: key() });
    await expect(
      capturePaymentIntent(context(), { intentId: intent.id, idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "invalid_state" });
    await expect(
      cancelPaymentIntent(context(), { intentId: intent.id, idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "invalid_state" });
    const fresh = await authorized(1_000);
    await cancelPaymentIntent(context(), { intentId: fresh.intent.id, idempotencyKey: key() });
    await expect(
      capturePaymentIntent(context(), { intentId: fresh.intent.id, idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "invalid_state" });
  });

  it("refuses an authorization the wallet cannot cover, holding nothing", async () => {
    const payer = await openTestPayer(context(), 999);
    const intent = await createPaymentIntent(context(), {
      userId: payer.userId,
      amountFen: 1_000,
      payee: "platform",
      reference: "vip",
      idempotencyKey: newKey(),
    });
    await expect(
      confirmPaymentIntent(context(), {
        intentId: intent.id,
        userId: payer.userId,
        idempotencyKey: newKey(),
      }),
    ).rejects.toMatchObject({ code: "insufficient_balance", status: 402 });
    expect((await getPaymentIntent(context(), intent.id))?.status).toBe("requires_confirmation");
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 999, heldFen: 0 });
  });

  it("reports an injected decline and moves no money", async () => {
    const payer = await openTestPayer(context(), 5_000);
    const intent = await createPaymentIntent(context(), {
      userId: payer.userId,
      amountFen: 1_000,
      payee: "merchant:m_tea",
      reference: "q",
      idempotencyKey: newKey(),
    });
    context().faults.set("pay", "payment_declined", { times: 1 });
    await expect(
      confirmPaymentIntent(context(), {
        intentId: intent.id,
        userId: payer.userId,
        idempotencyKey: newKey(),
      }),
    ).rejects.toMatchObject({ code: "payment_declined", status: 402 });
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 5_000, heldFen: 0 });
    const retried = await confirmPaymentIntent(context(), {
      intentId: intent.id,
      userId: payer.userId,
      idempotencyKey: newKey(),
    });
    expect(retried.status).toBe("requires_capture");
  });

  it("pays by card from the issuer's account, leaving the wallet untouched", async () => {
    const payer = await openTestPayer(context(), 0);
    const intent = await createPaymentIntent(context(), {
      userId: payer.userId,
      amountFen: 12_000,
      payee: "merchant:m_cinema",
      reference: "booking_1",
      paymentMethodId: payer.cardMethodId,
      idempotencyKey: newKey(),
    });
    await confirmPaymentIntent(context(), {
      intentId: intent.id,
      userId: payer.userId,
      idempotencyKey: newKey(),
    });
    await capturePaymentIntent(context(), { intentId: intent.id, idempotencyKey: newKey() });
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 0, heldFen: 0 });
    const [capture, authorize] = await listTransactions(context(), payer.userId);
    expect(capture).toMatchObject({ kind: "capture", netFen: -12_000, heldFen: -12_000 });
    expect(authorize).toMatchObject({ kind: "authorize", netFen: 0, cardFen: -12_000, heldFen: 12_000 });
  });

  it("hides another user's intent and rejects unknown payment methods and payees", async () => {
    const { intent } = await authorized(1_000);
    const stranger = await openTestPayer(context(), 1_000);
    await expect(
      confirmPaymentIntent(context(), {
        intentId: intent.id,
        userId: stranger.userId,
        idempotencyKey: newKey(),
      }),
    ).rejects.toMatchObject({ code: "not_found", field: "intentId" });
    const base = { userId: stranger.userId, amountFen: 100, reference: "r" };
    await expect(
      createPaymentIntent(context(), {
        ...base,
        payee: "platform",
        paymentMethodId: "pm_nope",
        idempotencyKey: newKey(),
      }),
    ).rejects.toMatchObject({ code: "not_found", field: "paymentMethodId" });
    await expect(
      createPaymentIntent(context(), { ...base, payee: "user:u_nobody", idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: "not_found", field: "payee" });
    await expect(
      createPaymentIntent(context(), { ...base, payee: "bank:x", idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: "invalid_argument", field: "payee" });
    await expect(
      createPaymentIntent(context(), {
        ...base,
        amountFen: 1.5,
        payee: "platform",
        idempotencyKey: newKey(),
      }),
    ).rejects.toMatchObject({ code: "invalid_argument", field: "amountFen" });
  });

  it("releases authorizations that are not captured within seven days", async () => {
    const { payer, intent } = await authorized(2_500, 2_500);
    const events: WorldEvent[] = [];
    const unsubscribe = context().bus.subscribe("payment-intent-expired", (event) => {
      events.push(event);
    });
    await world().advance(AUTHORIZATION_TTL_MS + 1_000);
    unsubscribe();
    expect((await getPaymentIntent(context(), intent.id))?.status).toBe("canceled");
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 2_500, heldFen: 0 });
    expect(events.map((event) => event.subjectId)).toContain(intent.id);
  });

  it("refuses to capture an expired authorization and releases it on the next lifecycle step", async () => {
    const { payer, intent } = await authorized(1_500, 1_500);
    // Move the clock alone, so the pay stepper has not run yet when the capture arrives.
    await context().simulatedClock?.advance(AUTHORIZATION_TTL_MS + 1);
    await expect(
      capturePaymentIntent(context(), { intentId: intent.id, idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: "authorization_expired", status: 409 });
    await world().tick();
    expect((await getPaymentIntent(context(), intent.id))?.cancelReason).toBe("authorization_expired");
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 1_500, heldFen: 0 });
  });

  it("keeps the ledger balanced after all of the above", async () => {
    const report = await verifyLedger(context());
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.totalFen).toBe(0);
  });
});
