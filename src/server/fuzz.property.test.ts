import fc from "fast-check";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScriptedBrain } from "../agent/brain/scripted.ts";
import { createAgent } from "../agent/runtime.ts";
import { cachedWorld } from "../ecosystem/world/test-cache.ts";
import type { World } from "../ecosystem/world/world.ts";
import { buildServer } from "./app.ts";

/**
 * Property: whatever JSON body, query string or path segment a caller sends, the server never
 * answers 500, and every error is in the contract's shape `{"error":{"code","message","field"?}}`.
 */
describe("fuzzing every JSON body and query", () => {
  let world: World;
  let app: FastifyInstance;
  let token: string;
  let key: string;

  beforeAll(async () => {
    world = await cachedWorld();
    const brain = new ScriptedBrain([
      { match: "", decide: (turn) => ({ type: "reply", text: "ok", state: turn.state }) },
    ]);
    app = await buildServer({
      agent: createAgent({ world, brain }),
      rateLimits: {
        loginPerAccount: { max: 0, windowMs: 60_000 },
        loginPerAddress: { max: 0, windowMs: 60_000 },
        chatPerUser: { max: 0, windowMs: 60_000 },
        perApiKey: { max: 0, windowMs: 60_000 },
        keyCreationPerUser: { max: 0, windowMs: 60_000 },
      },
    });
    token = (
      await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "bob", password: "dimple123" },
      })
    ).json().token;
    key = (
      await app.inject({
        method: "POST",
        url: "/api/keys",
        headers: { authorization: `Bearer ${token}` },
        payload: { name: "fuzz", scopes: ["chat", "read"] },
      })
    ).json().key;
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const inContract = (response: LightMyRequestResponse, what: string) => {
    expect(response.statusCode, what).toBeLessThan(500);
    if (response.statusCode >= 400) {
      const body = response.json();
      expect(Object.keys(body), what).toEqual(["error"]);
      expect(typeof body.error.code, what).toBe("string");
      expect(typeof body.error.message, what).toBe("string");
      if ("field" in body.error) expect(typeof body.error.field, what).toBe("string");
    }
  };

  // Every route that takes a JSON body, with the credential it needs.
  const bodyRoutes: [method: "POST" | "PUT", url: string, credential: "token" | "key" | "none"][] = [
    ["POST", "/api/auth/login", "none"],
    ["POST", "/api/auth/logout", "token"],
    ["POST", "/api/sessions", "token"],
    ["POST", "/api/sessions/ses_nope/messages", "token"],
    ["POST", "/api/tasks/task_nope/confirm", "token"],
    ["POST", "/api/tasks/task_nope/cancel", "token"],
    ["POST", "/api/keys", "token"],
    ["POST", "/api/feedback", "token"],
    ["PUT", "/api/policies", "token"],
    ["PUT", "/api/consent", "token"],
    ["POST", "/v1/chat/completions", "key"],
    ["POST", "/mcp", "key"],
  ];
  const headersFor = (credential: "token" | "key" | "none") =>
    credential === "none" ? {} : { authorization: `Bearer ${credential === "token" ? token : key}` };

  it("answers any JSON body in the contract shape, never 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bodyRoutes),
        fc.oneof(
          fc.json(),
          fc.record({ text: fc.string(), model: fc.string(), messages: fc.anything() }),
          fc.record({ name: fc.string(), scopes: fc.array(fc.string()) }),
          fc.record({ cartHash: fc.string(), pin: fc.string() }),
        ),
        async ([method, url, credential], body) => {
          const payload = typeof body === "string" ? body : JSON.stringify(body);
          const response = await app.inject({
            method,
            url,
            headers: {
              ...headersFor(credential),
              "content-type": "application/json",
              accept: "application/json, text/event-stream",
            },
            payload,
          });
          // The MCP transport answers JSON-RPC errors in JSON-RPC's own shape, with 4xx.
          if (url === "/mcp") expect(response.statusCode).toBeLessThan(500);
          else inContract(response, `${method} ${url} ${payload.slice(0, 80)}`);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("answers any query string and path segment in the contract shape, never 500", async () => {
    const reads = ["/api/merchants", "/api/tasks", "/api/orders", "/api/events", "/api/me", "/v1/models"];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...reads),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 20 }),
        async (path, name, value, segment) => {
          const query = `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
          const credential = path.startsWith("/v1") ? "key" : "token";
          // Not the event stream itself (it stays open): a bad query or a wrong credential must refuse it.
          const url =
            path === "/api/events"
              ? `${path}?ticket=${encodeURIComponent(value)}&${query}`
              : `${path}?${query}`;
          const response = await app.inject({
            method: "GET",
            url,
            headers: path === "/api/events" ? {} : headersFor(credential),
          });
          inContract(response, url);
          const raw = await app.inject({
            method: "GET",
            url: `/api/tasks/${segment.replace(/[?#]/g, "")}%${segment.slice(0, 1)}`,
            headers: headersFor("token"),
          });
          inContract(raw, `raw segment ${segment}`);
        },
      ),
      { numRuns: 150 },
    );
  });
});
