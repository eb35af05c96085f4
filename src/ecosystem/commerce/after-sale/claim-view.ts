import type { ServiceContext } from "../../../kernel/context.ts";
import { notFound } from "../../../kernel/errors.ts";
import { readLines } from "../rows.ts";
import type { CommerceClaimsTable } from "./tables.ts";

/** One step of a claim's life, for its timeline. */
export interface ClaimStep {
  status: "filed" | "under_review" | "approved" | "rejected" | "refunded";
  at: number;
}

/** A claim as its owner sees it. */
export interface ClaimView {
  claimId: string;
  orderId: string;
  userId: string;
  kind: string;
  target: string;
  lineIndex: number | null;
  /** The claimed line's name, in both languages; the merchant's for a whole-order claim. */
  subjectZh: string;
  subjectEn: string;
  qty: number | null;
  reason: string;
  amountFen: number;
  status: string;
  decision: { code: string; zh: string; en: string } | null;
  hasPhoto: boolean;
  refundedFen: number;
  refundId: string | null;
  /** When the review decides (under review only). */
  decidesAt: number | null;
  createdAt: number;
  timeline: ClaimStep[];
}

function steps(row: CommerceClaimsTable): ClaimStep[] {
  const timeline: ClaimStep[] = [{ status: "filed", at: Number(row.created_at) }];
  if (row.decided_at === null || Number(row.decided_at) > Number(row.created_at))
    timeline.push({ status: "under_review", at: Number(row.created_at) });
  if (row.decided_at !== null)
    timeline.push({
      status: row.status === "rejected" ? "rejected" : "approved",
      at: Number(row.decided_at),
    });
  if (row.refunded_at !== null) timeline.push({ status: "refunded", at: Number(row.refunded_at) });
  return timeline;
}

/** Loads one of the user's claims (another user's is not found). */
export async function getClaim(
  context: ServiceContext,
  request: { userId: string; claimId: string },
): Promise<ClaimView> {
  const row = await context.db
    .selectFrom("commerce_claims")
    .selectAll()
    .where("id", "=", request.claimId)
    .executeTakeFirst();
  if (!row || row.user_id !== request.userId) throw notFound("claim", request.claimId, "claimId");
  return shapeClaim(context, row);
}

/** The user's claims, newest first, optionally on one order. */
export async function listClaims(
  context: ServiceContext,
  request: { userId: string; orderId?: string | undefined; limit?: number | undefined },
): Promise<{ claims: ClaimView[] }> {
  let query = context.db.selectFrom("commerce_claims").selectAll().where("user_id", "=", request.userId);
  if (request.orderId) query = query.where("order_id", "=", request.orderId);
  const rows = await query
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(request.limit ?? 20)
    .execute();
  return { claims: await Promise.all(rows.map((row) => shapeClaim(context, row))) };
}

/** Shapes a claim row with the names of what it is about. */
export async function shapeClaim(context: ServiceContext, row: CommerceClaimsTable): Promise<ClaimView> {
  const order = await context.db
    .selectFrom("commerce_orders")
    .innerJoin("commerce_merchants", "commerce_merchants.id", "commerce_orders.merchant_id")
    .select([
      "commerce_orders.lines as lines",
      "commerce_merchants.name_zh as nameZh",
      "commerce_merchants.name_en as nameEn",
    ])
    .where("commerce_orders.id", "=", row.order_id)
    .executeTakeFirst();
  if (!order) throw notFound("order", row.order_id, "orderId");
  const line = row.line_index === null ? undefined : readLines(order.lines)[row.line_index];
  return {
    claimId: row.id,
    orderId: row.order_id,
    userId: row.user_id,
    kind: row.kind,
    target: row.target,
    lineIndex: row.line_index,
    subjectZh: line?.nameZh ?? order.nameZh,
    subjectEn: line?.nameEn ?? order.nameEn,
    qty: row.qty,
    reason: row.reason,
    amountFen: row.amount_fen,
    status: row.status,
    decision:
      row.decision_code && row.decision_zh && row.decision_en
        ? { code: row.decision_code, zh: row.decision_zh, en: row.decision_en }
        : null,
    hasPhoto: row.has_photo === 1,
    refundedFen: row.refunded_fen,
    refundId: row.refund_id,
    decidesAt: row.status === "under_review" && row.next_step_at !== null ? Number(row.next_step_at) : null,
    createdAt: Number(row.created_at),
    timeline: steps(row),
  };
}
