import { dayStartMs, zoneDay } from "../../../../kernel/time-zone.ts";
import type { BrainDecision } from "../../types.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { planOrder } from "./order.ts";
import { draftFromTurn } from "./order-draft.ts";

/**
 * The shop asked for is closed now, and Dimple asked "pre-order it for later?": the order stays
 * waiting for a time, with the shop's opening time ("10:00-22:00" → 10:00) for "预约吧，开门就送".
 */
export function waitingForOpening(state: DialogueState, hours: string | undefined): DialogueState {
  const opens = /^\s*(\d{1,2}):(\d{2})/u.exec(hours ?? "");
  return {
    ...state,
    awaiting: { intent: "order_delivery", slot: "when" },
    skill: { ...state.skill, opensAt: opens ? `${opens[1]}:${opens[2]}` : undefined },
  };
}

// Words that take up the offer to pre-order: "预约", "开门就送", "晚点送", "schedule it", "when it opens".
const PRE_ORDER =
  /预约|预订|预定|定时|开门|营业|开业|晚点|晚些|等.{0,4}开|\b(?:schedule|pre-?order|later|when (?:it|they) opens?|once (?:it|they) opens?|at opening)\b/iu;

// Intents a clear classification may name that still answer the question with a time.
const ANSWER_READINGS = new Set(["order_delivery", "smalltalk", "out_of_scope"]);

/**
 * The answer to "it's closed now — pre-order it?": a time ("11点送到吧", "那就预约12点", "at 11:30") or
 * "预约吧，开门就送" is the same order for then (from the opening, when no time is said), never a new
 * search with the order forgotten. Anything else (another shop, something new) is left to the rest.
 */
export async function preorderAnswer(context: SkillContext): Promise<BrainDecision | undefined> {
  const { state, nlu, turn } = context;
  const order = state.order;
  if (state.awaiting?.intent !== "order_delivery" || state.awaiting.slot !== "when" || !order)
    return undefined;
  if (nlu.slots.cancel || nlu.slots.anotherShop) return undefined;
  const text = turn.text;
  const preOrder = PRE_ORDER.test(text);
  if (nlu.confidence >= 0.8 && !ANSWER_READINGS.has(nlu.intent) && !preOrder) return undefined;
  // Something new to buy is another order, not the answer.
  if ((nlu.slots.order?.lines ?? []).some((line) => line.match)) return undefined;
  const draft = draftFromTurn(context, order);
  // The lines stay the order's own: words of the answer ("10点半") are no thing to buy.
  draft.items = order.items;
  if (draft.when === order.when || !draft.when) {
    const opensAt = typeof state.skill?.opensAt === "string" ? state.skill.opensAt : undefined;
    if (!preOrder || !opensAt) return undefined;
    const [hour = 0, minute = 0] = opensAt.split(":").map(Number);
    const zone = turn.profile.timeZone;
    const atMs = dayStartMs(zoneDay(turn.now, zone), zone) + (hour * 60 + minute) * 60_000;
    if (atMs <= turn.now) return undefined;
    draft.when = { atMs, text: opensAt, opens: true };
  }
  return planOrder(context, draft);
}
