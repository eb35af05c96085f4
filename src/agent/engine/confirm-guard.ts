import type { WorldEvent } from "../../kernel/events.ts";
import type { TaskQuote } from "../events.ts";
import type { OpenMandateConstraints } from "../risk/open-mandates.ts";
import type { ToolClient } from "../tools/client.ts";
import type { TaskRow } from "./task-store.ts";

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
  /**
   * A basket across shops: the checks of one confirm over the whole basket (limits on its total,
   * every shop against the merchant lists, one PIN); throws to refuse, like `authorize`.
   */
  approveBasket?(basket: TaskRow, quote: TaskQuote, options: { pin?: string }): Promise<void>;
  /** The closed mandate for one order of a confirmed basket, bound to that order's exact quote. */
  mandateFor?(task: TaskRow, quote: TaskQuote): Promise<{ mandateId: string; token: string }>;
  /** The risk to show on a fresh card when confirming it will need more than a tap. */
  preview?(task: TaskRow, quote: TaskQuote): Promise<TaskQuote["risk"] | undefined>;
  /** The token of a stored mandate, so a task resumed after a crash re-authorizes with it. */
  mandateToken?(mandateId: string): Promise<string | undefined>;
  /** The trusted confirm of a recurring order: the same checks, then an open mandate over `constraints`. */
  authorizeOpen?(
    task: TaskRow,
    quote: TaskQuote,
    options: { pin?: string },
    constraints: OpenMandateConstraints,
    expiresAt: number,
  ): Promise<{ mandateId: string; token: string }>;
  /** Revokes the open mandate of a recurring plan: no run passes after this. */
  revokeOpen?(userId: string, planId: string): Promise<void>;
  /**
   * One run under an open mandate, with nobody at hand: a closed mandate for this run's quote when it
   * fits the signed constraints and the user's policy, otherwise why not (the user is then asked).
   */
  authorizeRun?(
    task: TaskRow,
    quote: TaskQuote,
    openMandateId: string,
    spentFen: number,
  ): Promise<RunAuthorization>;
}

/** A run under an open mandate: a closed mandate for it, or why it is outside (the user is asked). */
export type RunAuthorization =
  | { ok: true; mandateId: string; token: string }
  | { ok: false; refusal: { code: string; zh: string; en: string } };

/** Rebuilds a world event a task missed while the process was down, from the service's own record. */
export type MissedEventFinder = (
  tools: ToolClient,
  task: TaskRow,
  now: number,
) => Promise<WorldEvent | undefined>;
