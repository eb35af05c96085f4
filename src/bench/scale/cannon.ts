import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { seededTestDatabase } from "../../ecosystem/world/test-cache.ts";
import { DEFAULT_SEED } from "../../ecosystem/world/world.ts";
import type { ClusterProcess } from "./cluster.ts";
import { loadUsers, sqliteRunDatabase } from "./scenario.ts";
import { startTopology } from "./topology.ts";

/**
 * `npx tsx src/bench/scale/cannon.ts [--processes 2] [--sqlite] [--duration 20] [--amount N]
 * [--connections 16] [--sessions 1000] [--users 50]`: turns per second and latency through the
 * round-robin proxy, driven by autocannon. Postgres (a copy of the seeded template) with N servers
 * and one worker sharing Redis, or one SQLite `dimple serve` (`npm start`) for comparison. Each
 * request is one chat turn of one of `--sessions` sessions, rotating; prints one JSON object with
 * turns/s, p50/p99, errors and every server's resident memory before and after (docs/BENCHMARKS.md).
 */
const { values } = parseArgs({
  options: {
    processes: { type: "string", default: "2" },
    sqlite: { type: "boolean" },
    duration: { type: "string", default: "20" },
    amount: { type: "string" },
    connections: { type: "string", default: "16" },
    sessions: { type: "string", default: "1000" },
    users: { type: "string", default: "50" },
    redis: { type: "string", default: process.env.DIMPLE_REDIS ?? "redis://127.0.0.1:6379" },
  },
});

const TURNS = [
  { lang: "zh", text: "帮我点一杯拿铁送到公司" },
  { lang: "zh", text: "附近有什么好吃的" },
  { lang: "zh", text: "今天杭州天气怎么样" },
  { lang: "en", text: "order two bubble teas to my office" },
  { lang: "en", text: "what's on this weekend" },
] as const;

const log = (line: string) => process.stderr.write(`${line}\n`);
const residentMb = (process: ClusterProcess) => {
  const status = readFileSync(`/proc/${process.child.pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

const sqlite = values.sqlite === true;
const database = sqlite ? sqliteRunDatabase() : await seededTestDatabase("postgres", DEFAULT_SEED);
const topology = await startTopology({
  db: database.url,
  ...(sqlite ? {} : { redis: values.redis }),
  servers: Number(values.processes),
  workers: 1,
  speed: 10,
  serveArgs: ["--chat-rate", "0"],
});
try {
  const servers = topology.processes.filter((process) => process.role === "serve");
  const base = topology.proxy.url;
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, string>;
  };
  const users = await loadUsers(sqlite ? database.url : database.url, Number(values.users));
  const sessions: { token: string; sessionId: string }[] = [];
  const perUser = Math.ceil(Number(values.sessions) / users.length);
  for (const user of users) {
    const { token } = await post("/api/auth/login", { username: user.username, password: user.password });
    for (let index = 0; index < perUser && sessions.length < Number(values.sessions); index++) {
      const { sessionId } = await post("/api/sessions", { lang: user.lang }, token);
      sessions.push({ token: token as string, sessionId: sessionId as string });
    }
  }
  log(`${servers.length} server(s) behind ${base}, ${sessions.length} sessions of ${users.length} users`);
  // Warm-up: every server loads its NLU model and prepares its statements before the clock runs.
  for (let index = 0; index < servers.length * 4; index++) {
    const session = sessions[index % sessions.length] as { token: string; sessionId: string };
    await post(`/api/sessions/${session.sessionId}/messages`, { text: TURNS[0].text }, session.token);
  }
  const before = servers.map(residentMb);
  let next = 0;
  const started = process.cpuUsage();
  const result = await autocannon({
    url: base,
    connections: Number(values.connections),
    ...(values.amount ? { amount: Number(values.amount) } : { duration: Number(values.duration) }),
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const session = sessions[next % sessions.length] as { token: string; sessionId: string };
          const turn = TURNS[next % TURNS.length] as (typeof TURNS)[number];
          next++;
          return {
            ...request,
            path: `/api/sessions/${session.sessionId}/messages`,
            headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
            body: JSON.stringify({ text: turn.text }),
          };
        },
      },
    ],
  });
  const after = servers.map(residentMb);
  const benchCpu = process.cpuUsage(started);
  console.log(
    JSON.stringify(
      {
        db: sqlite ? "sqlite" : "postgres",
        servers: servers.length,
        workers: sqlite ? 0 : 1,
        connections: Number(values.connections),
        sessions: sessions.length,
        seconds: result.duration,
        turns: result.requests.total,
        turnsPerSecond: result.requests.average,
        latencyMs: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
        },
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        residentMb: { before, after },
        proxied: Object.fromEntries(topology.proxy.served),
        loadGeneratorCpuSeconds: Math.round((benchCpu.user + benchCpu.system) / 1e4) / 100,
        machine: { cores: cpus().length, loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
      },
      null,
      2,
    ),
  );
} finally {
  await topology.close();
  await database.close();
}
process.exit(0);
