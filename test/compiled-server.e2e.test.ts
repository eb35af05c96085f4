import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { SERVE_NODE_FLAGS } from "../src/server/node-flags.ts";

/**
 * The compiled server (scripts/build-server.js → dist/server/, which bin/dimple.js runs while it is
 * up to date): the freshness check on its own, then a real build, spawned as `dimple serve` on a
 * fresh database, answering health, the web app and a turn that needs the NLU model and the seeded
 * world (files the bundle finds relative to the sources it came from).
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

type Freshness = { url?: string; why?: string };
const { compiledEntry } = (await import(pathToFileURL(join(ROOT, "bin/compiled.js")).href)) as {
  compiledEntry(options: { root?: string; dir?: string }): Freshness;
};
const { buildServer } = (await import(pathToFileURL(join(ROOT, "scripts/build-server.js")).href)) as {
  buildServer(options: { outdir: string; quiet: boolean }): Promise<{ outdir: string; inputs: number }>;
};

const scratch = mkdtempSync(join(tmpdir(), "dimple-compiled-"));
// Inside the repository so the bundle's external packages resolve from its node_modules.
const outdir = join(ROOT, "dist", `server-test-${process.pid}`);
let server: ChildProcess | undefined;

afterAll(() => {
  if (server?.exitCode === null) server.kill("SIGKILL");
  rmSync(scratch, { recursive: true, force: true });
  rmSync(outdir, { recursive: true, force: true });
});

describe("the compiled server's freshness check", () => {
  const root = join(scratch, "repo");
  const dir = join(root, "dist/server");
  const source = join(root, "src/a.ts");

  function build() {
    mkdirSync(join(root, "src"), { recursive: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(source, "export const a = 1;\n");
    writeFileSync(join(dir, "main.js"), "export const main = () => 0;\n");
    const stat = { size: 20, mtimeMs: 0 };
    stat.mtimeMs = Math.trunc(Date.now() / 1000) * 1000 - 60_000;
    utimesSync(source, stat.mtimeMs / 1000, stat.mtimeMs / 1000);
    writeFileSync(
      join(dir, "manifest.json"),
      JSON.stringify({ entry: "main.js", inputs: { "src/a.ts": stat } }),
    );
  }

  it("runs the build only while every input has its recorded size and time", () => {
    expect(compiledEntry({ root })).toEqual({ why: "not built" });
    build();
    expect(compiledEntry({ root })).toEqual({ url: pathToFileURL(join(dir, "main.js")).href });

    writeFileSync(source, "export const a = 2;\n"); // same size, new time
    expect(compiledEntry({ root })).toEqual({ why: "src/a.ts changed" });

    build();
    writeFileSync(source, "export const a = 10;\n"); // new size
    const old = Math.trunc(Date.now() / 1000) - 60;
    utimesSync(source, old, old);
    expect(compiledEntry({ root })).toEqual({ why: "src/a.ts changed" });

    build();
    rmSync(source);
    expect(compiledEntry({ root })).toEqual({ why: "src/a.ts is gone" });

    build();
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ entry: "main.js", inputs: {} }));
    expect(compiledEntry({ root })).toEqual({ why: "manifest incomplete" });
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function json<T>(base: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status, `${path}`).toBeLessThan(300);
  return (await response.json()) as T;
}

describe("npm start", () => {
  it("builds the server and starts it with serve's V8 flags, as the benchmark does", () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts as Record<
      string,
      string
    >;
    expect(scripts.build).toContain("node scripts/build-server.js");
    expect(scripts.start).toContain("npm run build");
    expect(scripts.start).toContain(`node ${SERVE_NODE_FLAGS.join(" ")} bin/dimple.js serve`);
  });
});

describe("the compiled server", () => {
  it("builds, is up to date, and serves a fresh world from the bundle", async () => {
    const built = await buildServer({ outdir, quiet: true });
    expect(built.inputs).toBeGreaterThan(100);
    const fresh = compiledEntry({ dir: outdir });
    expect(fresh.url).toBe(pathToFileURL(join(outdir, "main.js")).href);
    // No TypeScript at run time: the bundle imports no .ts file and not tsx.
    const entry = readFileSync(join(outdir, "main.js"), "utf8");
    expect(entry).not.toMatch(/from\s*"[^"]*\.ts"|tsx/u);

    const port = await freePort();
    const start = `const { main } = await import(${JSON.stringify(fresh.url)}); process.exitCode = await main(process.argv.slice(1));`;
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        ...SERVE_NODE_FLAGS,
        "--input-type=module",
        "-e",
        start,
        "serve",
        "--port",
        String(port),
        "--db",
        `sqlite:${join(scratch, "fresh.db")}`,
        "--quiet",
      ],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, DIMPLE_NLU_DIR: join(scratch, "nlu") } },
    );
    server = child;
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`compiled serve exited: ${stderr}`);
      const ok = await fetch(`${base}/api/health`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ok) break;
      if (performance.now() - started > 60_000) throw new Error(`not ready in 60 s: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(stderr).toContain("Dimple is serving on");

    // The web root resolves to the repository's dist/web from the bundle too: either the built app
    // or the plain-text hint to build it, never a 404 or a crash.
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    // The API docs, whose Swagger UI serves files of its own package (kept out of the bundle).
    for (const path of ["/docs/json", "/docs/static/swagger-ui-bundle.js", "/docs/static/index.html"])
      expect((await fetch(`${base}${path}`)).status, path).toBe(200);

    const users = await json<{ username: string; password: string }[]>(base, "/api/auth/demo-users");
    const alice = users.find((user) => user.username === "alice");
    expect(alice).toBeDefined();
    const { token } = await json<{ token: string }>(base, "/api/auth/login", {
      username: alice?.username,
      password: alice?.password,
    });
    const { sessionId } = await json<{ sessionId: string }>(base, "/api/sessions", { lang: "en" }, token);
    const { events } = await json<{ events: { type: string; status?: string }[] }>(
      base,
      `/api/sessions/${sessionId}/messages`,
      { text: "a latte to my office" },
      token,
    );
    expect(events.some((event) => event.type === "task" && event.status === "awaiting_confirmation")).toBe(
      true,
    );

    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);
});
