import type { ServiceContext } from "./context.ts";

/**
 * A service's simulated lifecycle (orders moving to delivered, holds expiring, trips ending). Its
 * due steps live in the service's own tables, so a restarted process picks up where it stopped.
 */
export interface LifecycleStepper {
  name: string;
  /** The earliest time at which a step is due, or undefined when nothing is pending. */
  nextDueAt(context: ServiceContext): Promise<number | undefined>;
  /** Runs every step due at or before `now`. */
  runDue(context: ServiceContext, now: number): Promise<void>;
}
