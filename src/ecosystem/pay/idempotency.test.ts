import { expect, it } from "vitest";
import type { ServiceContext } from "../../kernel/context.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import {
  cancelPaymentIntent,
  confirmPaymentIntent,
  createPaymentIntent,
  getWallet,
  hashRequest,
  IN_FLIGHT_LEASE_MS,
  transfer,
  verifyLedger,
} from "./index.ts";
import { newKey, openTestPayer } from "./testing.ts";

describeEachDialect("pay: idempotency keys", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  async function pendingIntent(walletFen: number, amountFen: number, ctx: ServiceContext = context()) {
    const payer = await openTestPayer(ctx, walletFen);
    const intent = await createPaymentIntent(ctx, {
      userId: payer.userId,
      amountFen,
      payee: "merchant:m_idem",
      reference: "quote_idem",
      idempotencyKey: newKey(),
    });
    return { payer, intent };
  }

  const journalsOf = async (intentId: string) =>
    context().db.selectFrom("pay_journals").select("kind").where("intent_id", "=", intentId).execute();

  it("returns the same intent for a repeated create with the same key and body", async () => {
    const payer = await openTestPayer(context(), 1_000);
    const request = {
      userId: payer.userId,
      amountFen: 700,
      payee: "platform",
      reference: "r",
      idempotencyKey: newKey(),
    };
    const first = await createPaymentIntent(context(), request);
    const second = await createPaymentIntent(context(), { ...request });
    expect(second).toEqual(first);
    const count = await context()
      .db.selectFrom("pay_intents")
      .select("id")
      .where("user_id", "=", payer.userId)
      .execute();
    expect(count).toHaveLength(1);
  });

  it("confirms once however often the same request is retried", async () => {
    const { payer, intent } = await pendingIntent(1_000, 600);
    const request = { intentId: intent.id, userId: payer.userId, idempotencyKey: newKey() };
    const first = await confirmPaymentIntent(context(), request);
    const again = await confirmPaymentIntent(context(), request);
    expect(again).toEqual(first);
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 400, heldFen: 600 });
    expect(await journalsOf(intent.id)).toEqual([{ kind: "authorize" }]);
  });

  it("refuses a key reused with a different body", async () => {
    const payer = await openTestPayer(context(), 1_000);
    const request = {
      userId: payer.userId,
      amountFen: 700,
      payee: "platform",
      reference: "r",
      idempotencyKey: newKey(),
    };
    await createPaymentIntent(context(), request);
    await expect(createPaymentIntent(context(), { ...request, amountFen: 701 })).rejects.toMatchObject({
      code: "idempotency_conflict",
      status: 409,
      field: "idempotencyKey",
    });
  });

  it("replays a declined attempt under the same key and lets a new key try again", async () => {
    const { payer, intent } = await pendingIntent(1_000, 300);
    const request = { intentId: intent.id, userId: payer.userId, idempotencyKey: newKey() };
    context().faults.set("pay", "payment_declined", { times: 1 });
    await expect(confirmPaymentIntent(context(), request)).rejects.toMatchObject({
      code: "payment_declined",
    });
    await expect(confirmPaymentIntent(context(), request)).rejects.toMatchObject({
      code: "payment_declined",
      status: 402,
    });
    expect((await getWallet(context(), payer.userId)).heldFen).toBe(0);
    const fresh = await confirmPaymentIntent(context(), { ...request, idempotencyKey: newKey() });
    expect(fresh.status).toBe("requires_capture");
  });

  it("answers idempotency_in_flight while the first request is still running", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: ServiceContext = { ...context(), mandateVerifier: { verify: () => gate } };
    const { payer, intent } = await pendingIntent(1_000, 100, slow);
    const request = { intentId: intent.id, userId: payer.userId, mandate: "m", idempotencyKey: newKey() };
    const first = confirmPaymentIntent(slow, request);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(confirmPaymentIntent(slow, request)).rejects.toMatchObject({
      code: "idempotency_in_flight",
      status: 409,
    });
    release();
    expect((await first).status).toBe("requires_capture");
    expect(await confirmPaymentIntent(slow, request)).toEqual(await first);
  });

  it("releases the key when an unexpected error stops the first attempt", async () => {
    const { payer, intent } = await pendingIntent(1_000, 100);
    const broken: ServiceContext = {
      ...context(),
      mandateVerifier: {
        verify: async () => {
          throw new Error("verifier crashed");
        },
      },
    };
    const request = { intentId: intent.id, userId: payer.userId, idempotencyKey: newKey() };
    await expect(confirmPaymentIntent(broken, request)).rejects.toThrow("verifier crashed");
    expect((await confirmPaymentIntent(context(), request)).status).toBe("requires_capture");
  });

  it("takes over a claim left in flight by a crashed process once its lease is over", async () => {
    const { intent } = await pendingIntent(1_000, 100);
    const key = newKey();
    const stale = context().clock.now() - IN_FLIGHT_LEASE_MS - 1;
    await context()
      .db.insertInto("pay_idempotency_keys")
      .values({
        scope: "pay.cancel",
        key,
        request_hash: hashRequest({ intentId: intent.id, reason: "requested_by_customer" }),
        state: "in_flight",
        claim: "claim_crashed",
        outcome: null,
        created_at: stale,
        updated_at: stale,
      })
      .execute();
    const canceled = await cancelPaymentIntent(context(), { intentId: intent.id, idempotencyKey: key });
    expect(canceled.status).toBe("canceled");
  });

  it("charges once when 100 confirms with one key arrive together", async () => {
    const { payer, intent } = await pendingIntent(10_000, 2_500);
    const request = { intentId: intent.id, userId: payer.userId, idempotencyKey: newKey() };
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () => confirmPaymentIntent(context(), { ...request })),
    );
    const successes = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason.code] : []));
    expect(successes.length).toBeGreaterThanOrEqual(1);
    for (const success of successes) expect(success).toEqual(successes[0]);
    expect(new Set(failures)).toEqual(new Set(failures.length ? ["idempotency_in_flight"] : []));
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 7_500, heldFen: 2_500 });
    expect(await journalsOf(intent.id)).toEqual([{ kind: "authorize" }]);
  });

  it("pays once when 100 transfers with one key arrive together", async () => {
    const alice = await openTestPayer(context(), 10_000);
    const bob = await openTestPayer(context(), 0);
    const request = {
      fromUserId: alice.userId,
      toUserId: bob.userId,
      amountFen: 1_000,
      note: "",
      idempotencyKey: newKey(),
    };
    await Promise.allSettled(Array.from({ length: 100 }, () => transfer(context(), { ...request })));
    expect((await getWallet(context(), alice.userId)).availableFen).toBe(9_000);
    expect((await getWallet(context(), bob.userId)).availableFen).toBe(1_000);
  });

  it("lets exactly one of 100 confirms with different keys authorize the intent", async () => {
    const { payer, intent } = await pendingIntent(10_000, 2_500);
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () =>
        confirmPaymentIntent(context(), {
          intentId: intent.id,
          userId: payer.userId,
          idempotencyKey: newKey(),
        }),
      ),
    );
    const codes = results.map((result) => (result.status === "fulfilled" ? "ok" : result.reason.code));
    expect(codes.filter((code) => code === "ok")).toHaveLength(1);
    expect(codes.filter((code) => code === "invalid_state")).toHaveLength(99);
    expect(await getWallet(context(), payer.userId)).toMatchObject({ availableFen: 7_500, heldFen: 2_500 });
  });

  it("never overdraws a wallet under 100 concurrent transfers with different keys", async () => {
    const alice = await openTestPayer(context(), 10_000);
    const bob = await openTestPayer(context(), 0);
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () =>
        transfer(context(), {
          fromUserId: alice.userId,
          toUserId: bob.userId,
          amountFen: 1_000,
          note: "",
          idempotencyKey: newKey(),
        }),
      ),
    );
    const codes = results.map((result) => (result.status === "fulfilled" ? "ok" : result.reason.code));
    expect(codes.filter((code) => code === "ok")).toHaveLength(10);
    expect(codes.filter((code) => code === "insufficient_balance")).toHaveLength(90);
    expect((await getWallet(context(), alice.userId)).availableFen).toBe(0);
    expect((await getWallet(context(), bob.userId)).availableFen).toBe(10_000);
  });

  it("keeps the ledger balanced through all of it", async () => {
    expect((await verifyLedger(context())).problems).toEqual([]);
  });
});
