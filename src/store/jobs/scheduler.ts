import type { ServiceContext } from "../../kernel/context.ts";
import type { LifecycleStepper } from "../../kernel/stepper.ts";

/**
 * The work a process runs on the world's clock: the world's lifecycle steppers (the services' and
 * the agent's scheduled tasks, plus anything else added with `world.addStepper`) and the chores of
 * the process that keeps the clock.
 */
export interface DueWork {
  context: ServiceContext;
  steppers: readonly LifecycleStepper[];
  /**
   * Runs once per tick by the one process that keeps the world's clock: saving world time, catching
   * up on world events a killed process never reacted to.
   */
  housekeeping?: () => Promise<void>;
  /** Re-reads the shared world clock (processes that do not keep it follow it). */
  followClock?: () => Promise<void>;
}

/**
 * Runs due work, either in this process (`InProcessScheduler`, SQLite, `npm start`) or as jobs in a
 * queue shared by several workers (`PgBossScheduler`, Postgres). Steppers are the plug-in point; the
 * scheduler only decides *when* and *where* they run. Exactly-once comes from the steppers' own
 * conditional transitions, never from the scheduler.
 */
export interface WorkScheduler {
  readonly kind: "in-process" | "pg-boss";
  start(): Promise<void>;
  /** Stops taking new work and waits for the work in hand to end. */
  stop(): Promise<void>;
}

/** A job's payload: one stepper's due item, or (without a key) the stepper's whole due set. */
export interface StepJob {
  stepper: string;
  key?: string;
}

/** Runs one job's work now; throws what the step threw (the queue retries it). */
export async function runStepJob(work: DueWork, job: StepJob): Promise<void> {
  const stepper = work.steppers.find((candidate) => candidate.name === job.stepper);
  if (!stepper) throw new Error(`no stepper named ${job.stepper} in this process`);
  const now = work.context.clock.now();
  if (job.key !== undefined && stepper.runOne) await stepper.runOne(work.context, job.key, now);
  else await stepper.runDue(work.context, now);
}
