import { generateKeyPairSync } from "node:crypto";
import { beforeEach, expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import type { TaskRow } from "../engine/task-store.ts";
import type { TaskQuote } from "../events.ts";
import { latteRequest, useTestAgent, walletFen } from "../testing.ts";
import { verifyAudit } from "./audit.ts";
import { decodeMandate, signMandate } from "./mandate-token.ts";
import { RiskRoom } from "./risk-room.ts";

const USER = "u_xiaoming";

describeEachDialect("payment mandates", (dialect) => {
  const agent = useTestAgent(dialect);
  // Several payments within ten minutes would rightly ask for the PIN (rapid repeats); space them.
  beforeEach(() => agent().world.advance(11 * 60_000));

  async function quoted(userId = USER): Promise<TaskRow> {
    const session = await agent().sessions.create(userId, "zh");
    return agent().engine.start(userId, session.id, await latteRequest(agent(), userId));
  }

  async function mandateOf(task: TaskRow) {
    return agent()
      .world.context.db.selectFrom("risk_mandates")
      .selectAll()
      .where("task_id", "=", task.id)
      .executeTakeFirstOrThrow();
  }

  /** A fresh intent for exactly the given payment, as a brain or a stolen token would try it. */
  async function intentFor(userId: string, amountFen: number, reference: string): Promise<string> {
    const result = await agent().tools.call<{ id: string }>("pay_create_intent", {
      userId,
      amountFen,
      payee: "merchant:m_attacker",
      reference,
      idempotencyKey: `test:${Math.random()}`,
    });
    if (!result.ok) throw new Error(result.error.message);
    return result.data.id;
  }

  const confirmWith = (intentId: string, userId: string, mandate?: string) =>
    agent().tools.call("pay_confirm_intent", {
      intentId,
      userId,
      ...(mandate ? { mandate } : {}),
      idempotencyKey: `test:${Math.random()}`,
    });

  it("signs a mandate bound to the confirmed card and keeps its id on the task", async () => {
    const task = await quoted();
    const confirmed = await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    expect(confirmed.status).toBe("in_fulfilment");
    const row = await mandateOf(task);
    expect(confirmed.mandate_id).toBe(row.id);
    const quote = JSON.parse(task.quote ?? "{}") as TaskQuote;
    const { claims, kid } = decodeMandate(row.token);
    expect(kid).toBe(row.kid);
    expect(claims).toMatchObject({
      mandateId: row.id,
      userId: USER,
      taskId: task.id,
      cartHash: task.cart_hash,
      reference: task.quote_id,
      amountFen: quote.totalFen,
      expiresAt: quote.expiresAt,
    });
    expect(claims.payee).toMatch(/^merchant:m_/);
  });

  it("lets the pay service authorize nothing without a mandate, or with garbage", async () => {
    const before = await walletFen(agent(), USER);
    const intentId = await intentFor(USER, 999_00, "quote_injected");
    expect(await confirmWith(intentId, USER)).toMatchObject({
      ok: false,
      error: { code: "mandate_missing" },
    });
    expect(await confirmWith(intentId, USER, "ignore previous instructions")).toMatchObject({
      ok: false,
      error: { code: "mandate_malformed" },
    });
    expect(await walletFen(agent(), USER)).toBe(before);
  });

  it("refuses a mandate signed by any key but the server's", async () => {
    const task = await quoted();
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    const real = decodeMandate((await mandateOf(task)).token);
    const { privateKey } = generateKeyPairSync("ed25519");
    const forged = signMandate({ ...real.claims, mandateId: "mdt_forged" }, real.kid, privateKey);
    const intentId = await intentFor(USER, real.claims.amountFen, real.claims.reference);
    expect(await confirmWith(intentId, USER, forged)).toMatchObject({
      ok: false,
      error: { code: "mandate_signature_invalid" },
    });
    const [header, , signature] = (await mandateOf(task)).token.split(".");
    const payload = Buffer.from(JSON.stringify({ ...real.claims, amountFen: 99_900 })).toString("base64url");
    expect(await confirmWith(intentId, USER, `${header}.${payload}.${signature}`)).toMatchObject({
      ok: false,
      error: { code: "mandate_signature_invalid" },
    });
  });

  it("refuses a real mandate reused for another amount, another user or another quote", async () => {
    const task = await quoted();
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    const { token } = await mandateOf(task);
    const { amountFen, reference } = decodeMandate(token).claims;
    const more = await intentFor(USER, amountFen + 100, reference);
    expect(await confirmWith(more, USER, token)).toMatchObject({
      error: { code: "mandate_amount_mismatch" },
    });
    const alice = await intentFor("u_alice", amountFen, reference);
    expect(await confirmWith(alice, "u_alice", token)).toMatchObject({
      error: { code: "mandate_user_mismatch" },
    });
    const other = await intentFor(USER, amountFen, "quote_other");
    expect(await confirmWith(other, USER, token)).toMatchObject({
      error: { code: "mandate_reference_mismatch" },
    });
  });

  it("refuses an expired mandate", async () => {
    const now = agent().world.context.clock.now();
    const { token } = await agent().risk.mandates.issue({
      taskId: "task_expired_probe",
      userId: USER,
      cartHash: "sha256:probe",
      reference: "quote_expired_probe",
      payee: "merchant:m_probe",
      amountFen: 1_000,
      expiresAt: now - 1,
    });
    const intentId = await intentFor(USER, 1_000, "quote_expired_probe");
    expect(await confirmWith(intentId, USER, token)).toMatchObject({ error: { code: "mandate_expired" } });
  });

  it("refuses the transfer tool without a mandate, so no brain can send money by itself", async () => {
    const before = await walletFen(agent(), USER);
    const result = await agent().tools.call("pay_transfer", {
      fromUserId: USER,
      toUserId: "u_bob",
      amountFen: 99_900,
      idempotencyKey: "test:transfer-no-mandate",
    });
    expect(result).toMatchObject({ ok: false, error: { code: "mandate_missing" } });
    expect(await walletFen(agent(), USER)).toBe(before);
  });

  it("verifies mandates signed before a restart (the key lives in the database)", async () => {
    const task = await quoted();
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    const { token } = await mandateOf(task);
    const { claims } = decodeMandate(token);
    const restarted = new RiskRoom(agent().world.context, agent().tools);
    await expect(
      restarted.verifier.verify(token, {
        userId: USER,
        amountFen: claims.amountFen,
        reference: claims.reference,
      }),
    ).resolves.toBeUndefined();
  });

  it("resumes a task that died after confirm with the mandate it was confirmed with", async () => {
    const task = await quoted();
    const quote = JSON.parse(task.quote ?? "{}") as TaskQuote;
    // What confirm does before the process dies: the mandate is issued and its id persisted.
    const mandate = await agent().risk.guard.authorize(task, quote, {});
    await agent().engine.store.transition(task.id, ["awaiting_confirmation"], "processing", {
      mandate_id: mandate.mandateId,
    });
    expect(await agent().engine.resume()).toBe(1);
    const resumed = await agent().engine.store.get(task.id);
    expect(resumed?.status).toBe("in_fulfilment");
    expect(resumed?.order_id).toMatch(/^ord_/);
  });

  it("records decisions, mandates and money movements in an intact chain", async () => {
    const task = await quoted();
    await agent().engine.confirm(USER, task.id, task.cart_hash as string);
    await agent().world.advance(90 * 60_000);
    const entries = await agent().risk.audit.recent(500);
    const types = new Set(entries.map((entry) => entry.type));
    for (const type of ["risk.decision", "mandate.created", "mandate.refused", "payment.authorized"])
      expect(types).toContain(type);
    expect(types).toContain("payment.captured");
    expect((await verifyAudit(agent().world.context.db)).ok).toBe(true);
  });
});
