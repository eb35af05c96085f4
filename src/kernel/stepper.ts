import type { ServiceContext } from "./context.ts";

/**
 * A service's simulated lifecycle (orders moving to delivered, holds expiring, trips ending). Its
 * due steps live in the service's own tables, so a restarted process picks up where it stopped.
 *
 * This is also the plug-in point for any work that runs on the world's clock (the agent's scheduled
 * tasks, reminders, recurring runs): register it with `world.addStepper`. A single process runs
 * `runDue` on its ticker; a multi-process deployment turns each due item into a job (see
 * `store/jobs`), so a stepper that can name its items (`dueKeys` + `runOne`) is shared out item by
 * item among the workers, and one that cannot runs as one job per tick.
 */
export interface LifecycleStepper {
  name: string;
  /** The earliest time at which a step is due, or undefined when nothing is pending. */
  nextDueAt(context: ServiceContext): Promise<number | undefined>;
  /** Runs every step due at or before `now`. */
  runDue(context: ServiceContext, now: number): Promise<void>;
  /**
   * The items due at or before `now`, each as a key naming the item and the step it is due for
   * (e.g. `order-id@dueAt`), so a queue keeps one job per step.
   */
  dueKeys?(context: ServiceContext, now: number): Promise<string[]>;
  /**
   * Runs the one item `key` names if it is still due as named. Must be conditional (a second run of
   * the same key, or a run after another process did it, changes nothing).
   */
  runOne?(context: ServiceContext, key: string, now: number): Promise<void>;
}

/** `id@dueAt`, the key of one due item. */
export const dueKey = (id: string, dueAt: number) => `${id}@${dueAt}`;

/** Splits a `dueKey` back into the item's id and its due time. */
export function parseDueKey(key: string): { id: string; dueAt: number } {
  const at = key.lastIndexOf("@");
  return { id: key.slice(0, at), dueAt: Number(key.slice(at + 1)) };
}
