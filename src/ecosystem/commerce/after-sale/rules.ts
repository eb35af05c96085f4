import type { ServiceContext } from "../../../kernel/context.ts";
import { DimpleError, type ErrorCode } from "../../../kernel/errors.ts";
import { yuanShort } from "../../../kernel/money.ts";
import type { StoredLine } from "../rows.ts";
import type { CommerceOrdersTable } from "../tables.ts";
import type { ClaimKind } from "./schemas.ts";
import type { CommerceClaimRulesTable } from "./tables.ts";

const MINUTE = 60_000;

/** A decision in both languages, with a stable code. */
export interface Decision {
  code: string;
  zh: string;
  en: string;
}

/** What the platform would do with a claim, before or as it is filed. */
export interface Assessment {
  target: string;
  kind: ClaimKind;
  lineIndex: number | null;
  qty: number | null;
  /** What the claim asks back. */
  amountFen: number;
  /** The most this claim could ask: what was paid for the line, or the order. */
  capFen: number;
  /** `instant`: approved at once; `review`: decided after `reviewMinutes`; `reject`: refused with a reason. */
  outcome: "instant" | "review" | "reject";
  reviewMinutes: number;
  /** Above this, a reviewed claim needs a photo (null: never). */
  photoOverFen: number | null;
  decision?: Decision;
  deliveredAt: number;
  windowEndsAt: number;
  lateMinutes?: number;
}

/** The facts about an order that the rules look at. */
export interface OrderFacts {
  order: CommerceOrdersTable;
  lines: StoredLine[];
  deliveredAt: number | undefined;
  promisedAt: number;
  /** Targets already claimed on this order (`order`, `line:0`, `late`). */
  claimedTargets: string[];
}

/** The rule row for a kind of claim. */
export async function loadRule(context: ServiceContext, kind: ClaimKind): Promise<CommerceClaimRulesTable> {
  const rule = await context.db
    .selectFrom("commerce_claim_rules")
    .selectAll()
    .where("kind", "=", kind)
    .executeTakeFirst();
  if (!rule)
    throw new DimpleError("claim_kind_unavailable", `claims of kind ${kind} are not taken`, {
      field: "kind",
    });
  return rule;
}

/**
 * What the customer paid for one line: its price less its share of the order's discounts (rounded
 * so the shares never add up to more than was paid). A claim on a line never asks more than this.
 */
export function linePaidFen(
  order: Pick<CommerceOrdersTable, "items_fen" | "discount_fen">,
  line: StoredLine,
): number {
  if (order.items_fen <= 0) return 0;
  const share = Math.ceil((order.discount_fen * line.lineFen) / order.items_fen);
  return Math.max(0, line.lineFen - share);
}

function refused(
  code: ErrorCode,
  message: string,
  field: string,
  details?: Record<string, unknown>,
): DimpleError {
  return new DimpleError(code, message, { field, status: 409, ...(details ? { details } : {}) });
}

/**
 * Applies a kind's rule to a claim on an order: whether it can be filed at all (delivered, inside
 * the window, not claimed before, not more than was paid), how much it asks, and how it will be
 * decided. Expected refusals are DimpleErrors with a code and the field at fault.
 */
export function assessClaim(
  facts: OrderFacts,
  rule: CommerceClaimRulesTable,
  request: {
    kind: ClaimKind;
    lineIndex?: number | undefined;
    qty?: number | undefined;
    amountFen?: number | undefined;
  },
  now: number,
): Assessment {
  const { order, lines } = facts;
  if (order.status !== "delivered" || facts.deliveredAt === undefined)
    throw refused(
      "claim_not_open",
      `order ${order.id} is ${order.status}; claims open once it is delivered`,
      "orderId",
      {
        status: order.status,
      },
    );
  const windowEndsAt = facts.deliveredAt + rule.window_minutes * MINUTE;
  if (now > windowEndsAt)
    throw refused(
      "claim_window_closed",
      `claims on order ${order.id} closed ${rule.window_minutes / 60} h after delivery`,
      "orderId",
      { windowEndsAt, windowMinutes: rule.window_minutes },
    );
  if (!order.payment_intent_id)
    throw refused("not_refundable", `order ${order.id} was not paid through the wallet service`, "orderId");
  const base = {
    kind: request.kind,
    reviewMinutes: rule.review_minutes,
    photoOverFen: rule.photo_over_fen,
    deliveredAt: facts.deliveredAt,
    windowEndsAt,
  };
  const remainingFen = order.total_fen - order.claimed_fen;
  if (request.kind === "late") return assessLate(facts, rule, base, remainingFen);

  const target = request.lineIndex === undefined ? "order" : `line:${request.lineIndex}`;
  if (facts.claimedTargets.includes(target) || (target === "order" && facts.claimedTargets.length > 0))
    throw refused(
      "claim_exists",
      `there is already a claim on ${target === "order" ? "this order" : "this line"}`,
      target === "order" ? "orderId" : "lineIndex",
    );
  if (target !== "order" && facts.claimedTargets.includes("order"))
    throw refused("claim_exists", "the whole order is already claimed", "lineIndex");
  let capFen = order.total_fen;
  let qty: number | null = null;
  if (request.lineIndex !== undefined) {
    const line = lines[request.lineIndex];
    if (!line)
      throw new DimpleError(
        "invalid_argument",
        `the order has ${lines.length} line(s); there is no line ${request.lineIndex}`,
        {
          field: "lineIndex",
        },
      );
    const paid = linePaidFen(order, line);
    qty = request.qty ?? line.qty;
    if (qty > line.qty)
      throw refused(
        "amount_exceeds_line",
        `the line has ${line.qty} item(s); ${qty} cannot be claimed`,
        "qty",
        {
          lineQty: line.qty,
        },
      );
    capFen = Math.floor((paid * qty) / line.qty);
  }
  const amountFen = request.amountFen ?? capFen;
  if (amountFen > capFen)
    throw refused(
      request.lineIndex === undefined ? "amount_exceeds_order" : "amount_exceeds_line",
      `at most ${capFen} fen can be claimed here; ${amountFen} fen is more than was paid`,
      "amountFen",
      { capFen },
    );
  if (amountFen > remainingFen)
    throw refused(
      "amount_exceeds_order",
      `only ${remainingFen} fen of the order is left to claim`,
      "amountFen",
      {
        remainingFen,
      },
    );
  if (amountFen <= 0) throw refused("nothing_to_claim", "nothing was paid for this line", "lineIndex");
  const instant = amountFen <= rule.instant_max_fen;
  return {
    ...base,
    target,
    lineIndex: request.lineIndex ?? null,
    qty,
    amountFen,
    capFen,
    outcome: instant ? "instant" : "review",
    ...(instant
      ? {
          decision: {
            code: "approved_instantly",
            zh: `¥${yuanShort(amountFen)} 在 ¥${yuanShort(rule.instant_max_fen)} 以内，平台直接同意`,
            en: `¥${yuanShort(amountFen)} is within ¥${yuanShort(rule.instant_max_fen)}: approved at once`,
          },
        }
      : {}),
  };
}

function assessLate(
  facts: OrderFacts,
  rule: CommerceClaimRulesTable,
  base: Pick<Assessment, "kind" | "reviewMinutes" | "photoOverFen" | "deliveredAt" | "windowEndsAt">,
  remainingFen: number,
): Assessment {
  if (facts.claimedTargets.includes("late"))
    throw refused("claim_exists", "lateness on this order was already claimed", "orderId");
  const lateMinutes = Math.max(0, Math.floor(((facts.deliveredAt as number) - facts.promisedAt) / MINUTE));
  const after = rule.late_after_minutes ?? 0;
  const percent = rule.late_percent ?? 0;
  const capFen = Math.min(remainingFen, Math.floor((facts.order.total_fen * percent) / 100));
  const common = { ...base, target: "late", lineIndex: null, qty: null, capFen, lateMinutes };
  if (lateMinutes < after || capFen <= 0)
    return {
      ...common,
      amountFen: 0,
      outcome: "reject",
      decision: {
        code: "not_late_enough",
        zh:
          lateMinutes === 0
            ? `订单按时送达，未超过承诺时间，没有超时赔付`
            : `订单比承诺时间晚 ${lateMinutes} 分钟送达，超时 ${after} 分钟以上才有赔付`,
        en:
          lateMinutes === 0
            ? "The order arrived on time, so there is no late compensation"
            : `The order arrived ${lateMinutes} min after the promised time; compensation starts at ${after} min late`,
      },
    };
  return {
    ...common,
    amountFen: capFen,
    outcome: "instant",
    decision: {
      code: "late_compensation",
      zh: `晚送达 ${lateMinutes} 分钟，按超时规则赔付实付的 ${percent}%`,
      en: `Arrived ${lateMinutes} min late: ${percent}% of what was paid comes back under the lateness rule`,
    },
  };
}

/** Why a reviewed claim is rejected, or undefined when the review approves it. */
export function reviewRejection(
  amountFen: number,
  hasPhoto: boolean,
  photoOverFen: number | null,
): Decision | undefined {
  if (photoOverFen === null || amountFen <= photoOverFen || hasPhoto) return undefined;
  return photoOverFen === 0
    ? {
        code: "photo_required",
        zh: "这类问题需要照片凭证，这次没有上传照片",
        en: "Claims of this kind need a photo, and none was uploaded",
      }
    : {
        code: "photo_required",
        zh: `超过 ¥${yuanShort(photoOverFen)} 的申请需要照片凭证，这次没有上传照片`,
        en: `Claims over ¥${yuanShort(photoOverFen)} need a photo, and none was uploaded`,
      };
}

/** The decision words for a claim approved on review. */
export const APPROVED_ON_REVIEW: Decision = {
  code: "approved_on_review",
  zh: "平台审核通过",
  en: "Approved after review",
};
