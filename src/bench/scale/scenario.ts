import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { seededTestDatabase } from "../../ecosystem/world/test-cache.ts";
import { DEFAULT_SEED } from "../../ecosystem/world/world.ts";
import { openDatabase } from "../../store/database.ts";
import { checkRun, type RunChecks } from "./checks.ts";
import type { ClusterProcess } from "./cluster.ts";
import { type LoadResult, type LoadUser, runLoad } from "./load.ts";
import { startTopology, type Topology } from "./topology.ts";

export interface ScenarioOptions {
  redisUrl: string;
  servers: number;
  workers: number;
  users: number;
  tasksPerUser: number;
  speed: number;
  /** kill -9 the worker that keeps the clock once half the tasks are confirmed. */
  killWorker?: boolean;
  /** kill -9 the first server once every task is confirmed; its streams resume on another. */
  killServer?: boolean;
  keepDatabase?: boolean;
  /** One `dimple serve` on SQLite doing everything (`npm start`), for comparison; no Redis. */
  sqlite?: boolean;
  log?: (line: string) => void;
}

export interface ScenarioResult {
  options: Omit<ScenarioOptions, "redisUrl" | "log">;
  load: LoadResult;
  checks: RunChecks;
  killed: string[];
  /** Jobs pg-boss ran, by state, and the dead letters recorded. */
  jobs: Record<string, number>;
  deadLetters: number;
  /** Requests the proxy sent to each server (sign-ins and sessions go through it). */
  proxied: Record<string, number>;
}

/**
 * The multi-process run on loopback (no containers): a fresh database copied from the seeded
 * template, `servers` × `dimple serve --no-worker` and `workers` × `dimple worker` on Postgres and
 * Redis, `users` users with `tasksPerUser` orders each, optional kill -9 of a worker and of a
 * server, then the checks against the database and the event stream.
 */
export async function runScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const log = options.log ?? (() => {});
  // Postgres: a copy of the seeded test template on DIMPLE_TEST_POSTGRES_URL's server, dropped after.
  const database = options.sqlite ? sqliteRunDatabase() : await seededTestDatabase("postgres", DEFAULT_SEED);
  const killed: string[] = [];
  let topology: Topology | undefined;
  try {
    log(`database ${database.url}`);
    topology = await startTopology({
      db: database.url,
      ...(options.sqlite ? {} : { redis: options.redisUrl }),
      servers: options.servers,
      workers: options.workers,
      speed: options.speed,
    });
    const { processes } = topology;
    const cluster = topology;
    log(`started ${processes.map((process) => process.name).join(", ")} behind ${topology.proxy.url}`);
    const live = cluster.liveServers;
    const users = await loadUsers(database.url, options.users);
    const load = await runLoad({
      servers: live,
      users,
      tasksPerUser: options.tasksPerUser,
      warmUp: { username: "xiaoming", password: "dimple123", lang: "zh" },
      proxy: topology.proxy.url,
      ...(options.killWorker
        ? {
            midway: async () => {
              const leader = clockKeeper(processes);
              if (!leader) return;
              await cluster.stop(leader, "SIGKILL");
              killed.push(leader.name);
              log(`killed ${leader.name} (kill -9) with half the tasks confirmed`);
            },
          }
        : {}),
      ...(options.killServer
        ? {
            afterConfirms: async () => {
              const server = processes.find((process) => process.role === "serve");
              if (!server) return;
              await cluster.stop(server, "SIGKILL");
              killed.push(server.name);
              log(`killed ${server.name} (kill -9) with every task confirmed`);
            },
          }
        : {}),
    });
    log(`load: ${load.completed}/${load.tasks} completed in ${load.seconds} s`);
    const checks = await checkRun(database.url, options.sqlite ? undefined : options.redisUrl, load.users);
    const { jobs, deadLetters } = await jobFigures(database.url);
    const { redisUrl: _redis, log: _log, ...shown } = options;
    const proxied = Object.fromEntries(topology.proxy.served);
    return { options: shown, load, checks, killed, jobs, deadLetters, proxied };
  } finally {
    await topology?.close();
    if (!options.keepDatabase) {
      if (!options.sqlite) await dropEventStream(options.redisUrl, database.url);
      await database.close();
    }
  }
}

/** Seeded users with wallets for a few orders: the generated ones (`simNNN`, password `sim-N`). */
export async function loadUsers(url: string, count: number): Promise<LoadUser[]> {
  const database = openDatabase(url);
  try {
    const rows = await database.db
      .selectFrom("users")
      .select(["username", "lang"])
      .where("role", "=", "user")
      .where("username", "like", "sim%")
      .orderBy("username")
      .execute();
    const users = rows.map((row) => ({
      username: row.username,
      password: `sim-${Number(row.username.slice(3))}`,
      lang: row.lang === "en" ? ("en" as const) : ("zh" as const),
    }));
    if (users.length < count) throw new Error(`the seeded world has ${users.length} users, not ${count}`);
    return users.slice(0, count);
  } finally {
    await database.close();
  }
}

/** A SQLite file in a fresh temporary folder, removed afterwards. */
export function sqliteRunDatabase(): { url: string; close(): Promise<void> } {
  const folder = mkdtempSync(join(tmpdir(), "dimple-scale-"));
  return {
    url: `sqlite:${join(folder, "dimple.db")}`,
    close: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** The worker that keeps the clock (it says so on stderr); killing it tests the hand-over. */
function clockKeeper(processes: ClusterProcess[]): ClusterProcess | undefined {
  const workers = processes.filter((process) => process.role === "worker" && process.child.exitCode === null);
  return workers.find((worker) => worker.output.join("").includes("keeps the world clock")) ?? workers[0];
}

async function jobFigures(url: string): Promise<{ jobs: Record<string, number>; deadLetters: number }> {
  const database = openDatabase(url);
  try {
    const jobs: Record<string, number> = {};
    if (database.dialect === "postgres") {
      for (const table of ["job", "archive"]) {
        const counted = await sql<{ state: string; n: string }>`
          select state, count(*) as n from ${sql.table(`pgboss.${table}`)} where name = 'dimple-steps' group by state`
          .execute(database.db)
          .catch(() => ({ rows: [] as { state: string; n: string }[] }));
        for (const row of counted.rows) jobs[row.state] = (jobs[row.state] ?? 0) + Number(row.n);
      }
    }
    const dead = await database.db
      .selectFrom("job_dead_letters")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    return { jobs, deadLetters: Number(dead?.n ?? 0) };
  } finally {
    await database.close();
  }
}

/** The run's Redis stream goes with its database. */
async function dropEventStream(redisUrl: string, db: string): Promise<void> {
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl);
  try {
    await redis.del(`dimple:events:${new URL(db).pathname.slice(1)}`);
  } finally {
    redis.disconnect();
  }
}
