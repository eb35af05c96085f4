import type PgBossType from "pg-boss";
import type { Job, JobWithMetadata } from "pg-boss";
import { deadLetterReason, recordDeadLetter } from "./dead-letters.ts";
import { PostgresLeadership } from "./leader.ts";
import { type DueWork, runStepJob, type StepJob, type WorkScheduler } from "./scheduler.ts";

/** The queue of due steps; failed-for-good jobs move to the dead-letter queue. */
export const STEP_QUEUE = "dimple-steps";
export const DEAD_LETTER_QUEUE = "dimple-dead-letters";

export interface PgBossSchedulerOptions {
  /** Postgres URL; pg-boss keeps its tables in the `pgboss` schema of that database. */
  url: string;
  /** How often the leader looks for due work, in real milliseconds. */
  tickMs?: number;
  /** Jobs worked at once by this process. */
  concurrency?: number;
  /** Retries before a job is dead-lettered (with exponential backoff from 1 s). */
  retryLimit?: number;
  /** An active job whose worker vanished (kill -9) goes back to the queue after this long. */
  expireInSeconds?: number;
  /** Called when this process becomes the one that keeps the clock. */
  onLead?: () => void;
}

/** How long the leader remembers a key it enqueued, so a step in flight is not enqueued again. */
const SENT_MEMORY_MS = 5 * 60_000;

/**
 * Due work as pg-boss jobs (Postgres deployments, `dimple worker`). One elected worker keeps the
 * world's clock: each tick it enqueues every due item as a job keyed by the item and its due time
 * (the `stately` policy keeps one queued job per key); every worker claims jobs with SKIP LOCKED, so
 * each job runs on exactly one of them. A failing job is retried with exponential backoff and, after
 * its last retry, dead-lettered with its reason (`job_dead_letters`). A job whose worker died
 * expires and is claimed again; the step itself is conditional, so a replay changes nothing.
 */
export class PgBossScheduler implements WorkScheduler {
  readonly kind = "pg-boss" as const;
  #boss: PgBossType | undefined;
  #leadership: PostgresLeadership;
  #timer: NodeJS.Timeout | undefined;
  #ticking: Promise<void> = Promise.resolve();
  #sent = new Map<string, number>();

  constructor(
    private readonly work: DueWork,
    private readonly options: PgBossSchedulerOptions,
  ) {
    this.#leadership = new PostgresLeadership(options.url);
  }

  /** Whether this process keeps the world's clock now. */
  get leading(): boolean {
    return this.#leadership.leading;
  }

  async start(): Promise<void> {
    const { default: PgBoss } = await import("pg-boss");
    const boss = new PgBoss({
      connectionString: this.options.url,
      max: 4,
      // Expired jobs (a killed worker's) are found by maintenance: check often.
      maintenanceIntervalSeconds: 2,
      archiveCompletedAfterSeconds: 3600,
    });
    boss.on("error", (error) => this.work.context.log?.(error));
    await boss.start();
    await ensureQueue(boss, DEAD_LETTER_QUEUE, { policy: "standard" });
    await ensureQueue(boss, STEP_QUEUE, {
      policy: "stately",
      retryLimit: this.options.retryLimit ?? 5,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: this.options.expireInSeconds ?? 20,
      deadLetter: DEAD_LETTER_QUEUE,
    });
    this.#boss = boss;
    for (let index = 0; index < (this.options.concurrency ?? 4); index++) {
      await boss.work<StepJob>(
        STEP_QUEUE,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 },
        (jobs) => this.#runJobs(jobs),
      );
    }
    this.#timer = setInterval(() => {
      this.#ticking = this.#ticking.then(async () => void (await this.tick()));
    }, this.options.tickMs ?? 1000);
  }

  /** One tick: follow or keep the clock; the leader enqueues what is due. Returns how many it enqueued. */
  async tick(): Promise<number> {
    const { context, steppers, housekeeping, followClock } = this.work;
    try {
      const wasLeading = this.#leadership.leading;
      if (!(await this.#leadership.tryLead())) {
        await followClock?.();
        return 0;
      }
      if (!wasLeading) this.options.onLead?.();
      const boss = this.#boss;
      if (!boss) return 0;
      let sent = 0;
      const now = context.clock.now();
      this.#forgetOld();
      for (const stepper of steppers) {
        if (stepper.dueKeys && stepper.runOne) {
          for (const key of await stepper.dueKeys(context, now)) {
            const singletonKey = `${stepper.name}:${key}`;
            if (this.#sent.has(singletonKey)) continue;
            this.#sent.set(singletonKey, Date.now());
            if (await boss.send(STEP_QUEUE, { stepper: stepper.name, key }, { singletonKey })) sent++;
          }
        } else if (((await stepper.nextDueAt(context)) ?? Number.POSITIVE_INFINITY) <= now) {
          // A stepper that sweeps a set (holds, authorizations) runs as one job; stately keeps one queued.
          if (await boss.send(STEP_QUEUE, { stepper: stepper.name }, { singletonKey: stepper.name })) sent++;
        }
      }
      await housekeeping?.();
      return sent;
    } catch (error) {
      context.log?.(error);
      return 0;
    }
  }

  #forgetOld(): void {
    const cutoff = Date.now() - SENT_MEMORY_MS;
    for (const [key, at] of this.#sent) if (at < cutoff) this.#sent.delete(key);
  }

  async #runJobs(jobs: Job<StepJob>[]): Promise<void> {
    for (const job of jobs as JobWithMetadata<StepJob>[]) {
      try {
        await runStepJob(this.work, job.data);
      } catch (error) {
        if (job.retryCount >= job.retryLimit) {
          await recordDeadLetter(this.work.context.db, {
            queue: STEP_QUEUE,
            job_id: job.id,
            stepper: job.data.stepper,
            item_key: job.data.key ?? null,
            attempts: job.retryCount + 1,
            reason: deadLetterReason(error),
          }).catch((recordError) => this.work.context.log?.(recordError));
        }
        throw error;
      }
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#ticking;
    await this.#boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    await this.#leadership.release();
  }
}

/** Creates a queue, or updates its options when it exists (a redeploy with other retry settings). */
async function ensureQueue(
  boss: PgBossType,
  name: string,
  settings: Omit<PgBossType.Queue, "name">,
): Promise<void> {
  const options = { name, ...settings };
  if (await boss.getQueue(name)) await boss.updateQueue(name, options);
  else
    await boss.createQueue(name, options).catch(async (error) => {
      // Two workers starting together both try to create it; the loser updates instead.
      if (!(await boss.getQueue(name))) throw error;
    });
}
