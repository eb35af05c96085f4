/**
 * End-to-end: the settings screen (payment rules, spending, consent, delete my data) in headless
 * Chromium against the REAL server. Screenshots go to artifacts/screenshots/settings-*.png.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Consent, Policy } from "../api/settings-types.ts";
import type { OrderSummary } from "../api/types.ts";
import { browserMissingReason, shot, signIn, useBrowserSuite, VIEWPORTS } from "./harness.ts";

const missing = browserMissingReason();
if (missing) console.warn(`Skipping the settings browser tests: ${missing}`);

describe.skipIf(missing !== null)("settings in the web app against the real server, in Chromium", () => {
  const suite = useBrowserSuite({ beforeAll, afterAll });
  const { pageErrors } = suite;

  async function signedIn(viewport: keyof typeof VIEWPORTS, locale: string, username: string): Promise<Page> {
    const page = await suite.openPage(viewport, locale);
    await signIn(page, username);
    return page;
  }

  async function openSettings(page: Page, linkName: string): Promise<void> {
    await page.getByRole("link", { name: linkName, exact: true }).click();
    await page.getByTestId("setting-perOrderLimitFen").waitFor();
  }

  /**
   * The app scrolls inside `.app-content` (the header stays put), so a full-page screenshot would
   * stop at the viewport: the viewport is stretched to the content for the picture, then restored.
   */
  async function wholeScreen(page: Page, name: string): Promise<void> {
    const viewport = page.viewportSize() ?? VIEWPORTS.desktop;
    const height = await page.evaluate(() => {
      const content = document.querySelector(".app-content");
      const header = document.querySelector(".app-header");
      return (content?.scrollHeight ?? 0) + (header?.getBoundingClientRect().height ?? 0);
    });
    await page.setViewportSize({
      width: viewport.width,
      height: Math.max(viewport.height, Math.ceil(height)),
    });
    await page.screenshot({ path: shot(name) });
    await page.setViewportSize(viewport);
  }

  const fieldError = (page: Page, field: string) =>
    page.locator(`[data-testid=field-error][data-field=${field}]`);

  it("lowers the per-order limit in the app, which then blocks a bigger order, and asks for the PIN to raise it again", async () => {
    const page = await signedIn("desktop", "zh-CN", "xiaoming");
    const token = await suite.server.login("xiaoming");
    await openSettings(page, "设置");
    expect(await page.getByTestId("spending-today").textContent()).toBe("¥0.00");
    await wholeScreen(page, "settings-desktop");

    // Bad input is caught in the form, beside the field, and nothing can be saved.
    const perOrder = page.getByTestId("setting-perOrderLimitFen");
    await perOrder.fill("十块");
    expect(await fieldError(page, "perOrderLimitFen").textContent()).toContain("以元为单位");
    expect(await page.getByTestId("settings-save").isDisabled()).toBe(true);
    await perOrder.fill("0.5");
    expect(await fieldError(page, "perOrderLimitFen").textContent()).toContain("¥1.00");

    // Tightening saves without a PIN; the server audits the change.
    await perOrder.fill("10");
    expect(await page.getByTestId("setting-currentPin").count()).toBe(0);
    await page.getByTestId("settings-save").click();
    await page.getByTestId("settings-status").filter({ hasText: "已保存" }).waitFor();
    expect((await suite.server.get<Policy>(token, "/api/policies")).perOrderLimitFen).toBe(1_000);
    expect(await page.getByTestId("spending-per-order").textContent()).toBe("¥10.00");
    const audit = await suite.server.agent.risk.audit.recent(20);
    const change = audit.find((entry) => entry.type === "policy.changed" && entry.actor === "u_xiaoming");
    expect(JSON.parse(String(change?.data ?? "{}"))).toMatchObject({
      changed: ["perOrderLimitFen"],
      loosened: [],
    });

    // An order above the new limit is refused, in plain words on the card.
    await page.getByRole("link", { name: "聊天", exact: true }).click();
    await page.getByTestId("chat-input").fill("帮我点一杯少糖的拿铁送到公司");
    await page.getByTestId("chat-input").press("Enter");
    const card = page.locator("[data-testid=task-card][data-status=awaiting_confirmation]").last();
    const notice = card.locator(".risk-block");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("此笔支付已被拦截");
    expect(await notice.textContent()).toMatch(/金额 ¥\d+\.\d\d 超过单笔限额 ¥10\.00/);
    expect(await card.getByTestId("confirm-button").isDisabled()).toBe(true);
    await card.screenshot({ path: shot("settings-card-blocked-desktop") });
    const taskId = (await card.getAttribute("data-task-id")) ?? "";
    const task = await suite.server.get<{ quote: { cartHash: string } }>(token, `/api/tasks/${taskId}`);
    const forced = await suite.server.post(token, `/api/tasks/${taskId}/confirm`, {
      cartHash: task.quote.cartHash,
    });
    expect(forced.status).toBe(403);
    expect(forced.body).toMatchObject({ error: { code: "policy_blocked" } });
    expect(await suite.server.get<OrderSummary[]>(token, "/api/orders")).toHaveLength(0);

    // Raising the limit loosens the rules: the server refuses it without the PIN, so the form asks.
    const bare = await suite.server.put(token, "/api/policies", { perOrderLimitFen: 500_000 });
    expect(bare).toMatchObject({
      status: 403,
      body: { error: { code: "step_up_required", field: "currentPin" } },
    });
    await page.getByRole("link", { name: "设置", exact: true }).click();
    await perOrder.fill("5000");
    const pin = page.getByTestId("setting-currentPin");
    await pin.waitFor();
    expect(await page.locator(".pin-step-up").textContent()).toContain("放宽单笔限额需要验证支付密码");
    expect(await page.getByTestId("settings-save").isDisabled()).toBe(true);
    await pin.fill("000000");
    await page.getByTestId("settings-save").click();
    const pinError = fieldError(page, "currentPin");
    await pinError.waitFor();
    expect(await pinError.textContent()).toContain("支付密码不正确");
    expect(await pinError.locator("code").textContent()).toBe("pin_invalid");
    await wholeScreen(page, "settings-pin-desktop");
    expect((await suite.server.get<Policy>(token, "/api/policies")).perOrderLimitFen).toBe(1_000);
    await pin.fill("123456");
    await page.getByTestId("settings-save").click();
    await page.getByTestId("settings-status").filter({ hasText: "已保存" }).waitFor();
    expect((await suite.server.get<Policy>(token, "/api/policies")).perOrderLimitFen).toBe(500_000);
    expect(await pin.count()).toBe(0);
  }, 60_000);

  it("blocks a merchant chosen by name, keeps showing it by name, and asks for the PIN to unblock it", async () => {
    const page = await signedIn("desktop", "en-US", "lihua");
    const token = await suite.server.login("lihua");
    await openSettings(page, "Settings");
    await page.getByTestId("merchantBlock-search").fill("KFC");
    const result = page.getByTestId("merchantBlock-result").first();
    await result.waitFor();
    await wholeScreen(page, "settings-merchant-search-desktop");
    const name = (await result.textContent())?.replace("＋", "") ?? "";
    expect(name).toMatch(/^KFC/);
    await result.click();
    const chip = page.getByTestId("merchantBlock-entry");
    expect(await chip.textContent()).toContain(name);
    // Switching auto-approve on would loosen the rules, so the PIN is asked; off again, it is not.
    const autoApprove = page.locator("label.switch", { has: page.getByTestId("setting-autoApprove-switch") });
    await autoApprove.click();
    await page.getByTestId("setting-currentPin").waitFor();
    expect(await page.getByTestId("setting-autoApproveFen").inputValue()).toBe("50");
    await autoApprove.click();
    expect(await page.getByTestId("setting-currentPin").count()).toBe(0);
    await page.getByTestId("settings-save").click();
    await page.getByTestId("settings-status").filter({ hasText: "Saved" }).waitFor();
    const saved = await suite.server.get<Policy>(token, "/api/policies");
    expect(saved.merchantBlock).toEqual([await chip.getAttribute("data-merchant-id")]);
    expect(saved.merchantBlock[0]).toMatch(/^m_kfc_/);

    // After a reload the saved id is shown by its name again.
    await page.reload();
    await page.getByTestId("merchantBlock-entry").filter({ hasText: name }).waitFor();
    await wholeScreen(page, "settings-blocked-merchant-desktop");
    await page.getByRole("button", { name: `Remove ${name}` }).click();
    await page.getByTestId("setting-currentPin").fill("123456");
    await page.getByTestId("settings-save").click();
    await page.getByTestId("settings-status").filter({ hasText: "Saved" }).waitFor();
    expect((await suite.server.get<Policy>(token, "/api/policies")).merchantBlock).toEqual([]);
  }, 40_000);

  it("turns the flywheel consent on and off on a phone, and deletes the user's data after a confirm", async () => {
    const page = await signedIn("phone", "en-US", "alice");
    const token = await suite.server.login("alice");
    // A turn in the chat leaves flywheel records to delete.
    await page.getByTestId("chat-input").fill("hello");
    await page.getByTestId("chat-input").press("Enter");
    const turns = () =>
      suite.server.world.context.db
        .selectFrom("flywheel_turns")
        .select(({ fn }) => fn.countAll<number>().as("count"))
        .where("user_id", "=", "u_alice")
        .executeTakeFirstOrThrow();
    await expect.poll(async () => Number((await turns()).count), { timeout: 10_000 }).toBeGreaterThan(0);

    await openSettings(page, "Settings");
    const consent = page.getByTestId("consent-switch");
    await consent.waitFor({ state: "attached" });
    expect(await consent.isChecked()).toBe(false);
    expect(await suite.server.get<Consent>(token, "/api/consent")).toMatchObject({
      share: false,
      explicit: false,
    });
    await wholeScreen(page, "settings-phone");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The switch is tapped where a person taps it: its label.
    const consentLabel = page.locator("label.switch", { has: consent });
    await consentLabel.click();
    await expect.poll(async () => (await suite.server.get<Consent>(token, "/api/consent")).share).toBe(true);
    await page.getByTestId("consent-status").filter({ hasText: "Saved" }).waitFor();
    await consentLabel.click();
    await expect.poll(async () => (await suite.server.get<Consent>(token, "/api/consent")).share).toBe(false);
    expect(await suite.server.get<Consent>(token, "/api/consent")).toMatchObject({
      explicit: true,
      retentionDays: 90,
    });
    await page.getByTestId("consent-retention").selectOption("30");
    await expect
      .poll(async () => (await suite.server.get<Consent>(token, "/api/consent")).retentionDays)
      .toBe(30);
    expect(await consent.isChecked()).toBe(false);

    // Delete my data: a first tap only asks; the second deletes and says what went.
    await page.getByTestId("delete-data").click();
    const confirm = page.getByTestId("delete-data-confirm");
    await confirm.waitFor();
    expect(Number((await turns()).count)).toBeGreaterThan(0);
    await wholeScreen(page, "settings-delete-confirm-phone");
    await confirm.click();
    const result = page.getByTestId("delete-data-result");
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Deleted [1-9]\d* records/);
    expect(await result.textContent()).toContain("Conversation turns");
    await wholeScreen(page, "settings-deleted-phone");
    expect(Number((await turns()).count)).toBe(0);
    expect(await suite.server.get<Consent>(token, "/api/consent")).toMatchObject({
      share: false,
      explicit: false,
      retentionDays: 90,
    });
    // The consent row went with the data, so the screen shows the defaults again.
    await expect.poll(() => page.getByTestId("consent-retention").inputValue()).toBe("90");
    // The language toggle rewords the screen.
    await page.getByTestId("lang-toggle").click();
    await page.getByRole("heading", { name: "隐私与数据" }).waitFor();
    await wholeScreen(page, "settings-zh-phone");
  }, 40_000);

  it("raised no script errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
