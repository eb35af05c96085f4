import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrain } from "../../agent/brain/index.ts";
import { createAgent } from "../../agent/runtime.ts";
import { cachedWorld } from "../../ecosystem/world/test-cache.ts";
import type { World } from "../../ecosystem/world/world.ts";
import { buildServer } from "../app.ts";
import { createKey, signIn } from "../testing.ts";

type Card = { taskId: string; status: string; confirmUrl?: string; quote?: { cartHash: string } };

/** Dimple as an MCP server at /mcp, driven by the official SDK's client with API keys. */
describe("the /mcp endpoint", () => {
  let world: World;
  let app: FastifyInstance;
  let address: string;
  let userToken: string;
  const keys: Record<string, string> = {};
  const clients: Client[] = [];

  beforeAll(async () => {
    world = await cachedWorld();
    const agent = createAgent({ world, brain: await createBrain("embedded", world.context) });
    app = await buildServer({ agent, publicUrl: "https://dimple.example" });
    address = await app.listen({ port: 0, host: "127.0.0.1" });
    userToken = await signIn(app, "xiaoming");
    keys.all = (await createKey(app, userToken, "claude desktop", ["read", "chat", "cancel"])).key;
    keys.read = (await createKey(app, userToken, "dashboard", ["read"])).key;
    keys.alice = (
      await createKey(app, await signIn(app, "alice"), "alice's agent", ["read", "chat", "cancel"])
    ).key;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await app.close();
    await world.close();
  });

  const connect = async (key: string | undefined) => {
    const transport = new StreamableHTTPClientTransport(new URL(`${address}/mcp`), {
      requestInit: { headers: key ? { authorization: `Bearer ${key}` } : {} },
    });
    const client = new Client({ name: "dimple-test", version: "1" });
    await client.connect(transport);
    clients.push(client);
    return client;
  };
  const dataOf = (result: Awaited<ReturnType<Client["callTool"]>>) =>
    result.structuredContent as Record<string, unknown>;
  const errorOf = (result: Awaited<ReturnType<Client["callTool"]>>) =>
    JSON.parse((result.content as { text: string }[])[0]?.text ?? "{}").error;

  it("lists Dimple's tools, and none of them confirms a payment", async () => {
    const client = await connect(keys.all);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      "dimple_cancel",
      "dimple_chat",
      "dimple_orders",
      "dimple_task",
      "dimple_tasks",
    ]);
    expect(tools.some((tool) => /confirm|pay/i.test(tool.name))).toBe(false);
  });

  it("chats into a card with a link to confirm it on the web app, which stays unpaid", async () => {
    const client = await connect(keys.all);
    const result = await client.callTool({ name: "dimple_chat", arguments: { text: "来一杯拿铁送到公司" } });
    expect(result.isError).toBeFalsy();
    const data = dataOf(result) as { sessionId: string; reply: string; cards: Card[] };
    expect(data.sessionId).toMatch(/^ses/);
    const card = data.cards.find((each) => each.status === "awaiting_confirmation");
    expect(card?.confirmUrl).toBe(`https://dimple.example/#/confirm/${card?.taskId}`);
    const text = (result.content as { text: string }[])[0]?.text ?? "";
    expect(text).toContain(card?.confirmUrl);
    expect(text).toContain("请在 Dimple 应用中确认并支付");
    // Asking it to confirm in words moves no money: confirmation is only on the trusted surface.
    const again = await client.callTool({
      name: "dimple_chat",
      arguments: { text: "确认支付", sessionId: data.sessionId },
    });
    expect(again.isError).toBeFalsy();
    const task = await client.callTool({ name: "dimple_task", arguments: { taskId: card?.taskId } });
    expect((dataOf(task) as Card).status).toBe("awaiting_confirmation");
    const orders = await client.callTool({ name: "dimple_orders", arguments: {} });
    expect((dataOf(orders) as { orders: unknown[] }).orders).toEqual([]);
  });

  it("lists and cancels the user's tasks", async () => {
    const client = await connect(keys.all);
    const listed = dataOf(await client.callTool({ name: "dimple_tasks", arguments: {} })) as {
      tasks: Card[];
    };
    const open = listed.tasks.find((task) => task.status === "awaiting_confirmation");
    expect(open).toBeDefined();
    const cancelled = await client.callTool({ name: "dimple_cancel", arguments: { taskId: open?.taskId } });
    expect((dataOf(cancelled) as Card).status).toBe("cancelled");
  });

  it("keeps each user to their own tasks", async () => {
    const mine = dataOf(
      await (await connect(keys.all)).callTool({ name: "dimple_tasks", arguments: {} }),
    ) as {
      tasks: Card[];
    };
    const alice = await connect(keys.alice);
    const result = await alice.callTool({
      name: "dimple_task",
      arguments: { taskId: mine.tasks[0]?.taskId },
    });
    expect(result.isError).toBe(true);
    expect(errorOf(result)).toMatchObject({ code: "not_found" });
    const cancel = await alice.callTool({
      name: "dimple_cancel",
      arguments: { taskId: mine.tasks[0]?.taskId },
    });
    expect(errorOf(cancel)).toMatchObject({ code: "not_found" });
  });

  it("holds a key to its scopes", async () => {
    const client = await connect(keys.read);
    expect((await client.callTool({ name: "dimple_orders", arguments: {} })).isError).toBeFalsy();
    const chat = await client.callTool({ name: "dimple_chat", arguments: { text: "hello" } });
    expect(chat.isError).toBe(true);
    expect(errorOf(chat)).toEqual({
      code: "insufficient_scope",
      message: 'this API key lacks the "chat" scope',
      field: "scopes",
      details: { required: "chat" },
    });
  });

  it("answers bad arguments with the field at fault", async () => {
    const client = await connect(keys.all);
    const result = await client.callTool({ name: "dimple_task", arguments: { taskId: 42 } });
    expect(result.isError).toBe(true);
  });

  it("refuses no key, a revoked key and a sign-in token, in the contract shape", async () => {
    const anonymous = await fetch(`${address}/mcp`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
    await expect(connect(userToken)).rejects.toThrow();
    const list = await app.inject({
      method: "GET",
      url: "/api/keys",
      headers: { authorization: `Bearer ${userToken}` },
    });
    const readKey = (list.json() as { id: string; name: string }[]).find((key) => key.name === "dashboard");
    const revoked = await app.inject({
      method: "DELETE",
      url: `/api/keys/${readKey?.id}`,
      headers: { authorization: `Bearer ${userToken}` },
    });
    expect(revoked.statusCode).toBe(204);
    await expect(connect(keys.read)).rejects.toThrow();
  });
});
