import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ScriptedBrain } from "../../agent/brain/scripted.ts";
import { useTestAgent } from "../../agent/testing.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { buildServer } from "../app.ts";

describeEachDialect("the flywheel API", (dialect) => {
  const agent = useTestAgent(dialect, {
    observer: (world) => new FlywheelRecorder(world.context),
    brain: async () =>
      new ScriptedBrain([
        { match: "hello", decide: (turn) => ({ type: "reply", text: "你好！", state: turn.state }) },
      ]),
  });
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await buildServer({ agent: agent() });
    for (const [username, password] of [
      ["xiaoming", "dimple123"],
      ["alice", "dimple123"],
      ["operator", "dimple-ops"],
    ]) {
      const login = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password },
      });
      tokens[username as string] = login.json().token;
    }
  });
  afterAll(async () => {
    await app.close();
  });

  const as = (username: string) => ({ authorization: `Bearer ${tokens[username]}` });
  async function chat(username: string, text: string): Promise<string> {
    const session = await app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: as(username),
      payload: {},
    });
    const sessionId = session.json().sessionId as string;
    await app.inject({
      method: "POST",
      url: `/api/sessions/${sessionId}/messages`,
      headers: as(username),
      payload: { text },
    });
    return sessionId;
  }

  it("records thumbs down with a reason on the session's last turn", async () => {
    const sessionId = await chat("xiaoming", "hello");
    const response = await app.inject({
      method: "POST",
      url: "/api/feedback",
      headers: as("xiaoming"),
      payload: { sessionId, rating: "down", reason: "太慢了" },
    });
    expect(response.statusCode).toBe(201);
    const row = await agent()
      .world.context.db.selectFrom("flywheel_feedback")
      .selectAll()
      .where("id", "=", response.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      user_id: "u_xiaoming",
      session_id: sessionId,
      rating: "down",
      reason: "太慢了",
      source: "app",
    });
    expect(row.turn_id).toBe(response.json().turnId);
  });

  it("refuses feedback on another user's session and a rating that is not up or down", async () => {
    const sessionId = await chat("xiaoming", "hello");
    const foreign = await app.inject({
      method: "POST",
      url: "/api/feedback",
      headers: as("alice"),
      payload: { sessionId, rating: "up" },
    });
    expect(foreign.statusCode).toBe(404);
    const bad = await app.inject({
      method: "POST",
      url: "/api/feedback",
      headers: as("xiaoming"),
      payload: { sessionId, rating: "meh" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("rating");
  });

  it("shows the default consent, then stores the user's choice", async () => {
    const before = await app.inject({ method: "GET", url: "/api/consent", headers: as("alice") });
    expect(before.json()).toMatchObject({ share: false, retentionDays: 90, explicit: false });
    const put = await app.inject({
      method: "PUT",
      url: "/api/consent",
      headers: as("alice"),
      payload: { share: true, retentionDays: 30 },
    });
    expect(put.json()).toEqual({ share: true, retentionDays: 30, explicit: true });
    const after = await app.inject({ method: "GET", url: "/api/consent", headers: as("alice") });
    expect(after.json()).toMatchObject({ share: true, retentionDays: 30, explicit: true });
    const bad = await app.inject({
      method: "PUT",
      url: "/api/consent",
      headers: as("alice"),
      payload: { share: true, retentionDays: 0 },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("deletes the user's flywheel records, and only theirs", async () => {
    await chat("alice", "hello");
    await chat("xiaoming", "hello");
    const { db } = agent().world.context;
    const count = async (userId: string) =>
      Number(
        (
          await db
            .selectFrom("flywheel_turns")
            .select(db.fn.countAll().as("n"))
            .where("user_id", "=", userId)
            .executeTakeFirst()
        )?.n,
      );
    expect(await count("u_alice")).toBeGreaterThan(0);
    const othersBefore = await count("u_xiaoming");
    const response = await app.inject({ method: "DELETE", url: "/api/me/data", headers: as("alice") });
    expect(response.statusCode).toBe(200);
    expect(response.json().removed.flywheel_turns).toBeGreaterThan(0);
    expect(await count("u_alice")).toBe(0);
    expect(await count("u_xiaoming")).toBe(othersBefore);
    const consent = await app.inject({ method: "GET", url: "/api/consent", headers: as("alice") });
    expect(consent.json().explicit).toBe(false);
  });

  it("serves analytics to operators only", async () => {
    await chat("xiaoming", "hello");
    const user = await app.inject({ method: "GET", url: "/api/analytics", headers: as("xiaoming") });
    expect(user.statusCode).toBe(403);
    expect(user.json().error.code).toBe("forbidden");
    const operator = await app.inject({ method: "GET", url: "/api/analytics", headers: as("operator") });
    expect(operator.statusCode).toBe(200);
    expect(operator.json().users.total).toBeGreaterThan(0);
    expect(operator.json().latencyMs.turns).toBeGreaterThan(0);
    const anonymous = await app.inject({ method: "GET", url: "/api/analytics" });
    expect(anonymous.statusCode).toBe(401);
  });
});
