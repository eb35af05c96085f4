import { CLAIM_SIGNAL, type ClaimSignalDetail } from "../capture/claims.ts";
import { ratio, tally } from "./stats.ts";

/** Kinds of task a user can claim on once done. */
const CLAIMABLE = new Set(["order_delivery", "ride_hail", "buy_tickets"]);

/** The operator's after-sale figures (`AnalyticsReport.afterSale`). Money in fen. */
export interface AfterSaleFigures {
  /** Claims filed (one per claim task). */
  claims: number;
  /** Done tasks (delivered orders, finished rides, issued tickets) with at least one claim. */
  claimedTasks: number;
  /** claimedTasks over done claimable tasks. */
  rate: number;
  /** Money that came back on claims. */
  refundedFen: number;
  /** Claims by what they were about (spilled, missing_item, late, detour, …). */
  reasons: Record<string, number>;
}

/** Computes the after-sale figures from the claim signals and each task's furthest outcome. */
export function afterSaleFigures(
  signals: readonly { kind: string; task_id: string | null; detail: string }[],
  tasks: ReadonlyMap<string, { kind: string; statuses: ReadonlySet<string>; refunded: number }>,
): AfterSaleFigures {
  const claims = signals
    .filter((signal) => signal.kind === CLAIM_SIGNAL)
    .map((signal) => ({ taskId: signal.task_id, ...(JSON.parse(signal.detail) as ClaimSignalDetail) }));
  const done = [...tasks.values()].filter(
    (task) => CLAIMABLE.has(task.kind) && (task.statuses.has("completed") || task.statuses.has("cancelled")),
  ).length;
  const claimedTasks = new Set(claims.map((claim) => claim.taskId)).size;
  return {
    claims: claims.length,
    claimedTasks,
    rate: ratio(claimedTasks, done),
    refundedFen: claims.reduce((sum, claim) => sum + (tasks.get(claim.claimTaskId)?.refunded ?? 0), 0),
    reasons: tally(claims.map((claim) => claim.claimKind)),
  };
}
