/**
 * Helpers for the browser tests: a fresh build of the web app when the sources changed, the REAL
 * server (world, embedded brain, agent, Fastify) in-process on a random loopback port with a fast
 * live clock, and Debian's Chromium driven by playwright-core.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { createBrain } from "../../agent/brain/index.ts";
import { type Agent, createAgent } from "../../agent/runtime.ts";
import { cachedWorld } from "../../ecosystem/world/test-cache.ts";
import type { World } from "../../ecosystem/world/world.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { buildServer } from "../../server/app.ts";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const WEB_ROOT = join(repoRoot, "dist/web");
export const SCREENSHOTS = join(repoRoot, "artifacts/screenshots");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissingReason(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
}

function newestSourceMs(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "e2e") newest = Math.max(newest, newestSourceMs(path));
    } else if (!/\.test\.tsx?$/.test(entry.name)) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/**
 * Builds dist/web with Vite unless it is newer than every source file of the app. Test files run
 * in parallel workers: the first one to need a build holds a lock folder while it builds, the
 * others wait for it and then find the build fresh.
 */
export async function ensureWebBuild(): Promise<void> {
  const index = join(WEB_ROOT, "index.html");
  const fresh = () =>
    existsSync(index) &&
    statSync(index).mtimeMs >
      Math.max(newestSourceMs(join(repoRoot, "src/web")), statSync(join(repoRoot, "vite.config.ts")).mtimeMs);
  if (fresh()) return;
  const lock = join(repoRoot, "dist", ".web-build.lock");
  mkdirSync(join(repoRoot, "dist"), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker builds; a lock older than two minutes was left by a killed run.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (waited > 120_000 || age > 120_000) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    if (fresh()) return;
    const { build } = await import("vite");
    await build({ configFile: join(repoRoot, "vite.config.ts"), logLevel: "warn" });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RealServer {
  url: string;
  world: World;
  agent: Agent;
  app: FastifyInstance;
  /** Signs in through the API (for checks beside the browser) and returns the bearer token. */
  login(username: string): Promise<string>;
  /** GET an API path as a signed-in user. */
  get<T>(token: string, path: string): Promise<T>;
  /** POST to an API path as a signed-in user; returns the status and body. */
  post(token: string, path: string, body: unknown): Promise<{ status: number; body: unknown }>;
  /** PUT to an API path as a signed-in user; returns the status and body. */
  put(token: string, path: string, body: unknown): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/**
 * Starts the real server as `dimple serve` wires it, but in memory and with a faster live clock
 * (`speed` simulated seconds per real second) and a 200 ms fulfilment tick, so a delivery
 * completes in seconds.
 */
export async function startRealServer(speed = 120): Promise<RealServer> {
  const world = await cachedWorld({ clock: { live: speed }, ids: "random" });
  const brain = await createBrain("embedded", world.context);
  const agent = createAgent({ world, brain, observer: new FlywheelRecorder(world.context) });
  const app = await buildServer({ agent, webRoot: WEB_ROOT, sandbox: true });
  const ticker = setInterval(() => {
    world.tick().catch((error) => console.error("fulfilment tick failed", error));
  }, 200);
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const call = async (method: string, token: string | null, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
  return {
    url,
    world,
    agent,
    app,
    async login(username) {
      const { body } = await call("POST", null, "/api/auth/login", { username, password: "dimple123" });
      return (body as { token: string }).token;
    },
    async get<T>(token: string, path: string) {
      const { status, body } = await call("GET", token, path);
      if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(body)}`);
      return body as T;
    },
    post: (token, path, body) => call("POST", token, path, body),
    put: (token, path, body) => call("PUT", token, path, body),
    async close() {
      clearInterval(ticker);
      await app.close();
      await world.close();
    },
  };
}

/** Launches headless Chromium with the flags that keep it quiet and sandbox-free in containers. */
export function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

/** The viewports screenshots are taken at. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** The file a screenshot goes to. */
export const shot = (name: string) => join(SCREENSHOTS, `${name}.png`);

/** What a test file keeps of the pages it opened: their contexts, to close, and their script errors. */
export interface OpenedPages {
  contexts: BrowserContext[];
  pageErrors: string[];
}

/**
 * Opens the app at `url` in a fresh browser context: the viewport, the browser language, Shanghai time
 * and reduced motion (steady screenshots). Every script error of the page is collected.
 */
export async function openAppPage(
  browser: Browser,
  url: string,
  opened: OpenedPages,
  viewport: keyof typeof VIEWPORTS,
  locale: string,
  scale = 1,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    deviceScaleFactor: scale,
    locale,
    timezoneId: "Asia/Shanghai",
    reducedMotion: "reduce",
  });
  opened.contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => opened.pageErrors.push(error.message));
  await page.goto(url);
  return page;
}

/** What a browser test file works with: the real server, Chromium, and pages opened on them. */
export interface BrowserSuite {
  readonly server: RealServer;
  readonly browser: Browser;
  /** Script errors of every page opened, for the file's last check. */
  readonly pageErrors: string[];
  openPage(viewport: keyof typeof VIEWPORTS, locale: string, scale?: number): Promise<Page>;
  /** A page opened at another address than the app's home (a confirm link, say). */
  openPageAt(url: string, viewport: keyof typeof VIEWPORTS, locale: string): Promise<Page>;
}

/**
 * Registers the hooks of a browser test file (build, real server at `speed`, Chromium; all closed
 * after) and returns the suite its tests use once `beforeAll` has run.
 */
export function useBrowserSuite(
  hooks: {
    beforeAll: (run: () => Promise<void>, timeout?: number) => void;
    afterAll: (run: () => Promise<void>) => void;
  },
  speed = 120,
  timeoutMs = 120_000,
): BrowserSuite {
  const opened: OpenedPages = { contexts: [], pageErrors: [] };
  const state = {} as { server: RealServer; browser: Browser };
  hooks.beforeAll(async () => {
    await ensureWebBuild();
    [state.server, state.browser] = await Promise.all([startRealServer(speed), launchBrowser()]);
  }, timeoutMs);
  hooks.afterAll(async () => {
    for (const context of opened.contexts) await context.close().catch(() => {});
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get server() {
      return state.server;
    },
    get browser() {
      return state.browser;
    },
    pageErrors: opened.pageErrors,
    openPage: (viewport, locale, scale = 1) =>
      openAppPage(state.browser, state.server.url, opened, viewport, locale, scale),
    openPageAt: (url, viewport, locale) => openAppPage(state.browser, url, opened, viewport, locale),
  };
}

/** Signs in on the login screen (with the button, or Enter in the password box) and waits for the chat. */
export async function signIn(
  page: Page,
  username: string,
  password = "dimple123",
  submit: "button" | "enter" = "button",
): Promise<void> {
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  if (submit === "enter") await page.getByTestId("login-password").press("Enter");
  else await page.getByTestId("login-submit").click();
  await page.getByTestId("chat-input").waitFor();
}

/** Types into the chat input and sends with Enter, as a keyboard user would. */
export async function say(page: Page, text: string): Promise<void> {
  await page.getByTestId("chat-input").fill(text);
  await page.getByTestId("chat-input").press("Enter");
}
