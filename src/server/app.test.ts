import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScriptedBrain } from "../agent/brain/scripted.ts";
import { createAgent } from "../agent/runtime.ts";
import { cachedWorld } from "../ecosystem/world/test-cache.ts";
import type { World } from "../ecosystem/world/world.ts";
import { buildServer } from "./app.ts";
import { loginToken } from "./login-for-tests.ts";

describe("the HTTP API", () => {
  let world: World;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    world = await cachedWorld();
    const brain = new ScriptedBrain([
      { match: "hello", decide: (turn) => ({ type: "reply", text: "你好！", state: turn.state }) },
    ]);
    app = await buildServer({ agent: createAgent({ world, brain }) });
    token = await loginToken(app, "xiaoming");
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const auth = () => ({ authorization: `Bearer ${token}` });

  it("answers health checks", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe("ok");
  });

  it("lists the sandbox demo users", async () => {
    const response = await app.inject({ method: "GET", url: "/api/auth/demo-users" });
    expect(response.json()).toContainEqual(
      expect.objectContaining({ username: "xiaoming", password: "dimple123", lang: "zh" }),
    );
  });

  it("refuses a wrong password with a code and the field", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "xiaoming", password: "nope" },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: { code: "invalid_credentials", message: "wrong username or password", field: "password" },
    });
  });

  it("answers malformed JSON with invalid_json, not a stack trace", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_json");
    expect(response.body).not.toContain("at ");
  });

  it("requires a token for the API", async () => {
    const response = await app.inject({ method: "POST", url: "/api/sessions", payload: {} });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({ code: "unauthenticated", field: "authorization" });
  });

  it("runs a turn in a session and returns its events", async () => {
    const session = await app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: auth(),
      payload: { lang: "zh" },
    });
    expect(session.statusCode).toBe(201);
    const { sessionId } = session.json();
    const response = await app.inject({
      method: "POST",
      url: `/api/sessions/${sessionId}/messages`,
      headers: auth(),
      payload: { text: "hello" },
    });
    expect(response.json().events).toContainEqual({ type: "reply", text: "你好！" });
  });

  it("streams a turn's events as SSE when asked", async () => {
    const { sessionId } = (
      await app.inject({ method: "POST", url: "/api/sessions", headers: auth(), payload: {} })
    ).json();
    const response = await app.inject({
      method: "POST",
      url: `/api/sessions/${sessionId}/messages`,
      headers: { ...auth(), accept: "text/event-stream" },
      payload: { text: "hello" },
    });
    expect(response.headers["content-type"]).toContain("text/event-stream");
    expect(response.body).toContain('data: {"type":"reply","text":"你好！"}');
    expect(response.body).toContain("event: end");
  });

  it("names the field when a message is empty", async () => {
    const { sessionId } = (
      await app.inject({ method: "POST", url: "/api/sessions", headers: auth(), payload: {} })
    ).json();
    const response = await app.inject({
      method: "POST",
      url: `/api/sessions/${sessionId}/messages`,
      headers: auth(),
      payload: { text: "" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "invalid_argument", field: "text" });
  });

  it("hides another user's session and tasks behind 404", async () => {
    const { sessionId } = (
      await app.inject({ method: "POST", url: "/api/sessions", headers: auth(), payload: {} })
    ).json();
    const other = (
      await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "alice", password: "dimple123" },
      })
    ).json();
    const response = await app.inject({
      method: "POST",
      url: `/api/sessions/${sessionId}/messages`,
      headers: { authorization: `Bearer ${other.token}` },
      payload: { text: "hello" },
    });
    expect(response.statusCode).toBe(404);
    const task = await app.inject({ method: "GET", url: "/api/tasks/task_nope", headers: auth() });
    expect(task.statusCode).toBe(404);
  });

  it("exposes Prometheus metrics to operators only", async () => {
    const operator = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "operator", password: "dimple-ops" },
    });
    const response = await app.inject({
      method: "GET",
      url: "/metrics",
      headers: { authorization: `Bearer ${operator.json().token}` },
    });
    expect(response.body).toContain("dimple_http_request_duration_seconds");
    expect((await app.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/metrics", headers: auth() })).statusCode).toBe(403);
  });
});
