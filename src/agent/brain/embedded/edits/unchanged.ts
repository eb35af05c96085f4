import type { BrainDecision, Lang } from "../../types.ts";
import { CATALOGUE_KINDS } from "../intent.ts";
import { say } from "../say.ts";
import type { SkillContext } from "../skills/context.ts";
import type { DialogueState, OrderDraft } from "../state.ts";

// A follow-up read as a change to the waiting card that changes nothing on it ("make it a instead",
// a word the reader does not know): the same card made again would look as if the change were
// done. Said instead, with what the card holds, and the card stays as it is.

/** What a card's order is made of: its lines (thing, count, options), where, when, limits, shops. */
function essence(draft: OrderDraft): string {
  return JSON.stringify([
    draft.items.map((item) => [item.skuId ?? item.query, item.qty, sorted(item.options ?? {})]),
    draft.addressLabel ?? null,
    draft.otherPlace ?? null,
    draft.budgetMaxFen ?? null,
    draft.perItemMaxFen ?? null,
    draft.withinMinutes ?? null,
    draft.merchantQuery ?? null,
    draft.when?.atMs ?? null,
    (draft.exclusions ?? []).map((exclusion) => exclusion.zh).sort(),
    draft.diet ?? null,
    draft.problems ?? null,
  ]);
}

function sorted(options: object): [string, unknown][] {
  return Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
}

// The words of asking for a change, and counts: what is left once they are gone names the change
// ("change it to with an extra shot" leaves "extra shot", a choice only the shop's menu knows).
const EDIT_WORDS_EN =
  /\b(?:make|it|that|this|them|change|to|instead|actually|wait|hold on|i|i'd|need|want|would|like|a|an|the|one|please|pls|just|oh|um|uh|ok|okay|so|let's|lets|do|go|with|and|but|hmm|sorry|no|yes|yeah|can|could|you|me|order|get)\b/giu;
const EDIT_WORDS_ZH =
  /改成|换成|改为|换为|算了|不对|还是|改|换|成|为|吧|了|啊|呀|的|一下|那|就|嗯|哦|要|我|好|[0-9一二两三四五六七八九十个杯份碗]/gu;

// A weight or volume said ("改1kg吧", "half a kilo"): a choice the shop's menu names.
const MEASURE = /\d\s*(?:kg|g|ml|l)\b|公斤|千克|斤|克|毫升|\bkilos?\b|\bgrams?\b/iu;

function namesSomething(text: string): boolean {
  if (MEASURE.test(text)) return true;
  const rest = text
    .toLowerCase()
    .replace(EDIT_WORDS_EN, " ")
    .replace(EDIT_WORDS_ZH, " ")
    .replace(/[\p{P}\s\d]+/gu, " ")
    .trim();
  return /\p{Script=Han}/u.test(rest) || rest.split(/\s+/u).some((word) => word.length >= 3);
}

/** Whether a follow-up changes nothing on the waiting order, and its words name nothing more. */
export function changesNothing(draft: OrderDraft, order: OrderDraft, text: string): boolean {
  return essence(draft) === essence(order) && !namesSomething(text);
}

/** The reply for a follow-up that changes nothing: what the card holds, and what can change. */
export function nothingChanged(order: OrderDraft, lang: Lang, state: DialogueState): BrainDecision {
  const lines = order.items
    .map((item) => `${say(lang, item.card?.zh ?? item.query, item.card?.en ?? item.query)} ×${item.qty}`)
    .join(say(lang, "、", ", "));
  return {
    type: "ask",
    slot: "edit_line",
    text: say(
      lang,
      `没听明白要改什么，卡片还是原样：${lines}。要改数量、规格、地址，还是换别的？`,
      `I didn't catch what to change, so the card is as it was: ${lines}. Change the count, an option, the address, or something else?`,
    ),
    state,
  };
}

/**
 * Whether a turn only adjusts the order being discussed ("less sugar please", "two of them", "送到公司"):
 * it carries order details but names nothing new, right after an order turn.
 */
export function isOrderTweak(context: SkillContext): boolean {
  const { nlu, state } = context;
  const slots = nlu.slots;
  if (state.lastIntent !== "order_delivery") return false;
  if (!["order_delivery", "out_of_scope", "smalltalk"].includes(nlu.intent) && nlu.confidence >= 0.6)
    return false;
  if ((slots.entities ?? []).some((match) => CATALOGUE_KINDS.has(match.entity.kind))) return false;
  return (
    slots.options !== undefined ||
    slots.quantity !== undefined ||
    slots.quantityDelta !== undefined ||
    slots.addressLabel !== undefined ||
    slots.budgetMaxFen !== undefined ||
    slots.withinMinutes !== undefined
  );
}
