import type { ServiceContext } from "../../../kernel/context.ts";
import { DimpleError } from "../../../kernel/errors.ts";
import { isUniqueViolation } from "../../../kernel/idempotency.ts";
import { validate } from "../validate.ts";
import { type ClaimView, shapeClaim } from "./claim-view.ts";
import { loadOrderFacts } from "./facts.ts";
import { checkPhoto } from "./photo.ts";
import { type Assessment, assessClaim, loadRule } from "./rules.ts";
import {
  FileClaimInput,
  type FileClaimRequest,
  PreviewClaimInput,
  type PreviewClaimRequest,
} from "./schemas.ts";
import { publishClaim, refundClaim } from "./settle.ts";
import type { CommerceClaimsTable } from "./tables.ts";

/** What a claim would ask and how it would be decided, without filing it (for the card). */
export async function previewClaim(
  context: ServiceContext,
  request: PreviewClaimRequest,
): Promise<Assessment> {
  const input = validate(PreviewClaimInput, request);
  const facts = await loadOrderFacts(context, input.userId, input.orderId);
  return assessClaim(facts, await loadRule(context, input.kind), input, context.clock.now());
}

async function byKey(
  context: ServiceContext,
  userId: string,
  key: string,
): Promise<CommerceClaimsTable | undefined> {
  return context.db
    .selectFrom("commerce_claims")
    .selectAll()
    .where("user_id", "=", userId)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

/** A key may only ever name one claim: reusing it for another order or kind is refused. */
function sameClaim(row: CommerceClaimsTable, input: { orderId: string; kind: string }): void {
  if (row.order_id !== input.orderId || row.kind !== input.kind)
    throw new DimpleError("idempotency_conflict", "this idempotency key was used for another claim", {
      field: "idempotencyKey",
      status: 409,
    });
}

/**
 * Files a claim on a delivered order and decides it by the kind's rule: small claims inside the
 * window are approved and refunded at once; larger ones wait for review (the stepper); lateness is
 * paid by the lateness rule or rejected with the reason. One claim per line (or order) ever: any
 * number of identical claims at once file one, and the order's claims never add up to more than
 * was paid.
 */
export async function fileClaim(context: ServiceContext, request: FileClaimRequest): Promise<ClaimView> {
  const input = validate(FileClaimInput, request);
  if (input.idempotencyKey) {
    const existing = await byKey(context, input.userId, input.idempotencyKey);
    if (existing) {
      sameClaim(existing, input);
      return shapeClaim(context, existing);
    }
  }
  const photo = input.photo ? checkPhoto(input.photo) : undefined;
  const facts = await loadOrderFacts(context, input.userId, input.orderId);
  let assessment: Assessment;
  try {
    assessment = assessClaim(facts, await loadRule(context, input.kind), input, context.clock.now());
  } catch (error) {
    // A retry with the key of a claim that committed since we looked: that claim is the answer.
    const winner = input.idempotencyKey
      ? await byKey(context, input.userId, input.idempotencyKey)
      : undefined;
    if (!winner) throw error;
    sameClaim(winner, input);
    return shapeClaim(context, winner);
  }
  const now = context.clock.now();
  const id = context.ids.next("clm");
  const row: CommerceClaimsTable = {
    id,
    user_id: input.userId,
    order_id: input.orderId,
    target: assessment.target,
    kind: input.kind,
    line_index: assessment.lineIndex,
    qty: assessment.qty,
    reason: input.reason,
    amount_fen: assessment.amountFen,
    status:
      assessment.outcome === "review"
        ? "under_review"
        : assessment.outcome === "instant"
          ? "approved"
          : "rejected",
    decision_code: assessment.decision?.code ?? null,
    decision_zh: assessment.decision?.zh ?? null,
    decision_en: assessment.decision?.en ?? null,
    has_photo: photo ? 1 : 0,
    idempotency_key: input.idempotencyKey ?? null,
    refund_id: null,
    refunded_fen: 0,
    // An approved claim is refunded right after it is filed; the stepper finishes it after a crash.
    next_step_at:
      assessment.outcome === "review"
        ? now + assessment.reviewMinutes * 60_000
        : assessment.outcome === "instant"
          ? now
          : null,
    created_at: now,
    decided_at: assessment.outcome === "review" ? null : now,
    refunded_at: null,
  };
  try {
    await context.db.transaction().execute(async (trx) => {
      if (row.status !== "rejected") {
        const reserved = await trx
          .updateTable("commerce_orders")
          .set((eb) => ({ claimed_fen: eb("claimed_fen", "+", row.amount_fen) }))
          .where("id", "=", row.order_id)
          .where((eb) => eb(eb("claimed_fen", "+", row.amount_fen), "<=", eb.ref("total_fen")))
          .executeTakeFirst();
        if (reserved.numUpdatedRows !== 1n)
          throw new DimpleError(
            "amount_exceeds_order",
            "the order's claims would add up to more than was paid",
            {
              field: "amountFen",
              status: 409,
            },
          );
      }
      await trx.insertInto("commerce_claims").values(row).execute();
      if (photo)
        await trx
          .insertInto("commerce_claim_photos")
          .values({
            id: context.ids.next("clp"),
            claim_id: id,
            content_type: photo.contentType,
            bytes: photo.bytes,
            sha256: photo.sha256,
            data_base64: photo.dataBase64,
            created_at: now,
          })
          .execute();
    });
  } catch (error) {
    // Another identical claim won the race (the unique target, or the order's total it reserved
    // first): the same key gets that claim, anything else is refused as a claim that exists.
    const winner = input.idempotencyKey
      ? await byKey(context, input.userId, input.idempotencyKey)
      : undefined;
    if (winner) {
      sameClaim(winner, input);
      return shapeClaim(context, winner);
    }
    const taken = await context.db
      .selectFrom("commerce_claims")
      .select("id")
      .where("order_id", "=", row.order_id)
      .where("target", "=", row.target)
      .executeTakeFirst();
    if (!taken && !isUniqueViolation(error)) throw error;
    throw new DimpleError("claim_exists", "there is already a claim on this", {
      field: assessment.lineIndex === null ? "orderId" : "lineIndex",
      status: 409,
      ...(taken ? { details: { claimId: taken.id } } : {}),
    });
  }
  await publishClaim(context, row, "claim.filed");
  if (row.status === "approved") await refundClaim(context, row).catch((error) => context.log?.(error));
  if (row.status === "rejected") await publishClaim(context, row, "claim.rejected");
  const fresh = await context.db
    .selectFrom("commerce_claims")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return shapeClaim(context, fresh);
}
