/**
 * End-to-end (issue 13): an axe-core scan of the built app against the real server in Chromium —
 * the login screen, the chat with a delivery card waiting for confirmation, History (orders and
 * payments) and Settings, at desktop and phone sizes, in Chinese and English. Any serious or critical
 * violation fails the test, with the rule, the impact and the offending elements in the message.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserMissingReason, say, signIn, useBrowserSuite } from "./harness.ts";

const missing = browserMissingReason();
if (missing) console.warn(`Skipping the browser tests: ${missing}`);

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it stands and returns its serious and critical violations. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self')
  // refuses inline script tags, and is left as it is.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, { resultTypes: ["violations"] })) as {
      violations: AxeViolation[];
    };
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map(
      (violation) =>
        `${violation.impact} ${violation.id} (${violation.help}): ${violation.nodes
          .slice(0, 4)
          .map((node) => `${node.target.join(" ")} — ${node.failureSummary ?? ""}`)
          .join("; ")}`,
    )
    .join("\n");

const cases = [
  { viewport: "desktop", locale: "zh-CN", user: "xiaoming", order: "帮我点一杯少糖的拿铁送到公司" },
  {
    viewport: "desktop",
    locale: "en-US",
    user: "alice",
    order: "order me a latte with less sugar to the office",
  },
  { viewport: "phone", locale: "zh-CN", user: "lihua", order: "帮我点一杯少糖的拿铁送到公司" },
  {
    viewport: "phone",
    locale: "en-US",
    user: "bob",
    order: "order me a latte with less sugar to the office",
  },
] as const;

describe.skipIf(missing !== null)("accessibility (axe-core), in Chromium", () => {
  const suite = useBrowserSuite({ beforeAll, afterAll });

  for (const { viewport, locale, user, order } of cases) {
    it(`has no serious or critical violations on login, chat with a card, History, Payments and Settings (${viewport}, ${locale})`, async () => {
      const page = await suite.openPage(viewport, locale);
      const found: string[] = [];
      const scan = async (screen: string) => {
        const violations = await seriousViolations(page);
        if (violations.length > 0) found.push(`${screen}:\n${describeViolations(violations)}`);
      };

      await page.getByTestId("login-username").waitFor();
      await scan("login");
      await signIn(page, user);
      await say(page, order);
      await page
        .locator("[data-testid=task-card][data-status=awaiting_confirmation]")
        .getByTestId("confirm-button")
        .waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      await scan("chat with a card");

      await page.goto(`${suite.server.url}/#/history`);
      await page.locator("#orders-heading").waitFor();
      await scan("history");
      await page.locator("#payments-heading").scrollIntoViewIfNeeded();
      await scan("payments");

      await page.goto(`${suite.server.url}/#/settings`);
      await page.locator(".settings-page h1").waitFor();
      await page.waitForTimeout(500);
      await scan("settings");

      expect(found.join("\n\n"), `axe-core, ${viewport} ${locale}`).toBe("");
    }, 90_000);
  }

  it("raises no page script errors", () => {
    expect(suite.pageErrors).toEqual([]);
  });
});
