import type { BrainDecision, TaskRequest } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState, OrderDraft, WantedItem } from "../state.ts";
import { quoteCandidate } from "./cart-quotes.ts";
import type { SkillContext } from "./context.ts";
import type { Candidate, QuotedCandidate } from "./order-search.ts";

/** A shop of the basket with the items it takes and the candidate it sells for each. */
interface Assignment {
  merchantId: string;
  picks: { candidate: Candidate; item: WantedItem; index: number }[];
}

/** At most this many shops in one basket, and this many shop sets are quoted for real. */
const MAX_SHOPS = 4;
const MAX_QUOTED_SETS = 3;
/** Per item, the shops considered (closest matches, then cheapest), to bound the search. */
const SHOPS_PER_ITEM = 8;

/**
 * A basket no single shop sells: the fewest shops that together carry every item (each item from
 * the shop in the set that matches it best, then cheapest), every order at or over its shop's
 * minimum, then the lowest estimate. Returns the shop sets of the smallest size, best first (none
 * when no set of shops can take the basket).
 */
export function chooseShops(items: WantedItem[], perItem: Candidate[][]): Assignment[][] {
  const usable = perItem.map(closestMatches);
  const shops = [
    ...new Set(
      usable.flatMap((candidates) =>
        [...new Set(candidates.map((candidate) => candidate.merchantId))].slice(0, SHOPS_PER_ITEM),
      ),
    ),
  ];
  for (let size = 2; size <= Math.min(MAX_SHOPS, items.length); size++) {
    const sets = combinations(shops, size)
      .flatMap((set) => {
        const assignment = assign(set, items, usable);
        return assignment ? [assignment] : [];
      })
      .sort((a, b) => estimate(a) - estimate(b));
    if (sets.length) return sets;
  }
  return [];
}

/** Each item to the shop of the set that sells it best; undefined if an item is left or a shop idle or short. */
function assign(set: string[], items: WantedItem[], usable: Candidate[][]): Assignment[] | undefined {
  const orders = new Map<string, Assignment>(
    set.map((merchantId) => [merchantId, { merchantId, picks: [] }]),
  );
  for (const [index, item] of items.entries()) {
    const candidate = usable[index]?.find((entry) => orders.has(entry.merchantId));
    if (!candidate) return undefined;
    orders.get(candidate.merchantId)?.picks.push({ candidate, item, index });
  }
  const made = [...orders.values()];
  // Fewest shops: a set with an idle shop is a smaller set, tried before.
  if (made.some((order) => order.picks.length === 0)) return undefined;
  // Every shop must take its order (its minimum reached by its own items).
  if (made.some((order) => itemsFen(order) < (order.picks[0]?.candidate.merchant.minOrderFen ?? 0)))
    return undefined;
  return made;
}

/** Only the closest matches of an item count (as for a single shop's cart), best and cheapest first. */
function closestMatches(candidates: Candidate[]): Candidate[] {
  const best = Math.min(...candidates.map((candidate) => candidate.relevance ?? 0));
  return candidates
    .filter((candidate) => (candidate.relevance ?? 0) <= best + 0.2)
    .sort((a, b) => (a.relevance ?? 0) - (b.relevance ?? 0) || a.priceFen - b.priceFen);
}

const itemsFen = (order: Assignment) =>
  order.picks.reduce((sum, { candidate, item }) => sum + candidate.priceFen * item.qty, 0);

/** Items and delivery fees: what the basket will roughly cost before coupons. */
const estimate = (orders: Assignment[]) =>
  orders.reduce(
    (sum, order) => sum + itemsFen(order) + (order.picks[0]?.candidate.merchant.deliveryFeeFen ?? 0),
    0,
  );

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, index) =>
    combinations(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]),
  );
}

/**
 * Plans a basket across shops: quotes the best few shop sets with commerce and brings the cheapest
 * whole basket to one card. Budget and exclusions apply to the whole basket.
 */
export async function planBasket(
  context: SkillContext,
  state: DialogueState,
  draft: OrderDraft,
  perItem: Candidate[][],
  addressId: string,
  toFrame: (draft: OrderDraft) => TaskRequest["frame"],
): Promise<BrainDecision | undefined> {
  const { turn, lang } = context;
  const sets = chooseShops(draft.items, perItem);
  const quotedSets: { orders: Assignment[]; quotes: QuotedCandidate[]; totalFen: number }[] = [];
  for (const orders of sets.slice(0, MAX_QUOTED_SETS)) {
    const quotes: QuotedCandidate[] = [];
    for (const order of orders) {
      const { quoted } = await quoteCandidate(
        turn.tools,
        turn.profile.userId,
        addressId,
        order.picks.map(({ candidate, item }) => ({ candidate, item })),
      );
      if (!quoted) break;
      quotes.push(quoted);
    }
    if (quotes.length === orders.length)
      quotedSets.push({ orders, quotes, totalFen: quotes.reduce((sum, quote) => sum + quote.totalFen, 0) });
  }
  const best = quotedSets.sort((a, b) => a.totalFen - b.totalFen)[0];
  // Each item from the shop the user named for it: a split they asked for, not one made for them.
  const named = draft.items.some((item) => item.shop);
  if (!best) return sets.length ? undefined : belowMinimum(context, state, draft, perItem);
  const shops = best.quotes.map((quote) =>
    say(
      lang,
      `「${quote.merchantZh}」${quote.lines.map((line) => `${line.nameZh} ×${line.qty}`).join("、")}`,
      `${quote.merchantEn}: ${quote.lines.map((line) => `${line.qty} × ${line.nameEn}`).join(", ")}`,
    ),
  );
  if (draft.budgetMaxFen !== undefined && best.totalFen > draft.budgetMaxFen) {
    // The whole basket is held to the budget: say what it comes to and ask before a card over it.
    return {
      type: "ask",
      slot: "budget",
      text: say(
        lang,
        `${named ? "按你说的店" : "没有一家店同时有这几样，"}分 ${best.quotes.length} 家买（${shops.join("；")}）最便宜合计 ${yuan(best.totalFen)}，超出你 ${yuan(draft.budgetMaxFen)} 的预算 ${yuan(best.totalFen - draft.budgetMaxFen)}。要按这个价下单，还是改一下？`,
        `${named ? "From the shops you named," : "No single shop has all of these;"} split across ${best.quotes.length} shops (${shops.join("; ")}) the cheapest comes to ${yuan(best.totalFen)}, ${yuan(best.totalFen - draft.budgetMaxFen)} over your ${yuan(draft.budgetMaxFen)} budget. Go ahead at that price, or change something?`,
      ),
      state: {
        ...state,
        awaiting: { intent: "order_delivery", slot: "budget" },
        order: { ...draft, budgetMaxFen: undefined },
      },
    };
  }
  const request: TaskRequest = {
    kind: "order_basket",
    title: best.quotes.map((quote) => say(lang, quote.merchantZh, quote.merchantEn)).join(" + "),
    args: {
      addressId,
      orders: best.orders.map((order, at) => ({
        merchantId: order.merchantId,
        lines: order.picks.map(({ index }, line) => {
          const quoted = best.quotes[at]?.lines[line];
          return { skuId: quoted?.skuId, qty: quoted?.qty, options: quoted?.options ?? {}, item: index };
        }),
      })),
    },
    asked: {
      items: draft.items.map((item) => ({ text: item.query, qty: item.qty })),
      ...(draft.budgetMaxFen ? { budgetFen: draft.budgetMaxFen } : {}),
    },
    frame: toFrame(draft),
  };
  return {
    type: "start_task",
    request,
    text: say(
      lang,
      `${named ? "按你说的店" : "没有一家店同时有这几样，我"}分成 ${best.quotes.length} 单，一次确认：${shops.join("；")}。`,
      `${named ? "From the shops you named," : "No single shop has all of these, so"} I split it into ${best.quotes.length} orders you confirm once: ${shops.join("; ")}.`,
    ),
    state: {
      ...state,
      awaiting: undefined,
      lastQuote: {
        totalFen: best.totalFen,
        etaMinutes: Math.max(...best.quotes.map((quote) => quote.etaMinutes)),
      },
    },
  };
}

/**
 * No set of shops can take the basket because an item, bought on its own, stays below every shop's
 * minimum order: say which, with the numbers, instead of a card for part of it.
 */
function belowMinimum(
  context: SkillContext,
  state: DialogueState,
  draft: OrderDraft,
  perItem: Candidate[][],
): BrainDecision | undefined {
  const named = draft.items.some((item) => item.shop);
  for (const [index, item] of draft.items.entries()) {
    const cheapest = closestMatches(perItem[index] ?? []).sort((a, b) => a.priceFen - b.priceFen)[0];
    const minimum = cheapest?.merchant.minOrderFen ?? 0;
    if (!cheapest || cheapest.priceFen * item.qty >= minimum) continue;
    const itemsFen = cheapest.priceFen * item.qty;
    return {
      type: "reply",
      text: say(
        context.lang,
        `${named ? "按你说的店分开下单的话" : "没有一家店同时有这几样，分开下单的话"}，「${cheapest.nameZh}」${item.qty} 份只有 ${yuan(itemsFen)}，不到「${cheapest.merchant.nameZh}」的起送价 ${yuan(minimum)}。要多买几份，还是去掉它？`,
        `${named ? "Ordered" : "No single shop has all of these, and"} on its own ${item.qty} × ${cheapest.nameEn} comes to ${yuan(itemsFen)}, below ${cheapest.merchant.nameEn}'s ${yuan(minimum)} minimum order. Add more of it, or leave it out?`,
      ),
      state: { ...state, awaiting: undefined },
    };
  }
  return undefined;
}
