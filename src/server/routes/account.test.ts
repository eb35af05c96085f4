import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedBrain } from "../../agent/brain/embedded/brain.ts";
import { type Agent, createAgent } from "../../agent/runtime.ts";
import { seededTestDatabase } from "../../ecosystem/world/test-cache.ts";
import { createWorld } from "../../ecosystem/world/world.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import { wallTime } from "../../kernel/time-zone.ts";
import { buildServer } from "../app.ts";
import { loginToken } from "../login-for-tests.ts";

describe("the profile's time zone over HTTP", () => {
  let agent: Agent;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    const world = await createWorld({
      db: await seededTestDatabase("sqlite", 7),
      seed: 7,
      clock: new SimulatedClock(),
    });
    agent = createAgent({ world, brain: new EmbeddedBrain() });
    app = await buildServer({ agent });
    token = await loginToken(app, "alice");
  });
  afterAll(async () => {
    await app.close();
    await agent.world.close();
  });

  const call = (method: "GET" | "PATCH" | "POST", url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it("is Asia/Shanghai until the user sets another", async () => {
    expect((await call("GET", "/api/me")).json().timeZone).toBe("Asia/Shanghai");
  });

  it("refuses a name that is no IANA zone, with its code and field", async () => {
    for (const timeZone of ["Mars/Olympus", "+08:00", "", "Asia/Shanghai; drop table users"]) {
      const response = await call("PATCH", "/api/me", { timeZone });
      expect(response.statusCode, timeZone).toBe(400);
      expect(response.json().error).toMatchObject({ field: "timeZone" });
    }
    const unknown = await call("PATCH", "/api/me", { timeZone: "Mars/Olympus" });
    expect(unknown.json().error.code).toBe("invalid_time_zone");
    const extra = await call("PATCH", "/api/me", { timeZone: "Europe/London", role: "operator" });
    expect(extra.statusCode).toBe(400);
    expect((await call("GET", "/api/me")).json().timeZone).toBe("Asia/Shanghai");
  });

  it("stores a zone as Intl spells it, and reminders set in chat then keep it", async () => {
    const set = await call("PATCH", "/api/me", { timeZone: "europe/london" });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ timeZone: "Europe/London" });
    expect((await call("GET", "/api/me")).json().timeZone).toBe("Europe/London");

    const session = (await call("POST", "/api/sessions", { lang: "en" })).json().sessionId;
    const turn = await call("POST", `/api/sessions/${session}/messages`, {
      text: "remind me every day at 8am to stretch",
    });
    const reply = turn.json().events.find((event: { type: string }) => event.type === "reply").text as string;
    expect(reply).toMatch(/every day at 08:00; the first one is .* 08:00 \(Europe\/London\)/u);
    const [reminder] = await agent.reminders.pending("u_alice");
    expect(reminder?.time_zone).toBe("Europe/London");
    // 08:00 in London is 16:00 in Shanghai in winter.
    expect(wallTime(reminder?.due_at as number, "Europe/London")).toMatchObject({ hour: 8, minute: 0 });
    expect(wallTime(reminder?.due_at as number, "Asia/Shanghai")).toMatchObject({ hour: 16, minute: 0 });
    const list = (await call("GET", "/api/reminders")).json();
    expect(JSON.stringify(list)).toContain("Europe/London");
  });
});
