/**
 * Screenshots of the avatar gallery at phone and desktop widths, into artifacts/screenshots/.
 * Run after `npx vite build`: `npx tsx src/web/dev/gallery-shots.ts`.
 */
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startStaticServer } from "./static-server.ts";

const root = fileURLToPath(new URL("../../../dist/web", import.meta.url));
const out = fileURLToPath(new URL("../../../artifacts/screenshots", import.meta.url));
const port = 4391;

const server = await startStaticServer(root, port);
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
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`http://127.0.0.1:${port}/#/avatar-gallery`);
    await page.waitForSelector("[data-testid=avatar]");
    await page.screenshot({ path: `${out}/gallery-${name}.png`, fullPage: true });
    for (const item of await page.locator("[data-gallery-expression]").all()) {
      const expression = await item.getAttribute("data-gallery-expression");
      await item.screenshot({ path: `${out}/avatar-${expression}-${name}.png` });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
