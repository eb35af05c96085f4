import { withoutPastOrder } from "../../nlu/slots/reorder-words.ts";
import { extractDateTime } from "../../nlu/slots/time.ts";
import type { BrainDecision } from "../../types.ts";
import { askWhichLine, editOrder, replanOrder } from "../edits/order-amend.ts";
import { say } from "../say.ts";
import type { OrderDraft } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { type PastOrder, withoutChanged } from "./order-history.ts";

/**
 * "my last McDonald's order again plus 2 pineapple pies", "same Pagoda order as last time but 3 kiwis
 * and skip the bananas", "上次的瑞幸拿铁再来一单，这次三杯，送公司": the past order with the change the
 * rest of the words make to it — read exactly as the same words would edit that order's card (add,
 * remove, a count, an option for all or some of it, a split, a time), then quoted at the old shop
 * first. Undefined when the words change nothing of it (the plain reorder goes on).
 */
export async function reorderChanged(
  context: SkillContext,
  chosen: PastOrder,
  draft: OrderDraft,
): Promise<BrainDecision | undefined> {
  const { lang, turn } = context;
  // Each line as it was (its own count: a count said for something added is not its count), named
  // by its item's category too ("without the meal, just the burger" names the Big Mac).
  const items = await Promise.all(
    draft.items.map(async (item, index) => {
      const line = chosen.lines[index];
      if (!line) return item;
      const detail = await turn.tools.call<{ category: string }>("commerce_item_detail", {
        skuId: line.skuId,
      });
      const category = detail.ok ? detail.data.category : undefined;
      const card = { zh: line.nameZh, en: line.nameEn, ...(category ? { category } : {}) };
      return { ...item, qty: line.qty, skuId: line.skuId, merchantId: chosen.merchantId, card };
    }),
  );
  // "my last order" names no line of it: its "last" is no ordinal here; "再来三杯" is three this
  // time, not three more.
  const { ordinal: _ordinal, quantityDelta, ...slots } = context.nlu.slots;
  const count = slots.quantity ?? (quantityDelta && quantityDelta > 0 ? quantityDelta : undefined);
  // Read on the words that change it, without those that point at it ("my last burger order" names
  // no line of it to change, "as yesterday" is no time to deliver at).
  const text = withoutPastOrder(turn.text);
  const { datetime: _past, ...rest } = slots;
  const datetime = slots.datetime && extractDateTime(text, lang, turn.now, turn.profile.timeZone);
  const nlu = {
    ...context.nlu,
    slots: { ...rest, ...(datetime ? { datetime } : {}), ...(count ? { quantity: count } : {}) },
  };
  const edited = editOrder({ ...context, nlu, turn: { ...turn, text } }, { ...draft, items });
  // "上次买的药，再来一份" for one of it: the same order, no change of it.
  const key = (order: OrderDraft) =>
    JSON.stringify([order.items.map((item) => [item.skuId, item.qty, item.options, item.said]), order.when]);
  if (!edited || ("draft" in edited && key(edited.draft) === key({ ...draft, items }))) return undefined;
  const merchant = say(lang, chosen.merchantNameZh, chosen.merchantNameEn);
  if ("unsure" in edited) return askWhichLine(edited.unsure, lang, context.state);
  const { changes } = edited;
  if (edited.draft.items.length === 0) {
    return {
      type: "reply",
      text: say(
        lang,
        `上次「${merchant}」那单去掉这些就什么都不剩了。这次想点点什么？`,
        `Taking that off your last ${merchant} order leaves nothing on it. What would you like instead?`,
      ),
      state: context.state,
    };
  }
  const changed = edited.draft.items.map((item) =>
    item.choices ? { ...item, choices: withoutChanged(item.choices, item.options) } : item,
  );
  const decision = await replanOrder(
    context,
    { ...edited.draft, items: changed, addressLabel: draft.addressLabel },
    chosen.merchantId,
  );
  const intro = say(
    lang,
    `照上次「${merchant}」那单，改动：${changes.join("，")}。`,
    `Your last ${merchant} order again — ${changes.join("; ")}. `,
  );
  return "text" in decision ? { ...decision, text: `${intro}${decision.text}` } : decision;
}
