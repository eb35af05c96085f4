import type { ItemOptions } from "../../nlu/slots/types.ts";
import type { BrainDecision, TaskRequest } from "../../types.ts";
import { say } from "../say.ts";
import type { DialogueState, OrderDraft, WantedItem } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { planOrder, refusalReason } from "./order.ts";
import { reorderChanged } from "./reorder-changes.ts";

/** A past order as commerce lists it (the fields a reorder needs). */
export interface PastOrder {
  orderId: string;
  merchantId: string;
  merchantNameZh: string;
  merchantNameEn: string;
  status: string;
  lines: { skuId: string; nameZh: string; nameEn: string; qty: number; options: Record<string, string> }[];
  address: { addressId?: string };
}

// Words that point at a kind of shop in "the groceries I got last time", "上次买的药".
const SHOP_WORDS: readonly [RegExp, string][] = [
  [/grocer|超市|买菜|菜/iu, "groceries"],
  [/coffee|咖啡/iu, "coffee"],
  [/bubble tea|milk tea|奶茶/iu, "bubble_tea"],
  [/medicine|pharmacy|药/iu, "pharmacy"],
  [/flower|鲜花|花/iu, "flowers"],
  [/fruit|水果/iu, "fruit"],
  [/burger|fast food|汉堡|快餐/iu, "fast_food"],
  [/noodle|面/iu, "noodles"],
];

/**
 * "老样子" / "same as last time": the user's most recent matching order (by the item, shop or kind
 * of shop they mention), at the same shop with the same options, to the same place unless they
 * say otherwise. If that shop cannot take it now, the same items are planned anywhere nearby.
 */
export async function reorderLastTime(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang, nlu } = context;
  const listed = await turn.tools.call<{ orders: PastOrder[] }>("commerce_list_orders", {
    userId: turn.profile.userId,
    limit: 20,
  });
  const past = listed.ok
    ? listed.data.orders.filter((order) => !["rejected", "cancelled"].includes(order.status))
    : [];
  const chosen = await pickPastOrder(context, past);
  if (!chosen) {
    return {
      type: "ask",
      slot: "item",
      text: say(
        lang,
        "我没找到你之前的订单。这次想点点什么？",
        "I couldn't find an earlier order to repeat. What would you like this time?",
      ),
      state: { ...context.state, awaiting: { intent: "order_delivery", slot: "item" } },
    };
  }
  const labelled = nlu.slots.addressLabel
    ? turn.profile.addresses.find((address) => address.label === nlu.slots.addressLabel)
    : undefined;
  const address =
    labelled ??
    turn.profile.addresses.find((candidate) => candidate.id === chosen.address.addressId) ??
    turn.profile.addresses.find((candidate) => candidate.label === "home") ??
    turn.profile.addresses[0];
  const single = chosen.lines.length === 1;
  const lines = chosen.lines.map((line) => ({
    ...line,
    qty: single && nlu.slots.quantity ? nlu.slots.quantity : line.qty,
  }));
  const draft: OrderDraft = {
    items: lines.map((line) => ({
      query: line.nameZh,
      qty: line.qty,
      options: itemOptions(line.options),
      choices: line.options,
      searches: [{ keyword: line.nameZh }],
    })),
    ...(address?.label === "home" || address?.label === "office" ? { addressLabel: address.label } : {}),
  };
  if (!address) return planOrder(context, draft);
  // "…again, but 3 of them and hot", "…plus 2 pineapple pies": the old order with that change.
  const reordered = await reorderChanged(context, chosen, draft);
  if (reordered) return reordered;
  const changed = nlu.slots.options;
  if (changed) {
    // "和上次一样，不过这次要热的": the same things from the same shop, with what the user changes.
    const tweaked: OrderDraft = {
      ...draft,
      merchantQuery: chosen.merchantNameZh,
      items: draft.items.map((item) => ({
        ...item,
        options: { ...withoutChanged(item.options, changed), ...changed },
        choices: withoutChanged(item.choices ?? {}, changed),
      })),
    };
    return planOrder(context, tweaked);
  }
  const args = {
    merchantId: chosen.merchantId,
    lines: lines.map(({ skuId, qty, options }) => ({ skuId, qty, options })),
    addressId: address.id,
  };
  const quoted = await turn.tools.call("commerce_quote_cart", { ...args, userId: turn.profile.userId });
  // The old shop is closed, out of range or out of stock: say so, and find the same things elsewhere.
  if (!quoted.ok) {
    // A brand the user named stays ("same Starbucks order as yesterday"), at another of its branches;
    // else another branch of the old shop's brand first ("星巴克（东方郡店）" cannot reach home, one near
    // home can), then anywhere.
    const named = (nlu.slots.entities ?? []).find((match) => match.entity.kind === "merchant")?.entity;
    const brand = named?.zh ?? chosen.merchantNameZh.replace(/[（(][^）)]*[）)]\s*$/u, "").trim();
    const sameBrand = brand ? await planOrder(context, { ...draft, merchantQuery: brand }) : undefined;
    const elsewhere =
      sameBrand && (named || sameBrand.type === "start_task") ? sameBrand : await planOrder(context, draft);
    const [zh, en] = refusalReason(quoted.error.code);
    const why = say(
      lang,
      `上次那家「${chosen.merchantNameZh}」现在接不了这单：${zh}。`,
      `${chosen.merchantNameEn} can't take that order now: ${en}. `,
    );
    return "text" in elsewhere ? { ...elsewhere, text: `${why}${elsewhere.text}` } : elsewhere;
  }
  const names = (pick: "nameZh" | "nameEn") => lines.map((line) => `${line[pick]} ×${line.qty}`).join(", ");
  const merchant = lang === "zh" ? chosen.merchantNameZh : chosen.merchantNameEn;
  const request: TaskRequest = {
    kind: "order_delivery",
    title: `${names(lang === "zh" ? "nameZh" : "nameEn")} · ${merchant}`,
    args,
    asked: { items: lines.map((line) => ({ text: line.nameZh, qty: line.qty })) },
  };
  const state: DialogueState = {
    ...context.state,
    lastIntent: "order_delivery",
    awaiting: undefined,
    order: {
      ...draft,
      items: draft.items.map((item, index) => ({
        ...item,
        skuId: lines[index]?.skuId,
        merchantId: chosen.merchantId,
      })) as WantedItem[],
    },
    shown: undefined,
  };
  return {
    type: "start_task",
    request,
    text: say(
      lang,
      `照上次的来：「${chosen.merchantNameZh}」的${names("nameZh")}，口味和上次一样，送到${address.label === "office" ? "公司" : "家"}。`,
      `Same as last time: ${names("nameEn")} from ${chosen.merchantNameEn}, same options, to your ${address.label}.`,
    ),
    state,
  };
}

/** The newest past order matching what the user mentions (an item, a shop, a kind of shop). */
async function pickPastOrder(context: SkillContext, past: PastOrder[]): Promise<PastOrder | undefined> {
  const { slots } = context.nlu;
  const said = (slots.entities ?? [])
    .filter((match) => match.entity.kind === "item" || match.entity.kind === "merchant")
    .flatMap((match) => [match.entity.zh.toLowerCase(), match.entity.en.toLowerCase()]);
  // "我想喝喜茶了" then "就上次那单": the last order from the shop just spoken of.
  const spoken = context.state.lastIntent === "order_delivery" ? context.state.order?.brand : undefined;
  const names = said.length === 0 && spoken ? [spoken.zh.toLowerCase(), spoken.en.toLowerCase()] : said;
  if (names.length > 0) {
    const named = past.find((order) =>
      [
        order.merchantNameZh,
        order.merchantNameEn,
        ...order.lines.flatMap((line) => [line.nameZh, line.nameEn]),
      ]
        .map((name) => name.toLowerCase())
        .some((name) => names.some((wanted) => name.includes(wanted) || wanted.includes(name))),
    );
    if (named) return named;
  }
  const shopKind = SHOP_WORDS.find(([pattern]) => pattern.test(context.turn.text))?.[1];
  if (shopKind) {
    const categories = new Map<string, string>();
    for (const order of past) {
      if (!categories.has(order.merchantId)) {
        const detail = await context.turn.tools.call<{ category: string }>("commerce_merchant_detail", {
          merchantId: order.merchantId,
        });
        categories.set(order.merchantId, detail.ok ? detail.data.category : "");
      }
      if (categories.get(order.merchantId) === shopKind) return order;
    }
  }
  return past[0];
}

/** Past option ids the user's change replaces (a new temperature replaces the old ice level too). */
export function withoutChanged<T extends object>(choices: T, changed: ItemOptions): T {
  const replaced = new Set<string>(Object.keys(changed));
  if (changed.temperature || changed.ice) {
    replaced.add("ice");
    replaced.add("temperature");
  }
  return Object.fromEntries(Object.entries(choices).filter(([key]) => !replaced.has(key))) as T;
}

/** The canonical options the NLU speaks, from a past line's option ids (the rest travel as choices). */
function itemOptions(options: Record<string, string>): ItemOptions {
  const result: ItemOptions = {};
  const { size, sugar, ice, spice, temperature } = options;
  if (size === "small" || size === "medium" || size === "large" || size === "extra_large") result.size = size;
  if (sugar === "none" || sugar === "less" || sugar === "half" || sugar === "standard") result.sugar = sugar;
  if (ice === "none" || ice === "less") result.ice = ice;
  if (ice === "hot" || temperature === "hot") result.temperature = "hot";
  if (spice === "none" || spice === "mild" || spice === "medium" || spice === "hot") result.spice = spice;
  return result;
}
