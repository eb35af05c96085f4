import { expect, it } from "vitest";
import { invokeTool, type ToolDefinition, toolJsonSchema } from "../../kernel/tool.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { MAX_AMOUNT_FEN, payTools } from "./index.ts";
import { newKey, openTestPayer } from "./testing.ts";

function tool(name: string): ToolDefinition {
  const found = payTools.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
}

it("declares the pay tools with their effects and JSON schemas", () => {
  expect(Object.fromEntries(payTools.map((candidate) => [candidate.name, candidate.effect]))).toEqual({
    pay_get_balance: "read",
    pay_list_payment_methods: "read",
    pay_list_transactions: "read",
    pay_create_intent: "money",
    pay_confirm_intent: "money",
    pay_capture: "money",
    pay_cancel_intent: "money",
    pay_refund: "money",
    pay_transfer: "money",
  });
  for (const candidate of payTools) {
    expect(candidate.service).toBe("pay");
    expect(toolJsonSchema(candidate)).toMatchObject({ type: "object" });
  }
});

describeEachDialect("pay: tools", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  it("reads a demo user's balance", async () => {
    const result = await invokeTool(tool("pay_get_balance"), context(), { userId: "u_lihua" });
    expect(result).toEqual({
      ok: true,
      data: { userId: "u_lihua", currency: "CNY", availableFen: 5_000, heldFen: 0 },
    });
  });

  it("names the field at fault when the amount is not a positive whole number of fen within the limit", async () => {
    const base = { userId: "u_alice", payee: "platform", reference: "r", idempotencyKey: newKey() };
    for (const amountFen of [0, -5, 12.5, MAX_AMOUNT_FEN + 1, "100"]) {
      const result = await invokeTool(tool("pay_create_intent"), context(), { ...base, amountFen });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_argument", field: "amountFen" } });
    }
    const missingKey = await invokeTool(tool("pay_create_intent"), context(), {
      ...base,
      idempotencyKey: undefined,
      amountFen: 100,
    });
    expect(missingKey).toMatchObject({ ok: false, error: { field: "idempotencyKey" } });
  });

  it("runs a whole payment through the tools: create, confirm, capture, refund", async () => {
    const payer = await openTestPayer(context(), 5_000);
    const created = await invokeTool(tool("pay_create_intent"), context(), {
      userId: payer.userId,
      amountFen: 1_800,
      currency: "CNY",
      payee: "merchant:m_tools",
      reference: "quote_tools",
      idempotencyKey: newKey(),
    });
    if (!created.ok) throw new Error(created.error.message);
    const intentId = (created.data as { id: string }).id;
    const steps = [
      ["pay_confirm_intent", { intentId, userId: payer.userId }],
      ["pay_capture", { intentId, userId: payer.userId }],
      ["pay_refund", { intentId, userId: payer.userId, amountFen: 800, reason: "少了一杯" }],
    ] as const;
    for (const [name, input] of steps) {
      const result = await invokeTool(tool(name), context(), { ...input, idempotencyKey: newKey() });
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
    }
    const balance = await invokeTool(tool("pay_get_balance"), context(), { userId: payer.userId });
    expect(balance).toMatchObject({ ok: true, data: { availableFen: 4_000, heldFen: 0 } });
    const statement = await invokeTool(tool("pay_list_transactions"), context(), {
      userId: payer.userId,
      limit: 2,
    });
    expect(statement).toMatchObject({
      ok: true,
      data: [
        { kind: "refund", netFen: 800 },
        { kind: "capture", netFen: -1_800 },
      ],
    });
  });

  it("does not let a user act on someone else's intent", async () => {
    const owner = await openTestPayer(context(), 1_000);
    const other = await openTestPayer(context(), 1_000);
    const created = await invokeTool(tool("pay_create_intent"), context(), {
      userId: owner.userId,
      amountFen: 100,
      payee: "platform",
      reference: "r",
      idempotencyKey: newKey(),
    });
    if (!created.ok) throw new Error(created.error.message);
    const intentId = (created.data as { id: string }).id;
    for (const name of ["pay_cancel_intent", "pay_capture", "pay_confirm_intent"]) {
      const result = await invokeTool(tool(name), context(), {
        intentId,
        userId: other.userId,
        idempotencyKey: newKey(),
      });
      expect(result).toMatchObject({ ok: false, error: { code: "not_found", field: "intentId" } });
    }
  });

  it("captures by intent id alone, as the agent's engine does for the merchant side", async () => {
    const payer = await openTestPayer(context(), 1_000);
    const created = await invokeTool(tool("pay_create_intent"), context(), {
      userId: payer.userId,
      amountFen: 300,
      payee: "merchant:m_tools",
      reference: "r",
      idempotencyKey: newKey(),
    });
    if (!created.ok) throw new Error(created.error.message);
    const intentId = (created.data as { id: string }).id;
    await invokeTool(tool("pay_confirm_intent"), context(), {
      intentId,
      userId: payer.userId,
      idempotencyKey: newKey(),
    });
    const captured = await invokeTool(tool("pay_capture"), context(), { intentId, idempotencyKey: newKey() });
    expect(captured).toMatchObject({ ok: true, data: { status: "succeeded", capturedFen: 300 } });
  });

  it("sends money to a friend and lists both payment methods", async () => {
    const sent = await invokeTool(tool("pay_transfer"), context(), {
      fromUserId: "u_bob",
      toUserId: "u_alice",
      amountFen: 1_000,
      note: "coffee",
      idempotencyKey: newKey(),
    });
    expect(sent).toMatchObject({ ok: true, data: { status: "succeeded", payee: "user:u_alice" } });
    const methods = await invokeTool(tool("pay_list_payment_methods"), context(), { userId: "u_bob" });
    expect(methods).toMatchObject({
      ok: true,
      data: [{ kind: "wallet", availableFen: 99_000 }, { kind: "card" }],
    });
  });
});
