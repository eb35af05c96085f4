import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrain } from "../agent/brain/index.ts";
import type { TaskEvent } from "../agent/events.ts";
import { createAgent } from "../agent/runtime.ts";
import { cachedWorld } from "../ecosystem/world/test-cache.ts";
import type { World } from "../ecosystem/world/world.ts";
import { buildServer } from "./app.ts";

/**
 * The session side tried as an attacker would (issue 17): credentials in URLs and logs, password
 * guessing, framing, public metrics, the operator's password on the login page, a confirm of another
 * card after confirmation, and errors outside the contract's shape.
 */
describe("a hardened server", () => {
  let world: World;
  let app: FastifyInstance;
  let log = "";

  beforeAll(async () => {
    world = await cachedWorld();
    const stream = new PassThrough();
    stream.on("data", (chunk) => {
      log += String(chunk);
    });
    app = await buildServer({
      agent: createAgent({ world, brain: await createBrain("embedded", world.context) }),
      logger: { stream },
      metricsToken: "scrape-secret-123",
      rateLimits: {
        loginPerAccount: { max: 5, windowMs: 1500 },
        loginPerAddress: { max: 40, windowMs: 60_000 },
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const login = async (username: string, password = "dimple123", remoteAddress?: string) =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password },
      ...(remoteAddress ? { remoteAddress } : {}),
    });
  const tokenOf = async (username: string, password?: string) =>
    (await login(username, password)).json().token as string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  describe("credentials never in a URL or the log", () => {
    it("refuses ?token= on any endpoint with a contract error", async () => {
      const token = await tokenOf("alice");
      const response = await app.inject({ method: "GET", url: `/api/me?token=${token}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: {
          code: "credential_in_url",
          message: "credentials are not accepted in the URL; send Authorization: Bearer <token>",
          field: "token",
        },
      });
      const events = await app.inject({ method: "GET", url: `/api/events?token=${token}` });
      expect(events.statusCode).toBe(400);
    });

    it("keeps the sign-in token and the API key out of the request log", async () => {
      log = "";
      const token = await tokenOf("xiaoming");
      const created = await app.inject({
        method: "POST",
        url: "/api/keys",
        headers: bearer(token),
        payload: { name: "log test", scopes: ["read"] },
      });
      const key = created.json().key as string;
      await app.inject({ method: "GET", url: "/api/me", headers: bearer(token) });
      await app.inject({ method: "GET", url: `/api/me?token=${token}` });
      await app.inject({ method: "GET", url: `/api/orders?access_token=${key}`, headers: bearer(token) });
      await app.inject({ method: "GET", url: `/nowhere?token=${token}&key=${key}` });
      const ticket = await app.inject({ method: "POST", url: "/api/events/tickets", headers: bearer(token) });
      expect(ticket.statusCode).toBe(201);
      const both = await app.inject({
        method: "GET",
        url: `/api/events?ticket=${ticket.json().ticket}&token=${token}`,
      });
      expect(both.statusCode).toBe(400);
      expect(log).toContain('"url":"/api/me"');
      expect(log.split(token).length - 1).toBe(0);
      expect(log.split(key).length - 1).toBe(0);
      expect(log).not.toContain(ticket.json().ticket);
    });

    it("opens the event stream with a single-use ticket, and only once", async () => {
      const token = await tokenOf("bob");
      const address = await app.listen({ port: 0, host: "127.0.0.1" });
      const { ticket } = (
        await app.inject({ method: "POST", url: "/api/events/tickets", headers: bearer(token) })
      ).json();
      const controller = new AbortController();
      const first = await fetch(`${address}/api/events?ticket=${ticket}`, { signal: controller.signal });
      expect(first.status).toBe(200);
      expect(first.headers.get("content-type")).toContain("text/event-stream");
      controller.abort();
      const again = await app.inject({ method: "GET", url: `/api/events?ticket=${ticket}` });
      expect(again.statusCode).toBe(401);
      expect(again.json().error.code).toBe("unauthenticated");
    });
  });

  describe("password guessing", () => {
    it("answers 429 in the contract shape after the configured attempts, then lets the right password in after the window", async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 7; attempt++) statuses.push((await login("lihua", "guess")).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const limited = await login("lihua");
      expect(limited.statusCode).toBe(429);
      expect(limited.headers["retry-after"]).toBeDefined();
      expect(limited.json()).toEqual({
        error: {
          code: "rate_limited",
          message: expect.stringMatching(/too many requests/),
          details: { retryAfterSeconds: expect.any(Number), limit: "loginPerAccount" },
        },
      });
      await new Promise((resolve) => setTimeout(resolve, 1600));
      expect((await login("lihua")).statusCode).toBe(200);
    });

    it("limits attempts per address across accounts", async () => {
      const from = "203.0.113.9";
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 42; attempt++) {
        statuses.push((await login(`nobody${attempt % 8}`, "guess", from)).statusCode);
      }
      expect(statuses.filter((status) => status === 429).length).toBe(2);
      expect((await login("alice", "dimple123", "198.51.100.7")).statusCode).toBe(200);
    });
  });

  describe("framing and headers", () => {
    it("forbids framing the page with the confirm button", async () => {
      const response = await app.inject({ method: "GET", url: "/api/health" });
      expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
    });
  });

  describe("operators' things", () => {
    it("keeps /metrics from anonymous callers and users, opens it to operators and the metrics token", async () => {
      expect((await app.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
      const user = await tokenOf("alice");
      const forbidden = await app.inject({ method: "GET", url: "/metrics", headers: bearer(user) });
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json().error.code).toBe("forbidden");
      const scraper = await app.inject({
        method: "GET",
        url: "/metrics",
        headers: bearer("scrape-secret-123"),
      });
      expect(scraper.statusCode).toBe(200);
      expect(scraper.body).toContain("dimple_http_request_duration_seconds");
      const wrong = await app.inject({
        method: "GET",
        url: "/metrics",
        headers: bearer("scrape-secret-124"),
      });
      expect(wrong.statusCode).toBe(401);
    });

    it("never lists the operator's password among the demo users", async () => {
      const response = await app.inject({ method: "GET", url: "/api/auth/demo-users" });
      expect(response.statusCode).toBe(200);
      expect(response.json().map((user: { username: string }) => user.username)).not.toContain("operator");
      expect(response.body).not.toContain("dimple-ops");
    });
  });

  describe("sign-out, revocation and rotation", () => {
    it("revokes the token on sign-out", async () => {
      const token = await tokenOf("alice");
      expect((await app.inject({ method: "GET", url: "/api/me", headers: bearer(token) })).statusCode).toBe(
        200,
      );
      const out = await app.inject({
        method: "POST",
        url: "/api/auth/logout",
        headers: bearer(token),
        payload: {},
      });
      expect(out.statusCode).toBe(204);
      const after = await app.inject({ method: "GET", url: "/api/me", headers: bearer(token) });
      expect(after.statusCode).toBe(401);
      expect(after.json().error.code).toBe("unauthenticated");
    });

    it("signs out everywhere: every token of the user stops working, others' do not", async () => {
      const [laptop, phone, other] = [await tokenOf("bob"), await tokenOf("bob"), await tokenOf("alice")];
      await app.inject({
        method: "POST",
        url: "/api/auth/logout",
        headers: bearer(laptop),
        payload: { everywhere: true },
      });
      expect((await app.inject({ method: "GET", url: "/api/me", headers: bearer(phone) })).statusCode).toBe(
        401,
      );
      expect((await app.inject({ method: "GET", url: "/api/me", headers: bearer(other) })).statusCode).toBe(
        200,
      );
    });

    it("rotates a token: the new one works, the old one is gone", async () => {
      const old = await tokenOf("xiaoming");
      const rotated = await app.inject({ method: "POST", url: "/api/auth/refresh", headers: bearer(old) });
      expect(rotated.statusCode).toBe(200);
      expect(rotated.json()).toMatchObject({
        userId: "u_xiaoming",
        token: expect.any(String),
        expiresAt: expect.any(String),
      });
      expect((await app.inject({ method: "GET", url: "/api/me", headers: bearer(old) })).statusCode).toBe(
        401,
      );
      const fresh = rotated.json().token as string;
      expect((await app.inject({ method: "GET", url: "/api/me", headers: bearer(fresh) })).statusCode).toBe(
        200,
      );
    });
  });

  describe("the money path's last gap", () => {
    it("answers 409 to a confirm with another cart hash after the task was confirmed", async () => {
      const token = await tokenOf("xiaoming");
      const { sessionId } = (
        await app.inject({
          method: "POST",
          url: "/api/sessions",
          headers: bearer(token),
          payload: { lang: "zh" },
        })
      ).json();
      const { events } = (
        await app.inject({
          method: "POST",
          url: `/api/sessions/${sessionId}/messages`,
          headers: bearer(token),
          payload: { text: "来一杯拿铁送到公司" },
        })
      ).json() as { events: TaskEvent[] };
      const card = events.find((event) => event.type === "task" && event.status === "awaiting_confirmation");
      const hash = card?.quote?.cartHash as string;
      const confirm = (cartHash: string) =>
        app.inject({
          method: "POST",
          url: `/api/tasks/${card?.taskId}/confirm`,
          headers: bearer(token),
          payload: { cartHash, pin: "123456" },
        });
      expect((await confirm(hash)).statusCode).toBe(200);
      expect((await confirm(hash)).statusCode).toBe(200);
      const other = await confirm(`${hash.slice(0, -4)}beef`);
      expect(other.statusCode).toBe(409);
      expect(other.json().error).toMatchObject({ code: "cart_hash_mismatch", field: "cartHash" });
    });
  });

  describe("every error in the contract shape", () => {
    it("answers a bad %-escape in the URL", async () => {
      const response = await app.inject({ method: "GET", url: "/api/tasks/%E0%A4%A" });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: { code: "bad_url", message: expect.any(String), field: "url" },
      });
    });

    it("answers an unsupported content type with 415 unsupported_media_type", async () => {
      const token = await tokenOf("alice");
      const response = await app.inject({
        method: "POST",
        url: "/api/sessions",
        headers: { ...bearer(token), "content-type": "application/xml" },
        payload: "<lang>zh</lang>",
      });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toEqual({
        error: { code: "unsupported_media_type", message: expect.any(String), field: "content-type" },
      });
    });

    it("answers an unknown route and a wrong method without echoing the query", async () => {
      const response = await app.inject({ method: "GET", url: "/api/nope?secret=abc" });
      expect(response.json()).toEqual({
        error: { code: "not_found", message: "no route for GET /api/nope" },
      });
    });
  });
});

describe("a deployment (not the sandbox)", () => {
  let world: World;
  let app: FastifyInstance;

  beforeAll(async () => {
    world = await cachedWorld();
    app = await buildServer({
      agent: createAgent({ world, brain: await createBrain("embedded", world.context) }),
      sandbox: false,
    });
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  it("hides the demo users", async () => {
    const response = await app.inject({ method: "GET", url: "/api/auth/demo-users" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });

  it("re-hashes a seeded password at the account cost, and an unknown user costs the same work", async () => {
    const login = (username: string) =>
      app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password: "dimple123" } });
    expect((await login("alice")).statusCode).toBe(200);
    const row = await world.context.db
      .selectFrom("users")
      .select("password_hash")
      .where("username", "=", "alice")
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$16384:8:5\$/);
    const median = async (username: string) => {
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        await login(username);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[1] as number;
    };
    const known = await median("alice");
    const unknown = await median("no-such-user");
    // Without the dummy hash an unknown name answers ~100× faster; the wide band keeps this a check of
    // behaviour, not of a busy machine's timing.
    expect(unknown / known).toBeGreaterThan(0.33);
    expect(unknown / known).toBeLessThan(3);
  }, 30_000);

  it("hashes off the event loop: timers keep firing while a sign-in verifies at the account cost", async () => {
    const lags: number[] = [];
    let done = false;
    const pending = app
      .inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "nobody-at-all", password: "guess" },
      })
      .finally(() => {
        done = true;
      });
    // Measure every gap between turns of the event loop for as long as the sign-in takes.
    while (!done) {
      const started = Date.now();
      await new Promise((resolve) => setImmediate(resolve));
      lags.push(Date.now() - started);
    }
    expect(lags.length).toBeGreaterThan(10);
    expect((await pending).statusCode).toBe(401);
    // A hash on the event loop stalls it for the whole verification (over a second at this cost); the
    // bound is wide so a loaded machine's scheduling noise does not fail it.
    expect(lags.reduce((most, lag) => Math.max(most, lag), 0)).toBeLessThan(400);
  });
});
