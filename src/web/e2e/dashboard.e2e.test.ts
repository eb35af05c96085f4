/**
 * End-to-end: the operator dashboard in headless Chromium against the REAL server, on a world that
 * the traffic simulator fills in-process (the real agent, brain, engine and services on the
 * simulated clock). The numbers on screen are checked against `GET /api/analytics`; screenshots go
 * to artifacts/screenshots/dashboard-*.png.
 */
import type { FastifyInstance } from "fastify";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrain } from "../../agent/brain/index.ts";
import { createAgent } from "../../agent/runtime.ts";
import { cachedWorld } from "../../ecosystem/world/test-cache.ts";
import type { World } from "../../ecosystem/world/world.ts";
import { simulateTraffic } from "../../flywheel/simulate/simulator.ts";
import { buildServer } from "../../server/app.ts";
import type { AnalyticsReport } from "../api/types.ts";
import { formatRate, funnelBars } from "../dashboard/series.ts";
import { formatFen } from "../format/money.ts";
import {
  browserMissingReason,
  ensureWebBuild,
  launchBrowser,
  openAppPage,
  shot,
  VIEWPORTS,
  WEB_ROOT,
} from "./harness.ts";

const missing = browserMissingReason();
if (missing) console.warn(`Skipping the dashboard browser tests: ${missing}`);

describe.skipIf(missing !== null)("the operator dashboard against the real server, in Chromium", () => {
  let world: World;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    // A simulated clock, so the simulator can run days of traffic in seconds on the server's world.
    world = await cachedWorld({ ids: "random" });
    const agent = createAgent({ world, brain: await createBrain("embedded", world.context) });
    app = await buildServer({ agent, webRoot: WEB_ROOT, sandbox: true });
    [url, browser] = await Promise.all([app.listen({ port: 0, host: "127.0.0.1" }), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await app?.close();
    await world?.close();
  });

  const api = async (path: string, token: string) => {
    const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const tokenOf = async (username: string, password: string) => {
    const response = await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    return ((await response.json()) as { token: string }).token;
  };

  const openPage = (viewport: keyof typeof VIEWPORTS, locale: string): Promise<Page> =>
    openAppPage(browser, url, { contexts, pageErrors }, viewport, locale);

  async function signIn(page: Page, username: string, password: string): Promise<void> {
    await page.getByTestId("login-username").fill(username);
    await page.getByTestId("login-password").fill(password);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("chat-input").waitFor();
  }

  /** The app scrolls inside its content area, so a whole-screen picture needs a viewport as tall as the content. */
  async function shootWhole(page: Page, name: string): Promise<void> {
    const viewport = page.viewportSize() ?? VIEWPORTS.desktop;
    const height = await page.evaluate(() => {
      const header = document.querySelector(".app-header")?.getBoundingClientRect().height ?? 0;
      return Math.ceil(header + (document.querySelector(".app-content")?.scrollHeight ?? 0));
    });
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
    await page.waitForTimeout(300); // the charts follow their panels' new size
    await page.screenshot({ path: shot(name) });
    await page.setViewportSize(viewport);
  }

  /** The labels drawn in an SVG chart; Recharts puts each word of a label in its own tspan. */
  const svgLabels = (chart: Locator) =>
    chart.locator(".recharts-label-list text").evaluateAll((texts) =>
      texts.map((text) => {
        const spans = [...text.querySelectorAll("tspan")];
        return spans.length > 0 ? spans.map((span) => span.textContent).join(" ") : (text.textContent ?? "");
      }),
    );

  const kpi = (page: Page, id: string) => page.getByTestId(`kpi-${id}-value`).textContent();

  it("shows operators an empty state before anyone has used Dimple", async () => {
    const page = await openPage("desktop", "en-US");
    await signIn(page, "operator", "dimple-ops");
    await page.locator('a[href="#/dashboard"]').click();
    await page.getByTestId("dashboard-empty").waitFor();
    expect(await page.locator(".recharts-surface").count()).toBe(0);
    await page.screenshot({ path: shot("dashboard-empty-desktop") });
  });

  it("draws the figures of GET /api/analytics once there is traffic", async () => {
    await simulateTraffic(world, { users: 24, days: 8, seed: 3 });
    const token = await tokenOf("operator", "dimple-ops");
    const { status, body } = await api("/api/analytics", token);
    expect(status).toBe(200);
    const report = body as AnalyticsReport;
    expect(report.latencyMs.turns).toBeGreaterThan(0);
    expect(report.funnel.delivered).toBeGreaterThan(0);

    const page = await openPage("desktop", "en-US");
    await signIn(page, "operator", "dimple-ops");
    await page.locator('a[href="#/dashboard"]').click();
    await page.getByTestId("kpi-dau").waitFor();

    // The tiles show exactly the server's figures.
    expect(await kpi(page, "dau")).toBe(String(report.users.dau));
    expect(await kpi(page, "wau")).toBe(String(report.users.wau));
    expect(await kpi(page, "mau")).toBe(String(report.users.mau));
    expect(await kpi(page, "active-rate")).toBe(formatRate(report.users.activeRate));
    expect(await kpi(page, "uses-per-user")).toBe(String(report.usesPerUserPerMonth));
    expect(await kpi(page, "gmv")).toBe(formatFen(report.gmv.grossFen));
    expect(await kpi(page, "turns-per-task")).toBe(String(report.turnsPerTask.mean));
    expect(await page.getByTestId("dashboard-as-of").textContent()).toContain(report.asOf);

    // Every chart is drawn as SVG with its marks.
    const chart = (id: string) => page.getByTestId(`chart-${id}`);
    await chart("daily-active").locator(".recharts-line-curve").first().waitFor();
    expect(await chart("daily-active").locator(".recharts-line-curve").count()).toBe(2);
    // One point per day from the first listed day to the report's day (or a later day of payments
    // without turns), quiet days included.
    const firstDay = Date.parse(report.dailyActive[0]?.day ?? "");
    const lastDay = Math.max(Date.parse(report.asOf), Date.parse(report.dailyActive.at(-1)?.day ?? ""));
    const days = (lastDay - firstDay) / 86_400_000 + 1;
    expect(days).toBeGreaterThanOrEqual(7);
    expect(await chart("daily-active").locator(".recharts-line-dots").first().locator("circle").count()).toBe(
      days,
    );
    const funnelLabels = await svgLabels(chart("funnel"));
    expect(funnelLabels).toEqual(
      funnelBars(report.funnel).map((bar) =>
        bar.stepRate === null ? String(bar.count) : `${bar.count} · ${formatRate(bar.stepRate)}`,
      ),
    );
    expect(await chart("funnel").locator(".recharts-bar-rectangle").count()).toBe(5);
    const eligible = Object.values(report.retention).filter((entry) => entry.eligible > 0).length;
    expect(eligible).toBeGreaterThan(0);
    const retentionLabels = await svgLabels(chart("retention"));
    expect(retentionLabels[0]).toBe(formatRate(report.retention.d1.rate));
    expect(retentionLabels.filter((label) => label === "not yet")).toHaveLength(4 - eligible);
    const intents = Object.keys(report.successByIntent).length;
    expect(await chart("success-intent").locator(".recharts-bar-rectangle").count()).toBe(intents);
    expect(await chart("success-lang").locator(".recharts-bar-rectangle").count()).toBe(
      Object.keys(report.successByLang).length,
    );
    expect(await svgLabels(chart("latency"))).toEqual([
      String(report.latencyMs.p50),
      String(report.latencyMs.p90),
      String(report.latencyMs.p95),
      String(report.latencyMs.p99),
    ]);
    expect(await chart("gmv-daily").locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);
    // The GMV bars add up to the GMV tile.
    expect(report.dailyActive.reduce((sum, day) => sum + day.gmvFen, 0)).toBe(report.gmv.grossFen);
    const reasons = Object.keys(report.failureReasons).length;
    expect(await page.getByTestId("failure-reason").count()).toBe(reasons > 10 ? 11 : reasons);
    await shootWhole(page, "dashboard-desktop");

    // The language toggle rewords the dashboard.
    await page.getByTestId("lang-toggle").click();
    await page.getByRole("heading", { name: "运营看板" }).waitFor();
    expect(await chart("funnel").textContent()).toContain("已付款");
    await shootWhole(page, "dashboard-zh-desktop");

    // On a phone the charts shrink to the screen and nothing is wider than it.
    await page.setViewportSize(VIEWPORTS.phone);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const width of await page
      .locator(".recharts-surface")
      .evaluateAll((surfaces) => surfaces.map((surface) => surface.getBoundingClientRect().width)))
      expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot("dashboard-phone") });
    await shootWhole(page, "dashboard-whole-phone");
  }, 240_000);

  it("gives a normal user no entry and an operators-only message", async () => {
    const token = await tokenOf("xiaoming", "dimple123");
    expect((await api("/api/analytics", token)).status).toBe(403);

    const page = await openPage("phone", "zh-CN");
    await signIn(page, "xiaoming", "dimple123");
    // Once the profile has loaded (the role is known), the navigation has no dashboard entry.
    await page.locator('a[href="#/profile"]').click();
    await page.getByTestId("wallet-balance").waitFor();
    expect(await page.locator('a[href="#/dashboard"]').count()).toBe(0);

    await page.goto(`${url}/#/dashboard`);
    const notice = page.getByTestId("dashboard-forbidden");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("仅限运营人员");
    expect(await page.locator(".recharts-surface").count()).toBe(0);
    expect(await page.getByTestId("kpi-dau").count()).toBe(0);
    await page.screenshot({ path: shot("dashboard-forbidden-phone") });
    await notice.getByRole("link").click();
    await page.getByTestId("chat-input").waitFor();
  });

  it("raised no script errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
