import type { ServiceContext } from "../../kernel/context.ts";

/** The signal a claim leaves on the task that caused it: a negative outcome of that task. */
export const CLAIM_SIGNAL = "after_sale_claim";

/** What a claim signal's `detail` holds. */
export interface ClaimSignalDetail {
  claimTaskId: string;
  /** commerce | rides | tickets */
  service: string;
  /** spilled, missing_item, wrong_item, quality, late, detour, lost_item, ticket_refund */
  claimKind: string;
}

/**
 * Records each filed after-sale claim, once, as a negative outcome of the task that caused it (the
 * order, ride or tickets the claim is on): a `after_sale_claim` signal on that task. Read from the
 * tasks the engine persists, like the other outcomes, so the engine knows nothing of the flywheel.
 * Returns how many were recorded.
 */
export async function recordClaimSignals(context: ServiceContext): Promise<number> {
  const claims = await context.db
    .selectFrom("agent_tasks")
    .select(["id", "user_id", "session_id", "request", "updated_at"])
    .where("kind", "=", "after_sale")
    .where("order_id", "is not", null)
    .execute();
  if (claims.length === 0) return 0;
  const recorded = await context.db
    .selectFrom("flywheel_signals")
    .select("detail")
    .where("kind", "=", CLAIM_SIGNAL)
    .execute();
  const done = new Set(recorded.map((row) => (JSON.parse(row.detail) as ClaimSignalDetail).claimTaskId));
  let count = 0;
  for (const claim of claims) {
    if (done.has(claim.id)) continue;
    const args = (JSON.parse(claim.request) as { args?: Record<string, unknown> }).args ?? {};
    const target = [args.orderId, args.tripId, args.bookingId].find((id) => typeof id === "string");
    if (typeof target !== "string") continue;
    const cause = await context.db
      .selectFrom("agent_tasks")
      .select("id")
      .where("user_id", "=", claim.user_id)
      .where("order_id", "=", target)
      .where("kind", "!=", "after_sale")
      .executeTakeFirst();
    // A claim on an order Dimple did not place (seeded history) has no task of ours to blame.
    if (!cause) continue;
    const detail: ClaimSignalDetail = {
      claimTaskId: claim.id,
      service: typeof args.service === "string" ? args.service : "commerce",
      claimKind: typeof args.kind === "string" ? args.kind : "other",
    };
    await context.db
      .insertInto("flywheel_signals")
      .values({
        id: context.ids.next("fws"),
        user_id: claim.user_id,
        session_id: claim.session_id,
        turn_id: null,
        task_id: cause.id,
        kind: CLAIM_SIGNAL,
        detail: JSON.stringify(detail),
        at: Number(claim.updated_at),
      })
      .execute();
    count++;
  }
  return count;
}
