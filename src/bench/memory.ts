import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

/**
 * `npx tsx src/bench/memory.ts [--sessions 1000] [--turns 10000] [--every 1000] [--in-flight 4]`:
 * the resident set of one `dimple serve` as `npm start` runs it (compiled build, the launcher's V8
 * flags and malloc arenas, a fresh SQLite file copied from the seed image), read from
 * /proc/PID/status at ready, after `--sessions` sessions of one turn each (the demo users, zh and
 * en: weather, places nearby, an order that makes a card, a cancel), and every `--every` turns of
 * `--turns` more. Prints one JSON line a sample: `{"at", "turns", "rssMb", "anonMb", "fileMb"}`.
 * The ready sample waits for the resident set to settle (see `settled`): taken the moment
 * `/api/health` answers, it moved ±10 MB with start-up garbage not yet collected.
 * Resident sets do not depend on the machine's load the way times do; the turn rate it prints does.
 * `--snapshot DIR` also writes a V8 heap snapshot of the server into DIR after each sample
 * (`--heapsnapshot-signal`), to compare what is retained at ready, with the sessions, and after turns.
 */
const { values } = parseArgs({
  options: {
    sessions: { type: "string", default: "1000" },
    turns: { type: "string", default: "10000" },
    every: { type: "string", default: "1000" },
    "in-flight": { type: "string", default: "4" },
    snapshot: { type: "string" },
  },
});
const sessions = Number(values.sessions);
const turns = Number(values.turns);
const every = Number(values.every);
const inFlight = Number(values["in-flight"]);
const snapshotDir = values.snapshot;

const TEXTS = {
  zh: ["今天杭州天气怎么样", "附近有什么咖啡店", "帮我点一杯拿铁送到公司", "取消"],
  en: ["what's the weather today", "coffee shops near me", "order a latte to my office", "cancel"],
} as const;

// Measured as npm start runs it: on the compiled build, brought up to date first.
execFileSync(process.execPath, ["scripts/build-server.js", "--quiet"], { stdio: "inherit" });

const dir = mkdtempSync(join(tmpdir(), "dimple-memory-"));
const port = 20_000 + (process.pid % 20_000);
const base = `http://127.0.0.1:${port}`;
// DIMPLE_LEAN is left alone: the launcher relaunches the server with its flags, as under npm start.
const launcher = spawn(
  process.execPath,
  [
    "bin/dimple.js",
    "serve",
    "--port",
    String(port),
    "--db",
    `sqlite:${join(dir, "memory.db")}`,
    "--chat-rate",
    "0",
    "--quiet",
  ],
  {
    stdio: ["ignore", "ignore", "inherit"],
    env: snapshotDir
      ? {
          ...process.env,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}`,
        }
      : process.env,
  },
);

/** The process that serves: the launcher's child when it relaunched itself, else the launcher. */
function serverPid(): number {
  const pid = launcher.pid as number;
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/);
    return Number(children[0]) || pid;
  } catch {
    return pid;
  }
}

/** A field of the server's /proc status, in kB. */
function statusKb(field: string, status = readFileSync(`/proc/${serverPid()}/status`, "utf8")): number {
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
}

/**
 * Waits until the idle server's resident set holds still: at least `SETTLE_MIN_MS` after ready (V8
 * collects start-up garbage once allocation stops), then readings `SETTLE_EVERY_MS` apart until
 * `SETTLE_READINGS` in a row lie within 1 MB, at most `SETTLE_MAX_MS`. Returns the seconds waited.
 */
const SETTLE_MIN_MS = 3000;
const SETTLE_EVERY_MS = 500;
const SETTLE_READINGS = 4;
const SETTLE_MAX_MS = 15_000;
async function settled(): Promise<number> {
  const from = performance.now();
  const readings: number[] = [];
  for (;;) {
    const waited = performance.now() - from;
    readings.push(statusKb("VmRSS"));
    const last = readings.slice(-SETTLE_READINGS);
    const still = last.length === SETTLE_READINGS && Math.max(...last) - Math.min(...last) <= 1024;
    if ((still && waited >= SETTLE_MIN_MS) || waited >= SETTLE_MAX_MS) return Math.round(waited / 100) / 10;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_EVERY_MS));
  }
}

function sample(at: string, done: number, extra: Record<string, number> = {}): void {
  const status = readFileSync(`/proc/${serverPid()}/status`, "utf8");
  const kb = (field: string) => statusKb(field, status);
  const mb = (value: number) => Math.round((value / 1024) * 10) / 10;
  console.log(
    JSON.stringify({
      at,
      turns: done,
      rssMb: mb(kb("VmRSS")),
      anonMb: mb(kb("RssAnon")),
      fileMb: mb(kb("RssFile")),
      seconds: Math.round((performance.now() - started) / 100) / 10,
      ...extra,
    }),
  );
}

/** With `--snapshot`: has the server write a heap snapshot and waits until the file is complete. */
async function snapshot(): Promise<void> {
  if (!snapshotDir) return;
  const before = new Set(readdirSync(snapshotDir));
  process.kill(serverPid(), "SIGUSR2");
  for (let waited = 0; waited < 120_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const written = readdirSync(snapshotDir).find(
      (name) => !before.has(name) && name.endsWith(".heapsnapshot"),
    );
    // V8 writes the file in one pass; its size stops changing when it is done.
    if (written) {
      const size = statSync(join(snapshotDir, written)).size;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (size > 0 && statSync(join(snapshotDir, written)).size === size) return;
    }
  }
}

async function call(path: string, body?: unknown, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(base + path, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

async function ready(): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    if (launcher.exitCode !== null) throw new Error(`dimple serve exited with ${launcher.exitCode}`);
    if (
      await fetch(`${base}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("dimple serve was not ready after 60 s");
}

interface Session {
  id: string;
  token: string;
  lang: "zh" | "en";
}

let said = 0;
async function turn(session: Session): Promise<void> {
  const texts = TEXTS[session.lang];
  await call(`/api/sessions/${session.id}/messages`, { text: texts[said++ % texts.length] }, session.token);
}

/** Runs `count` jobs, `inFlight` at a time. */
async function inParallel(count: number, job: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) await job(next++);
    }),
  );
}

const started = performance.now();
try {
  await ready();
  const rssAtHealthMb = Math.round(statusKb("VmRSS") / 102.4) / 10;
  const settledAfterS = await settled();
  sample("ready", 0, { rssAtHealthMb, settledAfterS });
  await snapshot();
  const demo = (await call("/api/auth/demo-users")) as unknown as {
    username: string;
    password: string;
    lang: string;
  }[];
  const users = await Promise.all(
    demo.map(async (user) => ({
      token: String(
        (await call("/api/auth/login", { username: user.username, password: user.password })).token,
      ),
      lang: user.lang === "en" ? ("en" as const) : ("zh" as const),
    })),
  );
  const open: Session[] = [];
  await inParallel(sessions, async (index) => {
    const user = users[index % users.length] as (typeof users)[number];
    const { sessionId } = await call("/api/sessions", { lang: user.lang }, user.token);
    const session = { id: String(sessionId), token: user.token, lang: user.lang };
    open.push(session);
    await turn(session);
  });
  sample("sessions", sessions);
  await snapshot();
  let done = 0;
  await inParallel(turns, async (index) => {
    await turn(open[index % open.length] as Session);
    done++;
    if (done % every === 0) sample("turns", sessions + done);
  });
  if (turns > 0) await snapshot();
} finally {
  launcher.kill("SIGTERM");
  await new Promise((resolve) => launcher.once("exit", resolve));
  rmSync(dir, { recursive: true, force: true });
}
