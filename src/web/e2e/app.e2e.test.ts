/**
 * End-to-end: the built web app against the REAL server (world, embedded brain, engine, pay) in
 * headless Chromium. Screenshots of every avatar state and the main screens go to
 * artifacts/screenshots/ (see docs/WEB.md).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrderSummary, PaymentRecord, TaskEvent } from "../api/types.ts";
import { formatFen } from "../format/money.ts";
import { browserMissingReason, say, shot, signIn, useBrowserSuite, VIEWPORTS } from "./harness.ts";

const missing = browserMissingReason();
if (missing) console.warn(`Skipping the browser tests: ${missing}`);

describe.skipIf(missing !== null)("the web app against the real server, in Chromium", () => {
  const suite = useBrowserSuite({ beforeAll, afterAll });
  const { pageErrors, openPage } = suite;

  const avatarIn = (page: Page, expression: string) =>
    page.locator(`[data-testid=avatar][data-expression=${expression}]`).first();

  const cardOf = (page: Page, status: string) =>
    page.locator(`[data-testid=task-card][data-status=${status}]`).last();

  it("shows every avatar state in the gallery, with dimples only when smiling", async () => {
    const page = await openPage("desktop", "en-US", 2);
    await page.goto(`${suite.server.url}/#/avatar-gallery`);
    await page.locator("[data-gallery-expression]").first().waitFor();
    for (const item of await page.locator("[data-gallery-expression]").all()) {
      const expression = await item.getAttribute("data-gallery-expression");
      expect(await item.getByTestId("avatar").getAttribute("data-expression")).toBe(expression);
      const dimples = await item.getByTestId("dimple-left").count();
      if (expression === "success") expect(dimples, "a broad smile shows the dimples").toBe(1);
      if (expression === "error" || expression === "thinking") expect(dimples, expression).toBe(0);
      await item.screenshot({ path: shot(`avatar-${expression}`) });
    }
    await page.screenshot({ path: shot("gallery-desktop"), fullPage: true });
    await page.setViewportSize(VIEWPORTS.phone);
    await page.screenshot({ path: shot("gallery-phone"), fullPage: true });
  });

  it("signs in, orders a latte by chat in Chinese, pays once on a double-click and follows it to delivery", async () => {
    const page = await openPage("desktop", "zh-CN");
    await page.getByTestId("login-username").waitFor();
    await page.screenshot({ path: shot("login-desktop") });
    await signIn(page, "xiaoming");
    await page.screenshot({ path: shot("chat-empty-desktop") });
    const token = await suite.server.login("xiaoming");
    // The seeded world's past orders were paid too: only lines after these are this order's.
    const seeded = new Set(
      (await suite.server.get<PaymentRecord[]>(token, "/api/payments")).map((line) => line.journalId),
    );

    await say(page, "帮我点一杯少糖的拿铁送到公司");
    const card = cardOf(page, "awaiting_confirmation");
    await card.getByTestId("confirm-button").waitFor();
    await avatarIn(page, "confirming").waitFor();
    // The card's numbers are the server's quote, as the API reports it.
    const taskId = (await card.getAttribute("data-task-id")) ?? "";
    const task = await suite.server.get<TaskEvent>(token, `/api/tasks/${taskId}`);
    expect(task.status).toBe("awaiting_confirmation");
    expect(await card.getByTestId("quote-total").textContent()).toBe(formatFen(task.quote?.totalFen ?? -1));
    expect(await card.getByTestId("quote-line").count()).toBe(task.quote?.lines.length);
    expect(await card.textContent()).toContain("少糖");
    await page.screenshot({ path: shot("chat-confirm-desktop") });
    await card.screenshot({ path: shot("card-confirm-desktop") });

    await card.getByTestId("confirm-button").dblclick();
    await avatarIn(page, "success").waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("dimple-left").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("dimple-right").count()).toBeGreaterThan(0);
    await page
      .locator("[data-testid=avatar]")
      .first()
      .screenshot({ path: shot("live-avatar-success-desktop") });

    // The timeline grows live from /api/events until the order is delivered.
    const live = page.locator(`[data-testid=task-card][data-task-id=${taskId}]`);
    await live.getByTestId("timeline-step").nth(1).waitFor({ timeout: 30_000 });
    await live.screenshot({ path: shot("card-in-fulfilment-desktop") });
    await page.locator(`[data-testid=task-card][data-task-id=${taskId}][data-status=completed]`).waitFor({
      timeout: 60_000,
    });
    const steps = await live.getByTestId("timeline-step").allTextContents();
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.join("\n")).toContain("已送达");
    await page.screenshot({ path: shot("chat-delivered-desktop") });
    await live.screenshot({ path: shot("card-delivered-desktop") });

    // Exactly one order and one capture, for the quoted total, despite the double-click.
    const orders = await suite.server.get<OrderSummary[]>(token, "/api/orders");
    expect(orders.filter((order) => order.taskId === taskId)).toHaveLength(1);
    expect(orders[0]).toMatchObject({ status: "completed", paidFen: task.quote?.totalFen });
    const payments = await suite.server.get<PaymentRecord[]>(token, "/api/payments");
    const fresh = payments.filter((line) => !seeded.has(line.journalId));
    expect(fresh.filter((line) => line.kind === "capture")).toHaveLength(1);
    expect(fresh.filter((line) => line.kind === "authorize")).toHaveLength(1);
    // Confirming the paid task again (a stale card, a replayed request) does not pay again.
    await suite.server.post(token, `/api/tasks/${taskId}/confirm`, { cartHash: task.quote?.cartHash });
    const after = await suite.server.get<PaymentRecord[]>(token, "/api/payments");
    expect(after.filter((line) => line.kind === "capture" && !seeded.has(line.journalId))).toHaveLength(1);

    // History and profile show the real server's records.
    await page.goto(`${suite.server.url}/#/history`);
    await page.getByTestId("order-record").first().waitFor();
    expect(await page.getByTestId("payment-record").count()).toBe(payments.length);
    await page.screenshot({ path: shot("history-desktop"), fullPage: true });
    await page.goto(`${suite.server.url}/#/profile`);
    const wallet = page.getByTestId("wallet-balance");
    await wallet.waitFor();
    expect(await wallet.textContent()).toBe(formatFen(200_000 - (task.quote?.totalFen ?? 0)));
    await page.screenshot({ path: shot("profile-desktop"), fullPage: true });

    // Switching the language rewords the UI and the server's data that has English names.
    await page.goto(`${suite.server.url}/#/chat`);
    await page.getByTestId("lang-toggle").click();
    await page.getByRole("link", { name: "History" }).waitFor();
    expect(await live.textContent()).toContain("Latte");
    await page.screenshot({ path: shot("chat-delivered-en-desktop") });
  }, 100_000);

  it("lets alice order in English on a phone with the keyboard, switching to an alternative shop", async () => {
    const page = await openPage("phone", "en-US");
    await page.getByTestId("login-username").waitFor();
    await page.screenshot({ path: shot("login-phone") });
    await signIn(page, "alice", "dimple123", "enter");
    await page.screenshot({ path: shot("chat-empty-phone") });
    await say(page, "Order a latte with less sugar to my office");
    const first = cardOf(page, "awaiting_confirmation");
    await first.getByTestId("confirm-button").waitFor();
    expect(await first.textContent()).toMatch(/Latte/);
    // Tapping an alternative under the reply switches the order to that shop: the first card is
    // cancelled and a new one, from the shop tapped, waits for confirmation.
    const firstId = (await first.getAttribute("data-task-id")) ?? "";
    const option = page.getByTestId("reply-option").first();
    const shop = ((await option.locator(".option-label").textContent()) ?? "").split(" · ")[0] ?? "";
    await option.click();
    await page.locator(`[data-testid=task-card][data-task-id=${firstId}][data-status=cancelled]`).waitFor();
    const card = cardOf(page, "awaiting_confirmation");
    await card.getByTestId("confirm-button").waitFor();
    expect(shop.length).toBeGreaterThan(0);
    expect(await card.locator(".merchant-name").textContent()).toBe(shop);
    await page.screenshot({ path: shot("chat-confirm-phone") });
    await card.screenshot({ path: shot("card-confirm-phone") });
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const taskId = (await card.getAttribute("data-task-id")) ?? "";
    await card.getByTestId("confirm-button").focus();
    await page.keyboard.press("Enter");
    await avatarIn(page, "success").waitFor({ timeout: 10_000 });
    const live = page.locator(`[data-testid=task-card][data-task-id=${taskId}]`);
    await live.getByTestId("timeline-step").nth(1).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: shot("chat-in-fulfilment-phone") });
    await page.goto(`${suite.server.url}/#/profile`);
    await page.getByTestId("wallet-balance").waitFor();
    // An update that arrives off the chat screen shows as a toast.
    await page.getByTestId("toast").first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: shot("profile-toast-phone"), fullPage: true });
    await page.goto(`${suite.server.url}/#/history`);
    await page.getByTestId("order-record").first().waitFor();
    await page.screenshot({ path: shot("history-phone"), fullPage: true });
  }, 60_000);

  it("never pays for a forged cart hash, and pays once when the real card is confirmed", async () => {
    const page = await openPage("desktop", "zh-CN");
    await signIn(page, "lihua");
    const token = await suite.server.login("lihua");
    const before = await suite.server.get<PaymentRecord[]>(token, "/api/payments");
    await say(page, "帮我点一杯拿铁送到家");
    const card = cardOf(page, "awaiting_confirmation");
    await card.getByTestId("confirm-button").waitFor();
    // A tampered client: the confirm request carries a cart hash the server never quoted.
    await page.route("**/api/tasks/*/confirm", (route) =>
      route.continue({ postData: JSON.stringify({ cartHash: "sha256:forged" }) }),
    );
    await card.getByTestId("confirm-button").click();
    await card.getByRole("alert").waitFor();
    await avatarIn(page, "error").waitFor();
    await page.screenshot({ path: shot("chat-forged-refused-desktop") });
    expect(await card.getAttribute("data-status")).toBe("awaiting_confirmation");
    expect(await suite.server.get<OrderSummary[]>(token, "/api/orders")).toHaveLength(0);
    expect(await suite.server.get<PaymentRecord[]>(token, "/api/payments")).toHaveLength(before.length);
    // The button re-enables; with the honest request the same card pays exactly once.
    await page.unroute("**/api/tasks/*/confirm");
    await card.getByTestId("confirm-button").click();
    await avatarIn(page, "success").waitFor({ timeout: 10_000 });
    const payments = await suite.server.get<PaymentRecord[]>(token, "/api/payments");
    const known = new Set(before.map((line) => line.journalId));
    expect(payments.filter((line) => line.kind === "authorize" && !known.has(line.journalId))).toHaveLength(
      1,
    );
    expect(await suite.server.get<OrderSummary[]>(token, "/api/orders")).toHaveLength(1);
  }, 40_000);

  it("asks for the payment PIN when the rules want a step-up, and pays with it", async () => {
    const token = await suite.server.login("bob");
    // Bob tightens his rules so that an everyday coffee needs the PIN (tightening needs no PIN).
    const update = await suite.server.put(token, "/api/policies", { stepUpAboveFen: 1000 });
    expect(update.status).toBe(200);
    const page = await openPage("desktop", "en-US");
    await signIn(page, "bob");
    await say(page, "Order a latte to my office");
    const card = cardOf(page, "awaiting_confirmation");
    await card.getByTestId("confirm-button").waitFor();
    // The card explains the step-up and asks for the PIN before "Confirm & pay" can be pressed.
    const pin = card.getByTestId("pin-input");
    await pin.waitFor();
    expect(await card.getByTestId("confirm-button").isDisabled()).toBe(true);
    expect(await card.getByRole("note").textContent()).toContain("PIN");
    expect(await suite.server.get<OrderSummary[]>(token, "/api/orders")).toHaveLength(0);
    await pin.fill("123456");
    await card.screenshot({ path: shot("card-step-up-desktop") });
    const taskId = (await card.getAttribute("data-task-id")) ?? "";
    await pin.press("Enter");
    await page
      .locator(`[data-testid=task-card][data-task-id=${taskId}][data-status=in_fulfilment]`)
      .waitFor();
    expect(await suite.server.get<OrderSummary[]>(token, "/api/orders")).toHaveLength(1);
  }, 30_000);

  it("hails a ride on a phone and shows the driver on the route view", async () => {
    const page = await openPage("phone", "zh-CN");
    await signIn(page, "xiaoming");
    await say(page, "帮我叫辆车去西湖");
    const card = cardOf(page, "awaiting_confirmation");
    await card.getByTestId("confirm-button").waitFor();
    expect(await card.textContent()).toContain("目的地");
    const taskId = (await card.getAttribute("data-task-id")) ?? "";
    await card.getByTestId("confirm-button").click();
    const live = page.locator(`[data-testid=task-card][data-task-id=${taskId}]`);
    await live.getByTestId("route-courier").waitFor({ timeout: 20_000 });
    await live.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot("chat-ride-phone") });
    await live.screenshot({ path: shot("card-ride-phone") });
  }, 40_000);

  it("books a ride for tomorrow 08:00: the card says when, confirming schedules it and nothing is paid", async () => {
    const page = await openPage("desktop", "en-US");
    await signIn(page, "alice");
    await say(page, "book me a taxi to Hangzhou East Railway Station tomorrow at 8am");
    const card = cardOf(page, "awaiting_confirmation");
    await card.getByTestId("confirm-button").waitFor();
    expect(await card.getByTestId("task-scheduled").textContent()).toMatch(
      /Booked for \d\d\/\d\d \d\d:\d\d/u,
    );
    const taskId = (await card.getAttribute("data-task-id")) ?? "";
    await card.getByTestId("confirm-button").click();
    const scheduled = page.locator(`[data-testid=task-card][data-task-id=${taskId}][data-status=scheduled]`);
    await scheduled.waitFor({ timeout: 15_000 });
    expect(await scheduled.textContent()).toContain("Scheduled");
    await scheduled.screenshot({ path: shot("card-ride-scheduled-desktop") });
  }, 40_000);

  it("raised no script errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
