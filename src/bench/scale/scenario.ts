import { createRequire } from "node:module";
import type pg from "pg";
import { checkRun, type RunChecks } from "./checks.ts";
import { type ClusterProcess, createRunDatabase, startProcess, stopProcess } from "./cluster.ts";
import { type LoadResult, type LoadUser, runLoad } from "./load.ts";

const { Client } = createRequire(import.meta.url)("pg") as typeof pg;

export interface ScenarioOptions {
  /** A Postgres URL of an existing database; the run creates (and drops) a database beside it. */
  adminUrl: string;
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
  log?: (line: string) => void;
}

export interface ScenarioResult {
  options: Omit<ScenarioOptions, "adminUrl" | "redisUrl" | "log">;
  load: LoadResult;
  checks: RunChecks;
  killed: string[];
  /** Jobs pg-boss ran, by state, and the dead letters recorded. */
  jobs: Record<string, number>;
  deadLetters: number;
}

/**
 * The multi-process run on loopback (no containers): a fresh database copied from the seeded
 * template, `servers` × `dimple serve --no-worker` and `workers` × `dimple worker` on Postgres and
 * Redis, `users` users with `tasksPerUser` orders each, optional kill -9 of a worker and of a
 * server, then the checks against the database and the event stream.
 */
export async function runScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const log = options.log ?? (() => {});
  const database = await createRunDatabase(options.adminUrl);
  const processes: ClusterProcess[] = [];
  const killed: string[] = [];
  try {
    log(`database ${database.url}`);
    const common = { db: database.url, redis: options.redisUrl, speed: options.speed };
    // Workers first: the first one anchors the clock at its speed; servers follow it.
    for (let index = 0; index < options.workers; index++)
      processes.push(await startProcess("worker", { ...common, name: `worker-${index + 1}` }));
    processes.push(
      ...(await Promise.all(
        Array.from({ length: options.servers }, (_, index) =>
          startProcess("serve", { ...common, name: `server-${index + 1}` }),
        ),
      )),
    );
    log(`started ${processes.map((process) => process.name).join(", ")}`);
    const live = () =>
      processes
        .filter((process) => process.role === "serve" && !killed.includes(process.name))
        .map((process) => process.url as string);
    const users = await loadUsers(database.url, options.users);
    const load = await runLoad({
      servers: live,
      users,
      tasksPerUser: options.tasksPerUser,
      warmUp: { username: "xiaoming", password: "dimple123", lang: "zh" },
      ...(options.killWorker
        ? {
            midway: async () => {
              const leader = clockKeeper(processes);
              if (!leader) return;
              await stopProcess(leader, "SIGKILL");
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
              await stopProcess(server, "SIGKILL");
              killed.push(server.name);
              log(`killed ${server.name} (kill -9) with every task confirmed`);
            },
          }
        : {}),
    });
    log(`load: ${load.completed}/${load.tasks} completed in ${load.seconds} s`);
    const checks = await checkRun(database.url, options.redisUrl, load.users);
    const { jobs, deadLetters } = await jobFigures(database.url);
    const { adminUrl: _admin, redisUrl: _redis, log: _log, ...shown } = options;
    return { options: shown, load, checks, killed, jobs, deadLetters };
  } finally {
    await Promise.all(processes.map((process) => stopProcess(process, "SIGTERM")));
    if (!options.keepDatabase) await database.drop();
  }
}

/** Seeded users with wallets for a few orders: the demo accounts, then the generated ones. */
async function loadUsers(url: string, count: number): Promise<LoadUser[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ username: string; lang: string }>(
      "select username, lang from users where role = 'user' and username like 'sim%' order by username",
    );
    const users = rows.rows.map((row) => ({
      username: row.username,
      password: `sim-${Number(row.username.slice(3))}`,
      lang: row.lang === "en" ? ("en" as const) : ("zh" as const),
    }));
    if (users.length < count) throw new Error(`the seeded world has ${users.length} users, not ${count}`);
    return users.slice(0, count);
  } finally {
    await client.end();
  }
}

/** The worker that keeps the clock (it says so on stderr); killing it tests the hand-over. */
function clockKeeper(processes: ClusterProcess[]): ClusterProcess | undefined {
  const workers = processes.filter((process) => process.role === "worker" && process.child.exitCode === null);
  return workers.find((worker) => worker.output.join("").includes("keeps the world clock")) ?? workers[0];
}

async function jobFigures(url: string): Promise<{ jobs: Record<string, number>; deadLetters: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const jobs: Record<string, number> = {};
    for (const table of ["job", "archive"]) {
      const rows = await client
        .query<{ state: string; n: string }>(
          `select state, count(*) as n from pgboss.${table} where name = 'dimple-steps' group by state`,
        )
        .catch(() => ({ rows: [] as { state: string; n: string }[] }));
      for (const row of rows.rows) jobs[row.state] = (jobs[row.state] ?? 0) + Number(row.n);
    }
    const dead = await client.query<{ n: string }>("select count(*) as n from job_dead_letters");
    return { jobs, deadLetters: Number(dead.rows[0]?.n ?? 0) };
  } finally {
    await client.end();
  }
}
