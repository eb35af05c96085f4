/**
 * End-to-end, outside clients: an API key made in Settings opens /v1 until it is revoked; and a card
 * made by an outside MCP client is confirmed where the user is present. The
 * client (the official MCP SDK, with an API key) chats a latte into a card and gets a link; the link
 * opens the web app in Chromium, the user signs in and pays there. Along the way: the page runs under
 * its CSP without violations, and signing out revokes the token on the server.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserMissingReason, shot, useBrowserSuite } from "./harness.ts";

const missing = browserMissingReason();
if (missing) console.warn(`Skipping the confirm-link browser test: ${missing}`);

describe.skipIf(missing !== null)("outside clients and the web app, in Chromium", () => {
  const suite = useBrowserSuite({ beforeAll, afterAll }, 120, 180_000);
  const { pageErrors } = suite;
  const cspViolations: string[] = [];

  it("pays only after the user confirms on the web app's page", async () => {
    const token = await suite.server.login("xiaoming");
    const created = await suite.server.post(token, "/api/keys", {
      name: "an agent",
      scopes: ["chat", "read"],
    });
    const key = (created.body as { key: string }).key;
    const client = new Client({ name: "outside-agent", version: "1" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${suite.server.url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${key}` } },
      }),
    );
    const result = await client.callTool({ name: "dimple_chat", arguments: { text: "来一杯拿铁送到公司" } });
    await client.close();
    const card = (
      result.structuredContent as { cards: { taskId: string; confirmUrl?: string }[] }
    ).cards.find((each) => each.confirmUrl);
    expect(card?.confirmUrl).toBe(`${suite.server.url}/#/confirm/${card?.taskId}`);

    const page = await suite.openPageAt(card?.confirmUrl as string, "desktop", "zh-CN");
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.getByTestId("login-username").fill("xiaoming");
    await page.getByTestId("login-password").fill("dimple123");
    await page.getByTestId("login-submit").click();
    const screen = page.getByTestId("confirm-screen");
    await screen.waitFor();
    const button = screen.getByTestId("confirm-button");
    await button.waitFor();
    await page.screenshot({ path: shot("confirm-link-desktop") });
    const before = await suite.server.get<{ status: string }>(token, `/api/tasks/${card?.taskId}`);
    expect(before.status).toBe("awaiting_confirmation");
    await button.click();
    await screen
      .locator(
        `[data-testid=task-card][data-status=in_fulfilment], [data-testid=task-card][data-status=processing], [data-testid=task-card][data-status=completed]`,
      )
      .first()
      .waitFor({ timeout: 20_000 });
    // The order is placed and paid once the merchant accepts (the world runs fast).
    let order: { taskId: string; orderId: string } | undefined;
    for (let tries = 0; tries < 40 && !order; tries++) {
      const orders = await suite.server.get<{ taskId: string; orderId: string }[]>(token, "/api/orders");
      order = orders.find((each) => each.taskId === card?.taskId);
      if (!order) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(order?.orderId).toBeTruthy();

    // Signing out revokes the page's token on the server, not only in the browser.
    const pageToken = await page.evaluate(() => window.localStorage.getItem("dimple.token"));
    expect(pageToken).toBeTruthy();
    await page.getByTestId("sign-out").click();
    await page.getByTestId("login-username").waitFor();
    const me = await fetch(`${suite.server.url}/api/me`, {
      headers: { authorization: `Bearer ${pageToken}` },
    });
    expect(me.status).toBe(401);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("creates an API key in Settings, shows it once, and revokes it", async () => {
    const page = await suite.openPageAt(`${suite.server.url}/#/settings`, "phone", "en-US");
    await page.getByTestId("login-username").fill("alice");
    await page.getByTestId("login-password").fill("dimple123");
    await page.getByTestId("login-submit").click();
    await page.getByTestId("api-key-name").fill("my chat app");
    await page.getByTestId("api-key-scope-cancel").check();
    await page.getByTestId("api-key-create").click();
    const shown = page.getByTestId("api-key-created");
    await shown.waitFor();
    const key = (await shown.locator("code").textContent()) ?? "";
    expect(key).toMatch(/^dmp_/);
    await page.getByTestId("api-key").filter({ hasText: "my chat app" }).waitFor();
    await page.screenshot({ path: shot("settings-api-keys-phone"), fullPage: true });
    const models = () =>
      fetch(`${suite.server.url}/v1/models`, { headers: { authorization: `Bearer ${key}` } });
    expect((await models()).status).toBe(200);
    await page
      .getByTestId("api-key")
      .filter({ hasText: "my chat app" })
      .getByTestId("api-key-revoke")
      .click();
    await page.getByTestId("api-key").filter({ hasText: "my chat app" }).waitFor({ state: "detached" });
    expect((await models()).status).toBe(401);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
