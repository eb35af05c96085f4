import type { BrainDecision, TaskBrief } from "../../types.ts";
import { say } from "../say.ts";
import type { SkillContext } from "../skills/context.ts";
import { planOrder } from "../skills/order.ts";
import { wantedName } from "../skills/order-honesty.ts";
import type { DialogueState, OrderDraft, WantedItem } from "../state.ts";

/** The slot asked after "the card's shop does not sell it — a separate order from another shop?". */
export const SEPARATE_ORDER_SLOT = "separate_order";

/**
 * "再加一盒口罩" on a coffee card, "and two braised eggs" at a ramen shop: things added that the
 * card's shop cannot sell. The card stays as it was (never withdrawn for an add it cannot take); the
 * user is told, and the added things are offered as a separate order from a shop that has them
 * (a yes plans it: `separateOrderAnswer`). Undefined when the card's own lines changed too, or the
 * card's shop can sell what was added (then something else stopped the change, said as before).
 */
export async function addElsewhere(
  context: SkillContext,
  order: OrderDraft,
  draft: OrderDraft,
  awaitingCard: TaskBrief,
): Promise<BrainDecision | undefined> {
  const { state, lang } = context;
  const added = draft.items.filter((item) => !item.skuId);
  const kept = draft.items.filter((item) => item.skuId);
  if (added.length === 0 || !sameLines(kept, order.items)) return undefined;
  const stay = order.items[0]?.merchantId;
  const separate = separateDraft(draft, added);
  const there = await planOrder(context, { ...separate, stayMerchantId: stay });
  if (there.type === "start_task" && there.request.args.merchantId === stay) return undefined;
  const shop = cardShop(awaitingCard, lang);
  const names = (language: "zh" | "en") =>
    [...new Set(added.map((item) => wantedName(item, language)))].join(language === "zh" ? "、" : ", ");
  const elsewhere = there.type === "start_task" ? there : await planOrder(context, separate);
  // Nothing to offer as it is (none nearby, below a shop's minimum): what stops it is said as well.
  if (elsewhere.type !== "start_task")
    return {
      type: "reply",
      text: say(
        lang,
        `「${shop}」没有「${names("zh")}」，卡片上的订单没变，可以照常确认。单独买的话：${elsewhere.text}`,
        `${shop} doesn't sell ${names("en")}, so the order on the card is unchanged — confirm it as it is if you like. On its own: ${elsewhere.text}`,
      ),
      state,
    };
  const other = elsewhere.request.title.split(" · ").at(-1) ?? "";
  const asked: DialogueState = {
    ...state,
    awaiting: { intent: "order_delivery", slot: SEPARATE_ORDER_SLOT },
    skill: { ...state.skill, separateOrder: separate },
  };
  return {
    type: "ask",
    slot: SEPARATE_ORDER_SLOT,
    text: say(
      lang,
      `「${shop}」没有「${names("zh")}」，卡片上的订单没变。「${other}」有，要我另外下一单吗？`,
      `${shop} doesn't sell ${names("en")}, so the order on the card is unchanged. ${other} has it — shall I make it a separate order?`,
    ),
    state: asked,
  };
}

/** "好的" / "yes please" to the offer of a separate order: that order planned as a card of its own. */
export async function separateOrderAnswer(context: SkillContext): Promise<BrainDecision | undefined> {
  const { state, nlu, turn } = context;
  const separate = state.skill?.separateOrder as OrderDraft | undefined;
  if (state.awaiting?.slot !== SEPARATE_ORDER_SLOT || !separate) return undefined;
  const { separateOrder: _done, ...skill } = state.skill ?? {};
  const after: DialogueState = { ...state, awaiting: undefined, skill };
  if (nlu.slots.cancel || DECLINES.test(turn.text)) return undefined;
  if (!nlu.slots.confirm && !ACCEPTS.test(turn.text)) return undefined;
  // The separate order is a card beside the first one, never its replacement.
  return planOrder({ ...context, state: after }, separate);
}

const ACCEPTS =
  /^(?:好|好的|好啊|行|可以|要|要的|嗯|对|是的|另外下一?单|下吧|买吧|麻烦了?)|\b(?:yes|yeah|yep|sure|ok(?:ay)?|please|go ahead|do it|sounds good)\b/iu;
const DECLINES = /^(?:不用|不要|算了|不了)|\b(?:no|nope|never ?mind|don'?t)\b/iu;

/** The added things as an order of their own: same place and time, no shop, brand or budget of the card. */
function separateDraft(draft: OrderDraft, added: WantedItem[]): OrderDraft {
  const {
    brand: _brand,
    merchantQuery: _shop,
    stayMerchantId: _stay,
    budgetMaxFen: _budget,
    perItemMaxFen: _cap,
    ...rest
  } = draft;
  return { ...rest, items: added.map(({ shop: _named, ...item }) => item) };
}

function sameLines(kept: readonly WantedItem[], lines: readonly WantedItem[]): boolean {
  const key = (item: WantedItem) => `${item.skuId}|${item.qty}|${JSON.stringify(item.options)}`;
  return (
    kept.length === lines.length && kept.every((item, index) => key(item) === key(lines[index] as WantedItem))
  );
}

function cardShop(card: TaskBrief, lang: "zh" | "en"): string {
  const title = (lang === "zh" ? card.titleZh : card.titleEn) ?? card.title;
  return title.split(" · ").at(-1) ?? title;
}
