import { distanceMeters } from "../../ecosystem/world/geography.ts";
import { formatFen } from "../format.ts";

/** A past (or in-progress) payment of the user, from the mandates and the services' order history. */
export interface PastPayment {
  kind: string;
  payee: string;
  amountFen: number;
  at: number;
  /** Not failed or cancelled: money moved or is on hold. */
  live: boolean;
  taskId?: string;
}

/** Everything the score looks at; gathered by history.ts, scored here without any I/O. */
export interface RiskFacts {
  taskId: string;
  kind: string;
  payee: string;
  /** The merchant's name for the reasons (the card's own). */
  payeeName: string;
  /** The same name in English, when the card has it. */
  payeeNameEn?: string;
  amountFen: number;
  now: number;
  /** Items in the cart (delivery lines' quantities, ticket seats). */
  cartQty?: number;
  /** What the user literally asked for (the brain's `request.asked`). */
  asked?: { items?: { text: string; qty: number }[]; budgetFen?: number };
  /** The delivery address or the ride's pickup point. */
  location?: { lng: number; lat: number };
  history: PastPayment[];
  /** Saved addresses and past delivery addresses. */
  usualPlaces: { lng: number; lat: number }[];
}

/** One explained signal, in both languages. */
export interface RiskReason {
  code: string;
  points: number;
  zh: string;
  en: string;
}

export type RiskDecision = "allow" | "step_up" | "block";

export interface RiskAssessment {
  decision: RiskDecision;
  score: number;
  reasons: RiskReason[];
}

/** A score from this on asks for the PIN; from BLOCK_AT on, Dimple refuses to pay. */
export const STEP_UP_AT = 40;
export const BLOCK_AT = 90;
const RECENT_MS = 10 * 60_000;
const FAR_METERS = 20_000;

/**
 * Scores a payment before money moves. Each signal adds points with a reason in plain words; a
 * single weak signal (a new shop) never stops anyone, two together (a new shop and an unusual
 * amount) ask for the PIN, and a strong one (ten lattes when one was asked for) blocks.
 */
export function scoreRisk(facts: RiskFacts): RiskAssessment {
  const reasons = [
    amountAgainstHistory(facts),
    newPayee(facts),
    farFromUsualPlaces(facts),
    ...rapidRepeats(facts),
    ...askedMismatch(facts),
  ].filter((reason): reason is RiskReason => reason !== undefined);
  const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
  const decision: RiskDecision = score >= BLOCK_AT ? "block" : score >= STEP_UP_AT ? "step_up" : "allow";
  return { decision, score, reasons };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}

function amountAgainstHistory(facts: RiskFacts): RiskReason | undefined {
  const amounts = facts.history
    .filter((payment) => payment.kind === facts.kind && payment.live && payment.taskId !== facts.taskId)
    .map((payment) => payment.amountFen);
  // Fewer than three payments of this kind are no baseline; the policy's limits cover large amounts.
  if (amounts.length < 3) return undefined;
  const usual = median(amounts);
  const ratio = facts.amountFen / Math.max(usual, 1);
  const over = facts.amountFen - usual;
  const times = Math.round(ratio);
  if (ratio >= 20 && over >= 50_000)
    return {
      code: "amount_far_above_usual",
      points: 60,
      zh: `金额 ${formatFen(facts.amountFen)} 约是您平时（${formatFen(usual)}）的 ${times} 倍`,
      en: `${formatFen(facts.amountFen)} is about ${times} times what you usually pay (${formatFen(usual)})`,
    };
  if (ratio >= 5 && over >= 30_000)
    return {
      code: "amount_above_usual",
      points: 30,
      zh: `金额 ${formatFen(facts.amountFen)} 明显高于您平时的 ${formatFen(usual)}`,
      en: `${formatFen(facts.amountFen)} is well above your usual ${formatFen(usual)}`,
    };
  return undefined;
}

function newPayee(facts: RiskFacts): RiskReason | undefined {
  const known = facts.history.some(
    (payment) => payment.payee === facts.payee && payment.taskId !== facts.taskId && payment.live,
  );
  if (known) return undefined;
  if (facts.payee.startsWith("user:"))
    return {
      code: "new_recipient",
      points: 20,
      zh: `第一次给「${facts.payeeName}」转账`,
      en: `first transfer to ${facts.payeeNameEn ?? facts.payeeName}`,
    };
  // A ride is always paid to the platform: a "new payee" would say nothing.
  if (facts.kind === "ride_hail") return undefined;
  return {
    code: "new_merchant",
    points: 10,
    zh: `第一次在「${facts.payeeName}」消费`,
    en: `first payment to ${facts.payeeNameEn ?? facts.payeeName}`,
  };
}

function farFromUsualPlaces(facts: RiskFacts): RiskReason | undefined {
  if (!facts.location || facts.usualPlaces.length === 0) return undefined;
  const nearest = Math.min(
    ...facts.usualPlaces.map((place) => distanceMeters(place, facts.location as never)),
  );
  if (nearest <= FAR_METERS) return undefined;
  const km = Math.round(nearest / 1000);
  return {
    code: "far_from_usual_places",
    points: 30,
    zh: `地址离您常用的地点约 ${km} 公里`,
    en: `the address is about ${km} km from your usual places`,
  };
}

function rapidRepeats(facts: RiskFacts): RiskReason[] {
  const recent = facts.history.filter(
    (payment) => payment.live && payment.taskId !== facts.taskId && payment.at >= facts.now - RECENT_MS,
  );
  const reasons: RiskReason[] = [];
  const same = recent.find(
    (payment) => payment.payee === facts.payee && payment.amountFen === facts.amountFen,
  );
  if (same) {
    const minutes = Math.max(1, Math.round((facts.now - same.at) / 60_000));
    reasons.push({
      code: "repeat_of_recent_payment",
      points: 30,
      zh: `${minutes} 分钟前刚向同一商家付过同样的金额`,
      en: `you paid the same amount to the same merchant ${minutes} min ago`,
    });
  }
  if (recent.length >= 3)
    reasons.push({
      code: "rapid_payments",
      points: 45,
      zh: `10 分钟内第 ${recent.length + 1} 笔付款`,
      en: `payment number ${recent.length + 1} within 10 minutes`,
    });
  return reasons;
}

function askedMismatch(facts: RiskFacts): RiskReason[] {
  const reasons: RiskReason[] = [];
  const items = facts.asked?.items ?? [];
  const askedQty = items.reduce((sum, item) => sum + item.qty, 0);
  if (askedQty > 0 && facts.cartQty !== undefined && facts.cartQty > askedQty) {
    const what = items.map((item) => item.text).join("、");
    const strong = facts.cartQty >= askedQty * 5;
    reasons.push({
      code: strong ? "cart_far_exceeds_request" : "cart_exceeds_request",
      points: strong ? BLOCK_AT : 45,
      zh: `您要的是 ${askedQty} 份${what ? `「${what}」` : ""}，购物车里却有 ${facts.cartQty} 份`,
      en: `you asked for ${askedQty}${what ? ` (${what})` : ""} but the cart has ${facts.cartQty}`,
    });
  }
  const budget = facts.asked?.budgetFen;
  if (budget && facts.amountFen > budget * 1.2) {
    const double = facts.amountFen >= budget * 2;
    reasons.push({
      code: double ? "far_over_budget" : "over_budget",
      points: double ? 45 : 20,
      zh: `合计 ${formatFen(facts.amountFen)} 超出您说的预算 ${formatFen(budget)}`,
      en: `the total ${formatFen(facts.amountFen)} is over your budget of ${formatFen(budget)}`,
    });
  }
  return reasons;
}
