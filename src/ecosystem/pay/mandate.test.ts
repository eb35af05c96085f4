import { expect, it } from "vitest";
import type { MandateCheck, ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { confirmPaymentIntent, createPaymentIntent, getPaymentIntent, getWallet, transfer } from "./index.ts";
import { newKey, openTestPayer } from "./testing.ts";

/** A verifier that accepts only the mandate "good" and records what it was asked. */
function recordingVerifier() {
  const calls: { mandate: string | undefined; check: MandateCheck }[] = [];
  return {
    calls,
    verify: async (mandate: string | undefined, check: MandateCheck) => {
      calls.push({ mandate, check });
      if (mandate !== "good") throw new DimpleError("mandate_invalid", "no valid mandate", { status: 403 });
    },
  };
}

describeEachDialect("pay: mandates", (dialect) => {
  const world = useTestWorld(dialect);

  function guarded() {
    const verifier = recordingVerifier();
    const context: ServiceContext = { ...world().context, mandateVerifier: verifier };
    return { context, verifier };
  }

  it("asks the verifier about the exact payment before authorizing it", async () => {
    const { context, verifier } = guarded();
    const payer = await openTestPayer(context, 5_000);
    const intent = await createPaymentIntent(context, {
      userId: payer.userId,
      amountFen: 3_200,
      payee: "merchant:m_mandate",
      reference: "quote_abc",
      idempotencyKey: newKey(),
    });
    const confirmed = await confirmPaymentIntent(context, {
      intentId: intent.id,
      userId: payer.userId,
      mandate: "good",
      idempotencyKey: newKey(),
    });
    expect(confirmed.status).toBe("requires_capture");
    expect(verifier.calls).toEqual([
      { mandate: "good", check: { userId: payer.userId, amountFen: 3_200, reference: "quote_abc" } },
    ]);
  });

  it("moves no money when the verifier refuses the mandate", async () => {
    const { context, verifier } = guarded();
    const payer = await openTestPayer(context, 5_000);
    const intent = await createPaymentIntent(context, {
      userId: payer.userId,
      amountFen: 3_200,
      payee: "merchant:m_mandate",
      reference: "quote_abc",
      idempotencyKey: newKey(),
    });
    await expect(
      confirmPaymentIntent(context, { intentId: intent.id, userId: payer.userId, idempotencyKey: newKey() }),
    ).rejects.toMatchObject({ code: "mandate_invalid", status: 403 });
    await expect(
      confirmPaymentIntent(context, {
        intentId: intent.id,
        userId: payer.userId,
        mandate: "forged",
        idempotencyKey: newKey(),
      }),
    ).rejects.toMatchObject({ code: "mandate_invalid" });
    expect(verifier.calls.map((call) => call.mandate)).toEqual([undefined, "forged"]);
    expect((await getPaymentIntent(context, intent.id))?.status).toBe("requires_confirmation");
    expect(await getWallet(context, payer.userId)).toMatchObject({ availableFen: 5_000, heldFen: 0 });
  });

  it("checks transfers against the recipient unless a reference is given", async () => {
    const { context, verifier } = guarded();
    const alice = await openTestPayer(context, 5_000);
    const bob = await openTestPayer(context, 0);
    const base = { fromUserId: alice.userId, toUserId: bob.userId, amountFen: 1_000, note: "" };
    await expect(
      transfer(context, { ...base, mandate: "bad", idempotencyKey: newKey() }),
    ).rejects.toMatchObject({
      code: "mandate_invalid",
    });
    expect((await getWallet(context, alice.userId)).availableFen).toBe(5_000);
    await transfer(context, { ...base, mandate: "good", reference: "split_42", idempotencyKey: newKey() });
    expect(verifier.calls.map((call) => call.check)).toEqual([
      { userId: alice.userId, amountFen: 1_000, reference: `user:${bob.userId}` },
      { userId: alice.userId, amountFen: 1_000, reference: "split_42" },
    ]);
    expect((await getWallet(context, bob.userId)).availableFen).toBe(1_000);
  });

  it("needs no mandate when no verifier is installed (the bare sandbox)", async () => {
    const context = world().context;
    const payer = await openTestPayer(context, 500);
    const intent = await createPaymentIntent(context, {
      userId: payer.userId,
      amountFen: 500,
      payee: "platform",
      reference: "r",
      idempotencyKey: newKey(),
    });
    const confirmed = await confirmPaymentIntent(context, {
      intentId: intent.id,
      userId: payer.userId,
      idempotencyKey: newKey(),
    });
    expect(confirmed.status).toBe("requires_capture");
  });
});
