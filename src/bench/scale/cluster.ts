import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SERVE_ENV, SERVE_NODE_FLAGS } from "../../server/node-flags.ts";
import { redisUnavailable } from "../../store/events/redis.ts";
import { postgresUnavailable, TEST_POSTGRES_URL } from "../../store/scratch.ts";

const DIMPLE_BIN = fileURLToPath(new URL("../../../bin/dimple.js", import.meta.url));

/** One `dimple serve` or `dimple worker` process of a cluster on loopback. */
export interface ClusterProcess {
  role: "serve" | "worker";
  name: string;
  child: ChildProcess;
  /** The server's base URL (servers only). */
  url?: string;
  /** What the process wrote to stderr (its start line, errors). */
  output: string[];
}

/** Starts `dimple serve --no-worker` or `dimple worker` and resolves once it says it is ready. */
export async function startProcess(
  role: "serve" | "worker",
  options: {
    db: string;
    redis?: string;
    speed: number;
    port?: number;
    name?: string;
    alone?: boolean;
    /** More `dimple serve` flags (`--chat-rate 0` for a load test). */
    serveArgs?: readonly string[];
  },
): Promise<ClusterProcess> {
  // `alone`: one server doing everything, as `npm start` does (the single-process comparison).
  const args =
    role === "serve"
      ? [
          "serve",
          ...(options.alone ? [] : ["--no-worker"]),
          "--quiet",
          "--port",
          String(options.port ?? 0),
          ...(options.serveArgs ?? []),
        ]
      : ["worker"];
  args.push("--speed", String(options.speed), "--db", options.db);
  if (options.redis) args.push("--redis", options.redis);
  const child = spawn(process.execPath, [...SERVE_NODE_FLAGS, DIMPLE_BIN, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...SERVE_ENV, ...process.env, NODE_ENV: "production" },
  });
  const output: string[] = [];
  const name = options.name ?? `${role}-${child.pid}`;
  const ready = new Promise<ClusterProcess>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start in 90 s: ${output.join("")}`)),
      90_000,
    );
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      output.push(chunk);
      const line = output.join("");
      const served = /Dimple is serving on (http:\/\/\S+)/.exec(line);
      if (served || line.includes("Dimple worker running")) {
        clearTimeout(timer);
        resolve({ role, name, child, output, ...(served ? { url: served[1] as string } : {}) });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}: ${output.join("")}`));
    });
  });
  return ready;
}

/** Stops a process: SIGTERM (a clean stop) or SIGKILL (a crash); resolves when it has exited. */
export async function stopProcess(process: ClusterProcess, signal: "SIGTERM" | "SIGKILL"): Promise<void> {
  if (process.child.exitCode !== null || process.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => process.child.once("exit", () => resolve()));
  process.child.kill(signal);
  await exited;
}

/** Whether Postgres and Redis answer, or why not (tests skip with the reason). */
export async function servicesUnavailable(redisUrl: string): Promise<string | undefined> {
  if (postgresUnavailable) return `Postgres at ${TEST_POSTGRES_URL} is unreachable (${postgresUnavailable})`;
  const redis = await redisUnavailable(redisUrl);
  return redis ? `Redis at ${redisUrl} is unreachable (${redis})` : undefined;
}
