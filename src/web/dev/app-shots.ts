/**
 * Walks the built app against the mock API at phone and desktop widths and saves screenshots
 * into artifacts/screenshots/. Run after `npx vite build`: `npx tsx src/web/dev/app-shots.ts`.
 */
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { createMockApi } from "./mock-api.ts";
import { startStaticServer } from "./static-server.ts";

const root = fileURLToPath(new URL("../../../dist/web", import.meta.url));
const out = fileURLToPath(new URL("../../../artifacts/screenshots", import.meta.url));
const port = 4392;
const server = await startStaticServer(root, port, createMockApi());
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
try {
  for (const [name, width, height] of [
    ["desktop", 1280, 860],
    ["phone", 390, 844],
  ] as const) {
    const page = await browser.newPage({
      viewport: { width, height },
      deviceScaleFactor: 2,
      locale: "zh-CN",
    });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId("demo-user-xiaoming").click();
    await page.screenshot({ path: `${out}/login-${name}.png` });
    await page.getByTestId("login-submit").click();
    await page.getByTestId("chat-input").waitFor();
    await page.screenshot({ path: `${out}/chat-empty-${name}.png` });
    await page.getByTestId("chat-input").fill("帮我点两杯少糖的生椰拿铁送到公司");
    await page.getByTestId("chat-input").press("Enter");
    await page.getByTestId("confirm-button").waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/chat-confirm-${name}.png` });
    await page.getByTestId("task-card").screenshot({ path: `${out}/card-confirm-${name}.png` });
    await page.getByTestId("confirm-button").dblclick();
    await page.getByTestId("route-courier").waitFor();
    await page.waitForTimeout(400);
    await page
      .getByTestId("task-card")
      .first()
      .screenshot({ path: `${out}/card-tracking-${name}.png` });
    await page.getByTestId("chat-input").fill("订两张音乐节的票");
    await page.getByTestId("chat-input").press("Enter");
    await page.getByTestId("ticket-qr").waitFor();
    await page.waitForTimeout(300);
    await page
      .getByTestId("task-card")
      .last()
      .screenshot({ path: `${out}/card-ticket-${name}.png` });
    await page.goto(`http://127.0.0.1:${port}/#/history`);
    await page.getByText("Lucky Latte 幸运咖啡").first().waitFor();
    await page.screenshot({ path: `${out}/history-${name}.png` });
    await page.goto(`http://127.0.0.1:${port}/#/profile`);
    // Reloading opens a fresh /api/events stream, whose mock notification then arrives off the chat screen.
    await page.reload();
    await page.getByTestId("wallet-balance").waitFor();
    await page.getByTestId("toast").first().waitFor({ timeout: 5000 });
    await page.screenshot({ path: `${out}/profile-toast-${name}.png` });
    await page.getByTestId("lang-toggle").click();
    await page.screenshot({ path: `${out}/profile-en-${name}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
