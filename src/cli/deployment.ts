import { noBrain } from "../agent/brain/no-brain.ts";
import type { Brain } from "../agent/brain/types.ts";
import { localUserEventLog, type UserStreamItem } from "../agent/engine/notifier.ts";
import { type Agent, createAgent } from "../agent/runtime.ts";
import { openWorld } from "../compose/open-world.ts";
import { createSeededPostgres, plainDatabaseName } from "../compose/seed-image.ts";
import { DEFAULT_SEED, type World } from "../ecosystem/world/world.ts";
import { FlywheelRecorder } from "../flywheel/capture/recorder.ts";
import type { ServiceContext } from "../kernel/context.ts";
import { DimpleError } from "../kernel/errors.ts";
import type { UserEventLog } from "../store/events/event-log.ts";
import { InProcessScheduler } from "../store/jobs/in-process.ts";
import type { DueWork, WorkScheduler } from "../store/jobs/scheduler.ts";

/** What a process of a deployment is: where it keeps data and events, and whether it runs due work. */
export interface DeploymentOptions {
  db: string;
  /** Redis URL for cross-process events; without it events reach this process's streams only. */
  redis?: string | undefined;
  /** Simulated seconds per real second; a process that runs due work sets the shared clock's speed. */
  speed: number;
  /** Whether this process runs fulfilment steps, scheduled work and world ticks. */
  worker: boolean;
  /** The brain for conversations; a worker holds none. */
  brain?: (context: ServiceContext) => Promise<Brain>;
  log?: (error: unknown) => void;
}

/** A process's world, agent and (when it is a worker) its scheduler, opened together. */
export interface Deployment {
  world: World;
  agent: Agent;
  scheduler: WorkScheduler | undefined;
  /** Tasks re-run after a restart (0 unless this process owns the clock alone). */
  resumed: number;
  close(): Promise<void>;
}

/** Real seconds after which a `processing` task nobody moved is taken as stopped by a killed process. */
const STUCK_REAL_SECONDS = 30;
/** The clock keeper catches up on missed world events every this many ticks. */
const RECONCILE_EVERY_TICKS = 5;

/**
 * Opens one process of a deployment. SQLite (`npm start`): one process, its own clock, an
 * in-process scheduler, events in memory. Postgres: the world's clock is the shared one in the
 * database, due work is pg-boss jobs (when `worker`), and events go through Redis when a URL is given.
 */
export async function openDeployment(options: DeploymentOptions): Promise<Deployment> {
  const log = options.log ?? ((error: unknown) => console.error(error));
  const postgres = options.db.startsWith("postgres");
  if (postgres) await createMissingDatabase(options.db, log);
  const world = await openWorld({
    db: options.db,
    clock: postgres
      ? { shared: true, ...(options.worker ? { speed: options.speed } : {}) }
      : { live: options.speed },
    ids: "random",
    log,
  });
  const events = await openEventLog(options.redis, eventStreamKey(options.db), log).catch(
    async (error: unknown) => {
      await world.close();
      throw error;
    },
  );
  const brain = options.brain ? await options.brain(world.context) : noBrain;
  const agent = createAgent({
    world,
    brain,
    events,
    // A worker without a brain serves no turns: nothing to capture.
    ...(options.worker && !options.brain ? {} : { observer: new FlywheelRecorder(world.context) }),
  });
  // Alone on its database a process resumes everything at once; among others only what is stuck.
  const resumed = options.worker
    ? await agent.engine.resume(postgres ? { stuckForMs: STUCK_REAL_SECONDS * 1000 * options.speed } : {})
    : 0;
  let ticks = 0;
  const work: DueWork = {
    context: world.context,
    steppers: world.steppers,
    housekeeping: async () => {
      await world.saveTime();
      if (!postgres || ++ticks % RECONCILE_EVERY_TICKS !== 0) return;
      await agent.engine.reconcile();
      await agent.engine.resume({ stuckForMs: STUCK_REAL_SECONDS * 1000 * options.speed });
    },
    followClock: () => world.refreshClock(),
  };
  const scheduler = options.worker ? await openScheduler(postgres, options.db, work, log) : undefined;
  await scheduler?.start();
  // A server without the worker role follows the shared clock (a worker may re-anchor it).
  const follower =
    postgres && !options.worker
      ? setInterval(() => world.refreshClock().catch((error) => log(error)), 2_000)
      : undefined;
  return {
    world,
    agent,
    scheduler,
    resumed,
    async close() {
      clearInterval(follower);
      await scheduler?.stop();
      await agent.engine.idle();
      await agent.notifier.close();
      await world.close();
    },
  };
}

/**
 * A Postgres database that does not exist yet is created as a copy of the seeded template, so a
 * new deployment is ready in a fraction of a second however large the seeded world is. Where this
 * role may not create databases, the world is migrated and seeded in place as before.
 */
async function createMissingDatabase(url: string, log: (error: unknown) => void): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!plainDatabaseName(name)) return;
  await createSeededPostgres(url, name, DEFAULT_SEED).catch((error: unknown) => log(error));
}

async function openScheduler(
  postgres: boolean,
  url: string,
  work: DueWork,
  log: (error: unknown) => void,
): Promise<WorkScheduler> {
  if (!postgres) return new InProcessScheduler(work);
  const { PgBossScheduler } = await import("../store/jobs/pg-boss.ts");
  return new PgBossScheduler(work, {
    url,
    onLead: () => {
      // A clock keeper that took over re-reads the anchor before it enqueues by it.
      work.followClock?.().catch(log);
      console.error(`process ${process.pid} keeps the world clock now`);
    },
  });
}

/** One deployment is one database: its processes share the event stream named after it. */
function eventStreamKey(db: string): string {
  const name = db.startsWith("postgres") ? new URL(db).pathname.slice(1) : "";
  return `dimple:events:${name || "default"}`;
}

async function openEventLog(
  url: string | undefined,
  key: string,
  log: (error: unknown) => void,
): Promise<UserEventLog<UserStreamItem>> {
  if (!url) return localUserEventLog();
  const { RedisEventLog } = await import("../store/events/redis.ts");
  return RedisEventLog.open<UserStreamItem>({ url, key, log }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DimpleError("redis_unreachable", `cannot reach Redis at ${url} (${reason})`, {
      field: "redis",
      cause: error,
    });
  });
}
