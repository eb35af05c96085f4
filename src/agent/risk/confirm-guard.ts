import type { WorldEvent } from "../../ecosystem/kernel/events.ts";
import type { TaskRow } from "../engine/task-store.ts";
import type { TaskQuote } from "../events.ts";
import type { ToolClient } from "../tools/client.ts";

/**
 * The engine's port to the checks run on the trusted surface before money moves (mandates, limits,
 * risk). RiskGuard implements it; tests may pass their own.
 */
export interface ConfirmGuard {
  /**
   * Returns the mandate the pay service will verify, or throws a DimpleError to refuse (one with
   * `details.risk` is shown on the card).
   */
  authorize(
    task: TaskRow,
    quote: TaskQuote,
    options: { pin?: string },
  ): Promise<{ mandateId: string; token: string } | undefined>;
  /** The risk to show on a fresh card when confirming it will need more than a tap. */
  preview?(task: TaskRow, quote: TaskQuote): Promise<TaskQuote["risk"] | undefined>;
  /** The token of a stored mandate, so a task resumed after a crash re-authorizes with it. */
  mandateToken?(mandateId: string): Promise<string | undefined>;
}

/** Rebuilds a world event a task missed while the process was down, from the service's own record. */
export type MissedEventFinder = (
  tools: ToolClient,
  task: TaskRow,
  now: number,
) => Promise<WorldEvent | undefined>;
