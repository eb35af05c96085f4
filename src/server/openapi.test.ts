import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrain } from "../agent/brain/index.ts";
import { createAgent } from "../agent/runtime.ts";
import { DEMO_USERS } from "../ecosystem/world/demo-users.ts";
import { cachedWorld } from "../ecosystem/world/test-cache.ts";
import type { World } from "../ecosystem/world/world.ts";
import { buildServer } from "./app.ts";

interface Operation {
  summary?: string;
  security?: Record<string, string[]>[];
  requestBody?: {
    content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }>;
  };
  parameters?: { in: string; name: string; required?: boolean }[];
}
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> };

describe("API documentation at /docs", () => {
  let world: World;
  let app: FastifyInstance;
  let spec: OpenApi;
  let specText: string;

  beforeAll(async () => {
    world = await cachedWorld();
    app = await buildServer({
      agent: createAgent({ world, brain: await createBrain("embedded", world.context) }),
      metricsToken: "scrape-secret-123",
    });
    const response = await app.inject({ method: "GET", url: "/docs/json" });
    expect(response.statusCode).toBe(200);
    specText = response.body;
    spec = response.json();
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const bodyOf = (path: string, method: string) =>
    spec.paths[path]?.[method]?.requestBody?.content["application/json"]?.schema;

  it("lists the main routes with the request schemas the handlers parse", () => {
    expect(spec.openapi).toMatch(/^3\./);
    expect(bodyOf("/api/auth/login", "post")).toMatchObject({
      properties: { username: { type: "string", maxLength: 64 }, password: { type: "string" } },
      required: expect.arrayContaining(["username", "password"]),
    });
    expect(bodyOf("/api/sessions/{id}/messages", "post")?.properties).toHaveProperty("text");
    expect(spec.paths["/api/sessions/{id}/messages"]?.post?.parameters).toContainEqual(
      expect.objectContaining({ in: "path", name: "id", required: true }),
    );
    expect(bodyOf("/api/tasks/{id}/confirm", "post")).toMatchObject({
      properties: { cartHash: { type: "string" }, pin: { pattern: "^\\d{6}$" } },
      required: ["cartHash"],
    });
    expect(bodyOf("/api/keys", "post")?.properties).toHaveProperty("scopes");
    expect(spec.paths["/api/keys/{id}"]?.delete).toBeDefined();
    expect(bodyOf("/v1/chat/completions", "post")).toMatchObject({
      required: expect.arrayContaining(["model", "messages"]),
    });
    expect(spec.paths["/api/merchants"]?.get?.parameters?.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(["q", "ids"]),
    );
    expect(spec.paths["/api/auth/login"]?.post?.security).toEqual([]);
    expect(spec.paths["/api/keys"]?.get?.security).toEqual([{ session: [] }]);
    expect(spec.paths["/v1/chat/completions"]?.post?.security).toEqual([{ apiKey: [] }]);
  });

  it("serves the Swagger UI page and its assets without a credential, under the app's CSP", async () => {
    const page = await app.inject({ method: "GET", url: "/docs" });
    const html =
      page.statusCode === 302
        ? await app.inject({ method: "GET", url: page.headers.location as string })
        : page;
    expect(html.statusCode).toBe(200);
    expect(html.headers["content-type"]).toContain("text/html");
    expect(html.body).toContain("swagger-ui-bundle.js");
    const csp = String(html.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // Every script the page loads is its own file, allowed by script-src 'self': no inline script.
    expect(html.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/u);
    const initializer = await app.inject({ method: "GET", url: "/docs/static/swagger-initializer.js" });
    expect(initializer.statusCode).toBe(200);
    expect(initializer.body).toContain("./json");
  });

  it("holds no secret: no password, token or metrics secret in the document", () => {
    for (const user of DEMO_USERS) expect(specText).not.toContain(user.password);
    expect(specText).not.toContain("scrape-secret-123");
    expect(specText).not.toMatch(/dmp_[A-Za-z0-9]{8,}/u);
  });

  it("documents without validating: bad input keeps the contract's error shape", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "", password: 5 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: "invalid_argument", message: expect.any(String), field: expect.any(String) },
    });
    const keys = await app.inject({ method: "POST", url: "/api/keys", payload: { name: 1 } });
    expect(keys.statusCode).toBe(401);
    expect(keys.json().error.code).toBe("unauthenticated");
  });
});
