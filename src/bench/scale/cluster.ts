import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { createWorld } from "../../ecosystem/world/world.ts";
import { migrations } from "../../store/migrations.ts";

const DIMPLE_BIN = fileURLToPath(new URL("../../../bin/dimple.js", import.meta.url));
const { Client } = createRequire(import.meta.url)("pg") as typeof pg;

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

/**
 * A fresh Postgres database for one run, copied from a seeded template (seeding takes some 15 s,
 * copying well under one). The template is named after the migrations, so a new migration seeds anew.
 */
export async function createRunDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const template = `dimple_scale_seed_${Object.keys(migrations).length}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = $1", [template]);
    if (exists.rowCount === 0) {
      const building = `${template}_building_${randomBytes(3).toString("hex")}`;
      await admin.query(`create database ${building}`);
      const world = await createWorld({ db: withDatabase(adminUrl, building) });
      await world.close();
      await admin.query(`alter database ${building} rename to ${template}`).catch(async () => {
        await admin.query(`drop database if exists ${building}`);
      });
    }
    const name = `dimple_scale_${randomBytes(4).toString("hex")}`;
    await admin.query(`create database ${name} template ${template}`);
    return {
      url: withDatabase(adminUrl, name),
      async drop() {
        const client = new Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`).catch(() => {});
        await client.end();
      },
    };
  } finally {
    await admin.end();
  }
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Starts `dimple serve --no-worker` or `dimple worker` and resolves once it says it is ready. */
export async function startProcess(
  role: "serve" | "worker",
  options: { db: string; redis?: string; speed: number; port?: number; name?: string; alone?: boolean },
): Promise<ClusterProcess> {
  // `alone`: one server doing everything, as `npm start` does (the single-process comparison).
  const args =
    role === "serve"
      ? ["serve", ...(options.alone ? [] : ["--no-worker"]), "--quiet", "--port", String(options.port ?? 0)]
      : ["worker"];
  args.push("--speed", String(options.speed), "--db", options.db);
  if (options.redis) args.push("--redis", options.redis);
  const child = spawn(
    process.execPath,
    ["--max-semi-space-size=8", "--max-old-space-size=384", DIMPLE_BIN, ...args],
    {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
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
export async function servicesReachable(adminUrl: string, redisUrl: string): Promise<string | undefined> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    return `Postgres at ${adminUrl} is unreachable (${String(error)})`;
  }
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0 });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    return `Redis at ${redisUrl} is unreachable (${String(error)})`;
  } finally {
    redis.disconnect();
  }
}
