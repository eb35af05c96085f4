/**
 * End-to-end (issue 16): a delivered order, a quality claim with a photo uploaded from the card, and
 * the platform's decision arriving live on the page (no reload), in headless Chromium against the
 * real server. The photo is stored with the claim; the refund lands once and History shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserMissingReason, type RealServer, say, shot, signIn, useBrowserSuite } from "./harness.ts";

const missing = browserMissingReason();
if (missing) console.warn(`Skipping the browser tests: ${missing}`);

// A real PNG: the signature and an IHDR chunk header are what the service checks.
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

describe.skipIf(missing !== null)("a claim with a photo in the web app, in Chromium", () => {
  // 600×: the platform's hour of review passes in six seconds.
  const suite = useBrowserSuite({ beforeAll, afterAll }, 600);
  const server = (): RealServer => suite.server;

  it("files a quality claim with a photo and shows the refund decision as it arrives", async () => {
    const page = await suite.openPage("desktop", "zh-CN");
    await signIn(page, "xiaoming");

    // Two lattes: a claim over the instant limit (¥20 for quality) is reviewed, so its decision comes later.
    await say(page, "来两杯拿铁送到公司");
    const order = page.locator("[data-testid=task-card][data-status=awaiting_confirmation]").last();
    const orderId = (await order.getAttribute("data-task-id")) ?? "";
    await order.getByTestId("confirm-button").click();
    await page
      .locator(`[data-testid=task-card][data-task-id="${orderId}"][data-status=completed]`)
      .first()
      .waitFor({ timeout: 60_000 });

    await say(page, "拿铁变质了，帮我退款");
    const claim = page.locator("[data-testid=task-card][data-status=awaiting_confirmation]").last();
    await claim.waitFor();
    const claimTaskId = (await claim.getAttribute("data-task-id")) ?? "";
    const token = await server().login("xiaoming");
    const quoted = await server().get<{ quote?: { cartHash: string } }>(token, `/api/tasks/${claimTaskId}`);
    await claim.getByTestId("claim-photo").setInputFiles({
      name: "latte.png",
      mimeType: "image/png",
      buffer: PNG,
    });
    // The photo re-quotes the claim: a new card, a new cart hash, the photo inside what is confirmed.
    await expect
      .poll(
        async () =>
          (await server().get<{ quote?: { cartHash: string } }>(token, `/api/tasks/${claimTaskId}`)).quote
            ?.cartHash,
        { timeout: 15_000 },
      )
      .not.toBe(quoted.quote?.cartHash);
    const card = page.locator(`[data-testid=task-card][data-task-id="${claimTaskId}"]`).last();
    await card.getByTestId("confirm-button").click();

    // Under review first, then the decision arrives on the open page by itself.
    await card
      .locator("[data-testid=after-sale][data-claim-status=under_review]")
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: shot("after-sale-under-review-zh"), fullPage: true });
    await card.locator("[data-testid=after-sale][data-claim-status=refunded]").waitFor({ timeout: 60_000 });
    const refunded = await card.getByTestId("after-sale-refunded").textContent();
    expect(refunded).toMatch(/¥\d+\.\d{2}/);
    await page.screenshot({ path: shot("after-sale-refunded-zh"), fullPage: true });

    const task = await server().get<{ status: string; orderId: string; refundedFen: number }>(
      token,
      `/api/tasks/${claimTaskId}`,
    );
    expect(task.status).toBe("completed");
    expect(task.refundedFen).toBeGreaterThan(0);
    const photos = await server()
      .world.context.db.selectFrom("commerce_claim_photos")
      .selectAll()
      .where("claim_id", "=", task.orderId)
      .execute();
    expect(photos).toHaveLength(1);
    expect(photos[0]?.content_type).toBe("image/png");
    const refunds = await server()
      .world.context.db.selectFrom("pay_refunds")
      .selectAll()
      .where("reason", "like", `%${task.orderId}%`)
      .execute();
    expect(refunds.map((refund) => refund.amount_fen)).toEqual([task.refundedFen]);
    expect(suite.pageErrors).toEqual([]);
  }, 180_000);
});
