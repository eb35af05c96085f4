import type { ServiceContext } from "../../../kernel/context.ts";
import { DimpleError } from "../../../kernel/errors.ts";
import { refundPayment } from "../../pay/index.ts";
import { shapeClaim } from "./claim-view.ts";
import { APPROVED_ON_REVIEW, type Decision, reviewRejection } from "./rules.ts";
import type { CommerceClaimsTable } from "./tables.ts";

const RETRY_MS = 60_000;

/** Tells the world about a claim's new state (after it is committed). */
export async function publishClaim(
  context: ServiceContext,
  row: CommerceClaimsTable,
  type: string,
): Promise<void> {
  const view = await shapeClaim(context, row);
  await context.bus.publish({
    type,
    at: context.clock.now(),
    userId: row.user_id,
    subjectId: row.id,
    data: { ...view, timeline: undefined },
  });
}

async function reload(context: ServiceContext, claimId: string): Promise<CommerceClaimsTable> {
  return context.db
    .selectFrom("commerce_claims")
    .selectAll()
    .where("id", "=", claimId)
    .executeTakeFirstOrThrow();
}

/** Rejects a claim that is still open, giving its amount back to what the order can still claim. */
export async function rejectClaim(
  context: ServiceContext,
  claim: CommerceClaimsTable,
  decision: Decision,
): Promise<void> {
  const now = context.clock.now();
  const done = await context.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable("commerce_claims")
      .set({
        status: "rejected",
        decision_code: decision.code,
        decision_zh: decision.zh,
        decision_en: decision.en,
        decided_at: now,
        next_step_at: null,
      })
      .where("id", "=", claim.id)
      .where("status", "in", ["under_review", "approved"])
      .where("refunded_fen", "=", 0)
      .executeTakeFirst();
    if (moved.numUpdatedRows !== 1n) return false;
    await trx
      .updateTable("commerce_orders")
      .set((eb) => ({ claimed_fen: eb("claimed_fen", "-", claim.amount_fen) }))
      .where("id", "=", claim.order_id)
      .execute();
    return true;
  });
  if (done) await publishClaim(context, await reload(context, claim.id), "claim.rejected");
}

/**
 * Pays an approved claim back through pay, exactly once: the refund's idempotency key is the claim's
 * id, so a retry after a crash (the stepper finds the claim still approved) replays the same refund.
 */
export async function refundClaim(context: ServiceContext, claim: CommerceClaimsTable): Promise<void> {
  const order = await context.db
    .selectFrom("commerce_orders")
    .select(["payment_intent_id"])
    .where("id", "=", claim.order_id)
    .executeTakeFirstOrThrow();
  let refund: { id: string; amountFen: number };
  try {
    ({ refund } = await refundPayment(context, {
      intentId: order.payment_intent_id as string,
      amountFen: claim.amount_fen,
      reason: `after-sale claim ${claim.id} (${claim.kind})`,
      idempotencyKey: `claim:${claim.id}`,
    }));
  } catch (error) {
    if (error instanceof DimpleError && error.status < 500 && error.code !== "idempotency_in_flight") {
      // The payment cannot give this back (already refunded otherwise): the claim says so.
      await rejectClaim(context, claim, {
        code: "refund_failed",
        zh: "原支付已无可退金额，无法退款",
        en: "Nothing is left to refund on the original payment",
      });
      return;
    }
    // Try again on a later tick; the refund's key makes the retry safe.
    await context.db
      .updateTable("commerce_claims")
      .set({ next_step_at: context.clock.now() + RETRY_MS })
      .where("id", "=", claim.id)
      .where("status", "=", "approved")
      .execute();
    throw error;
  }
  const now = context.clock.now();
  const moved = await context.db
    .updateTable("commerce_claims")
    .set({
      status: "refunded",
      refund_id: refund.id,
      refunded_fen: refund.amountFen,
      refunded_at: now,
      next_step_at: null,
    })
    .where("id", "=", claim.id)
    .where("status", "=", "approved")
    .executeTakeFirst();
  if (moved.numUpdatedRows === 1n)
    await publishClaim(context, await reload(context, claim.id), "claim.refunded");
}

/** The review of a claim whose time has come: rejected by rule with a reason, or approved and refunded. */
export async function reviewClaim(
  context: ServiceContext,
  claim: CommerceClaimsTable,
  now: number,
): Promise<void> {
  if (claim.status === "approved") return refundClaim(context, claim);
  if (claim.status !== "under_review") return;
  const rule = await context.db
    .selectFrom("commerce_claim_rules")
    .select("photo_over_fen")
    .where("kind", "=", claim.kind)
    .executeTakeFirst();
  const rejection = reviewRejection(claim.amount_fen, claim.has_photo === 1, rule?.photo_over_fen ?? null);
  if (rejection) return rejectClaim(context, claim, rejection);
  const approved = await context.db
    .updateTable("commerce_claims")
    .set({
      status: "approved",
      decision_code: APPROVED_ON_REVIEW.code,
      decision_zh: APPROVED_ON_REVIEW.zh,
      decision_en: APPROVED_ON_REVIEW.en,
      decided_at: now,
      next_step_at: now,
    })
    .where("id", "=", claim.id)
    .where("status", "=", "under_review")
    .executeTakeFirst();
  if (approved.numUpdatedRows !== 1n) return;
  const row = await reload(context, claim.id);
  await publishClaim(context, row, "claim.approved");
  await refundClaim(context, row);
}

/** Claims the stepper must look at by `now`: reviews due and refunds to finish. */
export async function runDueClaims(context: ServiceContext, now: number): Promise<void> {
  const due = await context.db
    .selectFrom("commerce_claims")
    .selectAll()
    .where("next_step_at", "is not", null)
    .where("next_step_at", "<=", now)
    .orderBy("next_step_at")
    .orderBy("id")
    .execute();
  for (const claim of due) {
    try {
      await reviewClaim(context, claim, now);
    } catch (error) {
      context.log?.(error);
    }
  }
}

/** The earliest time a claim needs the stepper. */
export async function nextClaimDueAt(context: ServiceContext): Promise<number | undefined> {
  const row = await context.db
    .selectFrom("commerce_claims")
    .select((builder) => builder.fn.min("next_step_at").as("due"))
    .where("next_step_at", "is not", null)
    .executeTakeFirst();
  return row?.due === null || row?.due === undefined ? undefined : Number(row.due);
}
