import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectStdioMcp } from "./testing.ts";

const textOf = (result: Awaited<ReturnType<Client["callTool"]>>) =>
  JSON.parse((result.content as { text: string }[])[0]?.text ?? "{}");

describe("dimple mcp pay over stdio, as any MCP client could call it", () => {
  const dir = mkdtempSync(join(tmpdir(), "dimple-mcp-pay-"));
  let client: Client;

  beforeAll(async () => {
    client = await connectStdioMcp(["mcp", "pay", "--db", `sqlite:${join(dir, "world.db")}`]);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const newIntent = async (key: string) =>
    textOf(
      await client.callTool({
        name: "pay_create_intent",
        arguments: {
          userId: "u_xiaoming",
          amountFen: 1200,
          payee: "platform",
          reference: "attack-1",
          idempotencyKey: key,
        },
      }),
    );

  it("refuses to authorize a payment without the user's mandate, and moves no money", async () => {
    const before = textOf(
      await client.callTool({ name: "pay_get_balance", arguments: { userId: "u_xiaoming" } }),
    );
    const intent = await newIntent("create-1");
    const result = await client.callTool({
      name: "pay_confirm_intent",
      arguments: { intentId: intent.id, userId: "u_xiaoming", idempotencyKey: "confirm-1" },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result).error).toMatchObject({ code: "mandate_missing", field: "mandate" });
    const after = textOf(
      await client.callTool({ name: "pay_get_balance", arguments: { userId: "u_xiaoming" } }),
    );
    expect(after).toEqual(before);
  });

  it("refuses a forged mandate too", async () => {
    const intent = await newIntent("create-2");
    const forged = `${Buffer.from('{"alg":"EdDSA","kid":"k1"}').toString("base64url")}.${Buffer.from(
      JSON.stringify({ mandateId: "m_x", userId: "u_xiaoming", amountFen: 1200, reference: "attack-1" }),
    ).toString("base64url")}.c2ln`;
    const result = await client.callTool({
      name: "pay_confirm_intent",
      arguments: { intentId: intent.id, userId: "u_xiaoming", mandate: forged, idempotencyKey: "confirm-2" },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result).error.code).toMatch(/^mandate_/);
  });
});
