/**
 * The API documentation page (issue 17) in Chromium: Swagger UI at /docs renders the OpenAPI
 * document's operations under the server's own CSP, with no violation and no request elsewhere.
 */
import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrain } from "../../agent/brain/index.ts";
import { createAgent } from "../../agent/runtime.ts";
import { cachedWorld } from "../../ecosystem/world/test-cache.ts";
import type { World } from "../../ecosystem/world/world.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { buildServer } from "../../server/app.ts";
import { browserMissingReason, launchBrowser } from "./harness.ts";

const missing = browserMissingReason();

describe.skipIf(missing !== null)("the API docs page, in Chromium", () => {
  let world: World;
  let app: FastifyInstance;
  let browser: Browser;
  let origin = "";

  beforeAll(async () => {
    world = await cachedWorld();
    app = await buildServer({
      agent: createAgent({
        world,
        brain: await createBrain("embedded", world.context),
        observer: new FlywheelRecorder(world.context),
      }),
    });
    origin = await app.listen({ host: "127.0.0.1", port: 0 });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await world?.close();
  });

  it("renders the operations with no CSP violation and no outside request", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const outside: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("request", (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith("data:"))
        outside.push(request.url());
    });
    await page.goto(`${origin}/docs`);
    await page.waitForSelector(".opblock", { timeout: 30_000 });
    const paths = await page.$$eval(".opblock-summary-path", (nodes) =>
      nodes.map((node) => node.textContent),
    );
    expect(paths).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/tasks/{id}/confirm", "/v1/chat/completions"]),
    );
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 60_000);
});
