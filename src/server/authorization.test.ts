import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrain } from "../agent/brain/index.ts";
import type { TaskEvent } from "../agent/events.ts";
import { createAgent } from "../agent/runtime.ts";
import { cachedWorld } from "../ecosystem/world/test-cache.ts";
import type { World } from "../ecosystem/world/world.ts";
import { buildServer } from "./app.ts";
import { createKey, signIn } from "./testing.ts";

/** Who calls: nobody, the owner, another user, the operator, or the owner's API key with one scope. */
const CALLERS = ["anonymous", "user", "otherUser", "operator", "keyRead", "keyChat", "keyCancel"] as const;
type Caller = (typeof CALLERS)[number];
type Row = [method: string, url: string, body: unknown, statuses: Record<Caller, number>];

const signedIn = (user: number, other: number, operator: number, key = 401): Record<Caller, number> => ({
  anonymous: 401,
  user,
  otherUser: other,
  operator,
  keyRead: key,
  keyChat: key,
  keyCancel: key,
});

/**
 * The authorization matrix (issue 17): every route and MCP tool × every kind of caller, with the
 * status each must get. Another user's things are 404 (not 403: their existence is not told);
 * API keys open /mcp and /v1 only, sign-in tokens everything but those.
 */
describe("the authorization matrix", () => {
  let world: World;
  let app: FastifyInstance;
  let address: string;
  const credentials = {} as Record<Caller, string | undefined>;
  const ids = { session: "", task: "", keyToRevoke: "" };

  beforeAll(async () => {
    world = await cachedWorld();
    app = await buildServer({
      agent: createAgent({ world, brain: await createBrain("embedded", world.context) }),
      publicUrl: "https://dimple.example",
    });
    address = await app.listen({ port: 0, host: "127.0.0.1" });
    credentials.anonymous = undefined;
    credentials.user = await signIn(app, "xiaoming");
    credentials.otherUser = await signIn(app, "alice");
    credentials.operator = await signIn(app, "operator", "dimple-ops");
    const key = (scopes: string[]) => createKey(app, credentials.user as string, scopes.join("+"), scopes);
    credentials.keyRead = (await key(["read"])).key;
    credentials.keyChat = (await key(["chat"])).key;
    credentials.keyCancel = (await key(["cancel"])).key;
    ids.keyToRevoke = (await key(["read"])).id;
    const owner = { authorization: `Bearer ${credentials.user}` };
    ids.session = (
      await app.inject({ method: "POST", url: "/api/sessions", headers: owner, payload: {} })
    ).json().sessionId;
    const { events } = (
      await app.inject({
        method: "POST",
        url: `/api/sessions/${ids.session}/messages`,
        headers: owner,
        payload: { text: "来一杯拿铁送到公司" },
      })
    ).json() as { events: TaskEvent[] };
    ids.task = events.find((event) => event.type === "task")?.taskId as string;
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const call = (caller: Caller, method: string, url: string, body: unknown) =>
    app.inject({
      method: method as "GET",
      url,
      headers: credentials[caller] ? { authorization: `Bearer ${credentials[caller]}` } : {},
      ...(body === undefined ? {} : { payload: body as object }),
    });

  it("gives every route the status it must, for every caller", async () => {
    // Rows that change state come last, the owner's own revocation and cancel at the very end.
    const rows: Row[] = [
      ["GET", "/api/health", undefined, { ...signedIn(200, 200, 200, 200), anonymous: 200 }],
      ["GET", "/api/auth/demo-users", undefined, { ...signedIn(200, 200, 200, 200), anonymous: 200 }],
      ["GET", "/api/me", undefined, signedIn(200, 200, 200)],
      ["GET", "/api/tasks", undefined, signedIn(200, 200, 200)],
      ["GET", `/api/tasks/${ids.task}`, undefined, signedIn(200, 404, 404)],
      ["GET", "/api/orders", undefined, signedIn(200, 200, 200)],
      ["GET", "/api/payments", undefined, signedIn(200, 200, 200)],
      ["GET", "/api/notifications", undefined, signedIn(200, 200, 200)],
      ["GET", "/api/policies", undefined, signedIn(200, 200, 200)],
      ["GET", "/api/spending", undefined, signedIn(200, 200, 200)],
      ["GET", "/api/consent", undefined, signedIn(200, 200, 200)],
      ["GET", "/api/keys", undefined, signedIn(200, 200, 200)],
      ["GET", "/api/analytics", undefined, signedIn(403, 403, 200)],
      ["GET", "/metrics", undefined, signedIn(403, 403, 200)],
      ["POST", "/api/events/tickets", {}, signedIn(201, 201, 201)],
      ["POST", `/api/sessions/${ids.session}/messages`, { text: "hello" }, signedIn(200, 404, 404)],
      ["POST", `/api/tasks/${ids.task}/confirm`, { cartHash: "not-the-card" }, signedIn(409, 404, 404)],
      ["GET", "/v1/models", undefined, { ...signedIn(401, 401, 401, 200) }],
      [
        "POST",
        "/v1/chat/completions",
        { model: "dimple", messages: [{ role: "user", content: "hello" }] },
        { ...signedIn(401, 401, 401), keyRead: 403, keyChat: 200, keyCancel: 403 },
      ],
      ["PATCH", "/api/me", { timeZone: "Asia/Shanghai" }, signedIn(200, 200, 200)],
      ["POST", "/api/sessions", {}, signedIn(201, 201, 201)],
      ["POST", "/api/keys", { name: "more", scopes: ["read"] }, signedIn(201, 201, 201)],
      ["POST", `/api/tasks/${ids.task}/cancel`, {}, { ...signedIn(200, 404, 404) }],
      ["DELETE", `/api/keys/${ids.keyToRevoke}`, undefined, signedIn(204, 404, 404)],
    ];
    const wrong: string[] = [];
    for (const [method, url, body, statuses] of rows) {
      // The owner goes last on each row: their call may change what the others would see.
      for (const caller of [...CALLERS.filter((each) => each !== "user"), "user" as const]) {
        const response = await call(caller, method, url, body);
        if (response.statusCode !== statuses[caller])
          wrong.push(`${method} ${url} as ${caller}: ${response.statusCode}, expected ${statuses[caller]}`);
        if (response.statusCode >= 400)
          expect(response.json().error, `${method} ${url} as ${caller}`).toMatchObject({
            code: expect.any(String),
            message: expect.any(String),
          });
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives every MCP tool the answer it must, for every key scope; tokens and nobody get 401", async () => {
    const tools: [name: string, args: Record<string, unknown>, scope: "read" | "chat" | "cancel"][] = [
      ["dimple_chat", { text: "hello" }, "chat"],
      ["dimple_tasks", {}, "read"],
      ["dimple_task", { taskId: ids.task }, "read"],
      ["dimple_orders", {}, "read"],
      ["dimple_cancel", { taskId: "task_of_nobody" }, "cancel"],
    ];
    const wrong: string[] = [];
    for (const caller of ["keyRead", "keyChat", "keyCancel"] as const) {
      const client = new Client({ name: "matrix", version: "1" });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${address}/mcp`), {
          requestInit: { headers: { authorization: `Bearer ${credentials[caller]}` } },
        }),
      );
      for (const [name, args, scope] of tools) {
        const result = await client.callTool({ name, arguments: args });
        const text = (result.content as { text: string }[])[0]?.text ?? "";
        const allowed = caller === `key${scope[0]?.toUpperCase()}${scope.slice(1)}`;
        // An allowed cancel of a task that is not the user's is not found; a refused one lacks scope.
        const expected = allowed ? (name === "dimple_cancel" ? "not_found" : "ok") : "insufficient_scope";
        const got = result.isError ? (JSON.parse(text).error.code as string) : "ok";
        if (got !== expected) wrong.push(`${name} as ${caller}: ${got}, expected ${expected}`);
      }
      await client.close();
    }
    expect(wrong).toEqual([]);
    for (const caller of ["anonymous", "user", "otherUser", "operator"] as const) {
      const response = await call(caller, "POST", "/mcp", { jsonrpc: "2.0", id: 1, method: "tools/list" });
      expect(response.statusCode, caller).toBe(401);
    }
  });
});
