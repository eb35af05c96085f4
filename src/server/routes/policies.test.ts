import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScriptedBrain } from "../../agent/brain/scripted.ts";
import { createAgent } from "../../agent/runtime.ts";
import { cachedWorld } from "../../ecosystem/world/test-cache.ts";
import type { World } from "../../ecosystem/world/world.ts";
import { buildServer } from "../app.ts";
import { loginToken } from "../login-for-tests.ts";

describe("policies and spending over HTTP", () => {
  let world: World;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    world = await cachedWorld();
    app = await buildServer({ agent: createAgent({ world, brain: new ScriptedBrain([]) }) });
    token = await loginToken(app, "bob");
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const call = (method: "GET" | "PUT", url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it("shows the default policy, also on /api/me", async () => {
    const response = await call("GET", "/api/policies");
    expect(response.json()).toEqual({
      perOrderLimitFen: 500_000,
      dailyLimitFen: 1_000_000,
      merchantAllow: [],
      merchantBlock: [],
      autoApproveFen: 0,
      stepUpAboveFen: 200_000,
      pinSet: true,
    });
    expect((await call("GET", "/api/me")).json().policies).toEqual(response.json());
  });

  it("tightens a policy without a PIN and loosens it only with the current one", async () => {
    const tightened = await call("PUT", "/api/policies", {
      perOrderLimitFen: 10_000,
      merchantBlock: ["m_galaxy"],
    });
    expect(tightened.statusCode).toBe(200);
    expect(tightened.json()).toMatchObject({ perOrderLimitFen: 10_000, merchantBlock: ["m_galaxy"] });
    const refused = await call("PUT", "/api/policies", { perOrderLimitFen: 20_000 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: "step_up_required", field: "currentPin" });
    const loosened = await call("PUT", "/api/policies", { perOrderLimitFen: 20_000, currentPin: "123456" });
    expect(loosened.json()).toMatchObject({ perOrderLimitFen: 20_000 });
  });

  it("validates the body with a code and the field at fault", async () => {
    const negative = await call("PUT", "/api/policies", { dailyLimitFen: -5 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error).toMatchObject({ code: "invalid_argument", field: "dailyLimitFen" });
    const badPin = await call("PUT", "/api/policies", { pin: "12ab" });
    expect(badPin.json().error).toMatchObject({ field: "pin" });
    const unknown = await call("PUT", "/api/policies", { limit: 5 });
    expect(unknown.statusCode).toBe(400);
    const inconsistent = await call("PUT", "/api/policies", { dailyLimitFen: 5_000 });
    expect(inconsistent.json().error).toMatchObject({ code: "invalid_argument", field: "dailyLimitFen" });
  });

  it("reports spending against the daily limit", async () => {
    const response = await call("GET", "/api/spending");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      todayFen: 0,
      monthFen: 0,
      dailyLimitFen: 1_000_000,
      remainingTodayFen: 1_000_000,
    });
  });

  it("needs a signed-in user", async () => {
    const response = await app.inject({ method: "GET", url: "/api/policies" });
    expect(response.statusCode).toBe(401);
  });
});
