/**
 * End-to-end (issue 13), the built app against the real server in Chromium: switching the UI language
 * mid-chat rewords everything the app itself wrote (greeting, starters, card labels, timeline steps)
 * while the server's words stay as they were said; a tall delivery card on a phone opens with its
 * title in view and its confirm button still reachable. Screenshots go to artifacts/screenshots/.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserMissingReason, say, shot, signIn, useBrowserSuite } from "./harness.ts";

const missing = browserMissingReason();
if (missing) console.warn(`Skipping the browser tests: ${missing}`);

/** Han text in the chat that the app wrote itself (not the server's words, not the user's), with its labels. */
const appChineseTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const root = document.querySelector(".chat-main");
    if (!root) return ["no chat"];
    const found: string[] = [];
    const owned = (element: Element) =>
      !element.closest("[data-server-text], [data-testid=lang-toggle], .bubble-user, .composer-input");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !owned(element) || !/\p{Script=Han}/u.test(node.textContent ?? "")) continue;
      found.push(`${element.className || element.tagName}: ${(node.textContent ?? "").trim()}`);
    }
    for (const element of root.querySelectorAll("[aria-label],[title],[placeholder]")) {
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = element.getAttribute(name) ?? "";
        if (/\p{Script=Han}/u.test(value) && owned(element)) found.push(`${name}: ${value}`);
      }
    }
    return found;
  });

describe.skipIf(missing !== null)("language switch and tall cards in the chat, in Chromium", () => {
  const suite = useBrowserSuite({ beforeAll, afterAll });

  it("rewords the app's own words in earlier bubbles when the language is switched; the server's stay", async () => {
    const page = await suite.openPage("desktop", "zh-CN");
    await signIn(page, "xiaoming");
    await say(page, "帮我点一杯少糖的拿铁送到公司");
    const card = page.locator("[data-testid=task-card][data-status=awaiting_confirmation]").last();
    await card.getByTestId("confirm-button").waitFor();
    const taskId = (await card.getAttribute("data-task-id")) ?? "";
    await card.getByTestId("confirm-button").click();
    const placed = page.locator(`[data-testid=task-card][data-task-id=${taskId}]`);
    await placed.getByTestId("timeline-step").nth(1).waitFor({ timeout: 30_000 });
    // A message the server fails to take: the app words the error itself.
    const messages = "**/api/sessions/*/messages";
    await page.route(messages, (route) =>
      route.fulfill({
        status: 500,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "internal", message: "Internal server error" } }),
      }),
    );
    await say(page, "你好");
    await page.locator(".bubble-error").waitFor();
    await page.unroute(messages);
    expect(await page.locator(".bubble-error").textContent()).toMatch(/\p{Script=Han}/u);
    // Before the switch the app's own words are Chinese (so the check below can fail).
    const before = await appChineseTexts(page);
    expect(before.length).toBeGreaterThan(5);
    const reply = (await page.locator(".bubble-reply").first().textContent()) ?? "";

    await page.getByTestId("lang-toggle").click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: shot("app-language-switched-desktop") });
    expect(await appChineseTexts(page)).toEqual([]);
    expect(await page.locator(".welcome").textContent()).toMatch(/[A-Za-z]/);
    expect(await page.locator(".bubble-error").textContent()).toContain("The server had a problem");
    expect((await placed.getByTestId("timeline-step").allTextContents()).join(" ")).toMatch(/[A-Za-z]{3}/);
    // What the server said stays as it was said.
    expect(await page.locator(".bubble-reply").first().textContent()).toBe(reply);

    // And back: the app's words are Chinese again.
    await page.getByTestId("lang-toggle").click();
    await page.waitForTimeout(400);
    expect((await appChineseTexts(page)).length).toBe(before.length);
  }, 90_000);

  it("opens a tall delivery card on a phone at its title, with the confirm button still in view", async () => {
    const page = await suite.openPage("phone", "zh-CN");
    await signIn(page, "lihua");
    await say(page, "帮我点三杯少糖的拿铁、两杯美式和两个可颂送到公司");
    const card = page.locator("[data-testid=task-card][data-status=awaiting_confirmation]").last();
    await card.getByTestId("confirm-button").waitFor({ timeout: 30_000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: shot("app-tall-card-phone") });
    const scroller = await page.locator(".message-scroll").boundingBox();
    const cardBox = await card.boundingBox();
    const title = await card.locator(".task-header").boundingBox();
    const button = await card.getByTestId("confirm-button").boundingBox();
    const composer = await page.locator(".composer").boundingBox();
    if (!scroller || !cardBox || !title || !button || !composer) throw new Error("card or chat not laid out");
    // The order is long enough for the card to be taller than the conversation area.
    expect(cardBox.height).toBeGreaterThan(scroller.height);
    // Its title is in view, at the top of the conversation area...
    expect(title.y).toBeGreaterThanOrEqual(scroller.y - 1);
    expect(title.y + title.height).toBeLessThanOrEqual(scroller.y + scroller.height);
    // ...and the confirm button too, above the message box.
    expect(button.y).toBeGreaterThanOrEqual(scroller.y);
    expect(button.y + button.height).toBeLessThanOrEqual(
      Math.min(composer.y, scroller.y + scroller.height) + 1,
    );
    // The button works from there: the tap reaches the server and the card leaves its waiting state
    // (paid, refused for the balance, or asking for the PIN first).
    const taskId = (await card.getAttribute("data-task-id")) ?? "";
    await card.getByTestId("confirm-button").click();
    await page
      .locator(
        `[data-testid=task-card][data-task-id=${taskId}]:not([data-status=awaiting_confirmation]), [data-testid=task-card][data-task-id=${taskId}] [data-testid=pin-input]`,
      )
      .first()
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: shot("app-tall-card-confirmed-phone") });
  }, 60_000);

  it("raises no page script errors", () => {
    expect(suite.pageErrors).toEqual([]);
  });
});
