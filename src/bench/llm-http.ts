import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SERVE_NODE_FLAGS } from "../server/node-flags.ts";
import { percentile, round2 } from "./stats.ts";
import { TURN_MIX } from "./turns.ts";

const DIMPLE = fileURLToPath(new URL("../../bin/dimple.js", import.meta.url));
const COMPILED = fileURLToPath(new URL("../../bin/compiled.js", import.meta.url));

/** Which code `bin/dimple.js` will run: the compiled dist/server, or the sources and why. */
async function serverCode(): Promise<string> {
  const { compiledEntry } = (await import(pathToFileURL(COMPILED).href)) as {
    compiledEntry(): { url?: string; why?: string };
  };
  const entry = process.env.DIMPLE_TSX === "1" ? { why: "DIMPLE_TSX=1" } : compiledEntry();
  return entry.url ? "dist/server" : `sources through tsx (${entry.why})`;
}

export interface LlmHttpBenchOptions {
  /** The model endpoint the server's LLM brain talks to (an instant mock for this benchmark). */
  baseUrl: string;
  model: string;
  /** The mock's JSON-lines request log (peer-openclaw/mock.mjs writes one), for prompt sizes. */
  mockLog?: string;
  turns: number;
  turnsPerSession: number;
  port: number;
  log?: (line: string) => void;
}

interface Reply {
  status: number;
  body: unknown;
}

/** One request on a fresh TCP connection (as the peer benchmark does), JSON in and out. */
function call(port: number, method: string, path: string, body?: unknown, token?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        agent: false,
        headers: {
          ...(payload
            ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }
            : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("end", () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {}
          resolve({ status: response.statusCode ?? 0, body: parsed });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `dimple serve --brain llm` as `npm start` does (with its V8 flags) and times spawn →
 * GET /api/health answering 200.
 */
async function boot(
  options: LlmHttpBenchOptions,
  database: string,
): Promise<{ child: ChildProcess; readyMs: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...SERVE_NODE_FLAGS,
      DIMPLE,
      "serve",
      "--brain",
      "llm",
      "--port",
      String(options.port),
      "--db",
      `sqlite:${database}`,
      "--quiet",
      // Hundreds of turns as one user: the per-user chat limit would cut the benchmark short.
      "--chat-rate",
      "0",
    ],
    {
      env: { ...process.env, DIMPLE_LLM_BASE_URL: options.baseUrl, DIMPLE_LLM_MODEL: options.model },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dimple serve exited: ${stderr.slice(-500)}`);
    const health = await call(options.port, "GET", "/api/health").catch(() => undefined);
    if (health?.status === 200) return { child, readyMs: performance.now() - started };
    if (performance.now() - started > 120_000) throw new Error("dimple serve did not get ready in 120 s");
    await sleep(10);
  }
}

async function stop(child: ChildProcess): Promise<number> {
  const started = performance.now();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  return performance.now() - started;
}

function procStatus(pid: number): { rssMb: number; cpuMs: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const rssKb = Number(/^VmRSS:\s+(\d+)/mu.exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssMb: round2(rssKb / 1024), cpuMs: ticks * 10 };
}

interface MockLine {
  t: number;
  totalChars: number;
  approxTokens: number;
  nTools: number;
  toolsChars: number;
}

function mockLines(path: string | undefined): MockLine[] {
  if (!path || !existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as MockLine & { path?: string })
    .filter((line) => line.path?.includes("completions"));
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    medianMs: round2(percentile(sorted, 50)),
    p10Ms: round2(percentile(sorted, 10)),
    p90Ms: round2(percentile(sorted, 90)),
  };
};

/** Times direct POSTs of a request as large as Dimple's to the mock: its own share of a turn. */
async function mockAlone(baseUrl: string, chars: number): Promise<number> {
  const url = new URL(`${baseUrl.replace(/\/$/u, "")}/chat/completions`);
  const body = { model: "mock", messages: [{ role: "user", content: "x".repeat(Math.max(1, chars)) }] };
  const times: number[] = [];
  for (let index = 0; index < 20; index++) {
    const started = performance.now();
    await call(Number(url.port), "POST", url.pathname, body);
    times.push(performance.now() - started);
  }
  return stats(times).medianMs;
}

/**
 * Dimple's LLM mode over HTTP against an instant mock model, measured the way the peer OpenClaw
 * benchmark measures its gateway: spawn → ready, warm turns on fresh connections (split at the
 * mock's arrival time), the mock's own time, the prompt each turn sends, CPU per turn and RSS
 * as turns accumulate.
 */
export async function benchLlmHttp(options: LlmHttpBenchOptions) {
  const log = options.log ?? (() => {});
  const code = await serverCode();
  log(`server code: ${code}`);
  const database = join(mkdtempSync(join(tmpdir(), "dimple-llm-bench-")), "dimple.db");
  log("first boot (seeds a fresh world) …");
  const first = await boot(options, database);
  const stopMs = await stop(first.child);
  log("restart …");
  const { child, readyMs } = await boot(options, database);
  const pid = child.pid as number;
  try {
    const users = (await call(options.port, "GET", "/api/auth/demo-users")).body as {
      username: string;
      password: string;
      lang: string;
    }[];
    const user = users[0] as { username: string; password: string; lang: string };
    const login = (
      await call(options.port, "POST", "/api/auth/login", {
        username: user.username,
        password: user.password,
      })
    ).body as { token: string };
    const token = login.token;
    const newSession = async (lang: string) =>
      ((await call(options.port, "POST", "/api/sessions", { lang }, token)).body as { sessionId: string })
        .sessionId;
    let session = await newSession("zh");
    const turn = async (index: number) => {
      const text = (TURN_MIX[index % TURN_MIX.length] as { text: string }).text;
      const started = performance.now();
      const startedWall = performance.timeOrigin + started;
      const reply = await call(options.port, "POST", `/api/sessions/${session}/messages`, { text }, token);
      if (reply.status !== 200)
        throw new Error(`turn failed: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
      return { ms: performance.now() - started, startedWall };
    };
    log("warm-up …");
    for (let index = 0; index < 3; index++) await turn(index);
    const before = mockLines(options.mockLog).length;
    const cpuBefore = procStatus(pid).cpuMs;
    const rssSeries: { turns: number; rssMb: number }[] = [{ turns: 0, rssMb: procStatus(pid).rssMb }];
    const turns: { ms: number; startedWall: number }[] = [];
    log(`${options.turns} turns …`);
    for (let index = 0; index < options.turns; index++) {
      if (index > 0 && index % options.turnsPerSession === 0)
        session = await newSession(index % 2 ? "en" : "zh");
      turns.push(await turn(index));
      if ((index + 1) % 250 === 0) rssSeries.push({ turns: index + 1, rssMb: procStatus(pid).rssMb });
    }
    const cpuMsPerTurn = round2((procStatus(pid).cpuMs - cpuBefore) / options.turns);
    const requests = mockLines(options.mockLog).slice(before);
    // One model call per turn against a mock that always answers in words: requests pair with turns.
    const paired = requests.length === turns.length;
    const beforeModel = paired
      ? turns.map((entry, index) => (requests[index] as MockLine).t - entry.startedWall)
      : [];
    const medianChars = stats(requests.map((line) => line.totalChars)).medianMs;
    const mockMs = requests.length ? await mockAlone(options.baseUrl, medianChars) : 0;
    const endToEnd = stats(turns.map((entry) => entry.ms));
    return {
      brain: "llm",
      turns: options.turns,
      turnsPerSession: options.turnsPerSession,
      serverCode: code,
      nodeFlags: SERVE_NODE_FLAGS,
      bootToReadyMs: { fresh: round2(first.readyMs), restart: round2(readyMs) },
      stopMs: round2(stopMs),
      httpTurn: endToEnd,
      beforeModel: paired ? stats(beforeModel) : undefined,
      mockAloneMs: mockMs,
      overheadMedianMs: round2(endToEnd.medianMs - mockMs),
      cpuMsPerTurn,
      prompt: requests.length
        ? {
            requests: requests.length,
            medianChars,
            medianApproxTokens: stats(requests.map((line) => line.approxTokens)).medianMs,
            maxApproxTokens: Math.max(...requests.map((line) => line.approxTokens)),
            medianTools: stats(requests.map((line) => line.nTools)).medianMs,
            medianToolsChars: stats(requests.map((line) => line.toolsChars)).medianMs,
          }
        : undefined,
      rss: rssSeries,
    };
  } finally {
    await stop(child);
  }
}
