import { LATER_AFTER_MS } from "../../../engine/faithfulness.ts";
import { savedAddressNamed } from "../../nlu/slots/places.ts";
import type { BrainDecision, BrainOption, TaskRequest } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState, OrderDraft } from "../state.ts";
import { alikeSplitNote } from "./alike-split.ts";
import { cartsByMerchant, meetsConstraints, quoteCandidate, rankQuoted } from "./cart-quotes.ts";
import { foldChoiceLines } from "./choice-lines.ts";
import { inColourSaid } from "./colour-wish.ts";
import type { SkillContext } from "./context.ts";
import { withIngredient } from "./ingredient-wish.ts";
import { deliverAtFor, whenLabel } from "./later.ts";
import { saidChoicesOnce } from "./option-mapping.ts";
import { planBasket } from "./order-basket.ts";
import { frameOf } from "./order-frame.ts";
import { dietNote, explainMissing, substitutionNote, unrelatedStandIns } from "./order-honesty.ts";
import {
  askOverBudget,
  askOverItemBudget,
  askQuantity,
  explainChoice,
  explainNoQuote,
  lacking,
} from "./order-replies.ts";
import {
  type Candidate,
  type QuotedCandidate,
  saidChoiceNames,
  searchCandidates,
  unstick,
} from "./order-search.ts";
import { packedCounts } from "./pack-count.ts";
import { partyNote } from "./party-portions.ts";
import { planByTaste } from "./taste-pick.ts";

export { refusalReason } from "./order-replies.ts";

const MAX_QUOTED = 6;

/**
 * Plans a delivery order: find, quote, rank by the user's constraints, and bring the best to a card.
 * `strict`: when nothing meets the limits, say so instead of offering the closest (for "cheaper?").
 */
const MEAL = /午饭|午餐|中饭|晚饭|晚餐|夜宵|宵夜|下午茶|\b(?:lunch|dinner|supper|brunch)\b/iu;

export async function planOrder(
  context: SkillContext,
  draft: OrderDraft,
  options: { strict?: boolean } = {},
): Promise<BrainDecision> {
  const { turn, lang } = context;
  const state: DialogueState = { ...context.state, lastIntent: "order_delivery", order: draft };
  if (draft.items.length === 0 && draft.merchantQuery)
    draft = { ...draft, items: [{ query: draft.merchantQuery, qty: 1, options: {} }] };
  const problem = draft.problems?.[0];
  if (problem) return askQuantity(context, state, problem);
  // "不要辣的，30块以内", "something chinese for 5": dishes that meet every constraint said.
  const byTaste = await planByTaste(context, draft);
  if (byTaste?.kind === "ask") return byTaste.decision;
  if (byTaste) {
    const planned = await planOrder(context, byTaste.draft, options);
    return "text" in planned && planned.type === "start_task"
      ? { ...planned, text: `${byTaste.note}${planned.text}` }
      : planned;
  }
  // A delivery for later is a pre-order (预订单): quoted now for that time, placed just before it.
  const deliverAt = draft.when && draft.when.atMs > turn.now + LATER_AFTER_MS ? draft.when.atMs : undefined;
  if (draft.items.length === 0) {
    // "order lunch to the office": the meal asked for is named in the question.
    const meal = MEAL.exec(turn.text)?.[0];
    return {
      type: "ask",
      slot: "item",
      text: say(
        lang,
        `${meal ?? ""}想点点什么？比如咖啡、奶茶、汉堡或水果。`,
        `What would you like${meal ? ` for ${meal.toLowerCase()}` : ""}? Coffee, bubble tea, a burger, some fruit…`,
      ),
      state: { ...state, awaiting: { intent: "order_delivery", slot: "item" } },
    };
  }
  if (draft.otherPlace && !draft.addressLabel && !savedAddressNamed(turn.text, turn.profile.addresses)) {
    // Someone else's place: never sent home silently; ask where it is.
    const place = draft.otherPlace;
    return {
      type: "ask",
      slot: "address",
      text: say(
        lang,
        `「${place}」的地址我还没有。送到哪里呢？可以说“送到家”“送到公司”，或者告诉我详细地址。`,
        `I don't have an address for ${place.replace(/\bmy\b/giu, "your")}. Where should it go? Say "to my home", "to the office", or give me the full address.`,
      ),
      state: { ...state, awaiting: { intent: "order_delivery", slot: "address" } },
    };
  }
  const label = draft.addressLabel ?? savedAddressNamed(turn.text, turn.profile.addresses) ?? "home";
  const address =
    turn.profile.addresses.find((candidate) => candidate.label === label) ?? turn.profile.addresses[0];
  if (!address) {
    return {
      type: "ask",
      slot: "address",
      text: say(
        lang,
        "送到哪里呢？请先在个人资料里添加地址。",
        "Where should it go? Please add an address to your profile first.",
      ),
      state,
    };
  }
  const location = `${address.lng},${address.lat}`;
  let perItem = await Promise.all(
    draft.items.map((item) => searchCandidates(turn.tools, item, location, draft, deliverAt === undefined)),
  );
  perItem = await Promise.all(
    perItem.map((found, index) => {
      const item = draft.items[index];
      return item ? withIngredient(turn.tools, item, found, location, draft, deliverAt === undefined) : found;
    }),
  );
  // "flowers, something red": only things of the kind whose name says the colour.
  perItem = perItem.map((found, index) => inColourSaid(draft.items[index], found));
  // "…rice with soy milk, …, sprite" at the shop named: a set's drink, not a bottle of its own.
  ({ draft, perItem } = foldChoiceLines(draft, perItem));
  let overBudget = false;
  const capped = draft.budgetMaxFen !== undefined || draft.perItemMaxFen !== undefined;
  if (capped && !options.strict && perItem.some(notTheThing)) {
    // Nothing (or only something else) under the budget: find the closest without it, and ask
    // before making a card over it — never a cheaper, different thing in its place.
    const open = { ...draft, budgetMaxFen: undefined, perItemMaxFen: undefined };
    const wider = await Promise.all(
      draft.items.map((item) => searchCandidates(turn.tools, item, location, open, deliverAt === undefined)),
    );
    const closer = wider.some((found, index) => notTheThing(perItem[index] ?? []) && !notTheThing(found));
    if (closer || perItem.some((found) => found.length === 0)) {
      perItem = wider;
      overBudget = true;
    }
  }
  const missing = draft.items.filter((_, index) => (perItem[index] ?? []).length === 0);
  if (missing.length > 0 && options.strict) return nothingBetter(context);
  if (missing.length > 0) {
    // Say which, and why when the world tells: the shop asked for, or the shops that have it, closed.
    // An item with its own shop is explained at that shop.
    const own = missing.find((item) => item.shop);
    const asked = own?.shop ? { ...draft, brand: own.shop } : draft;
    return explainMissing(turn.tools, lang, state, asked, own ? [own] : missing, {
      label: address.label,
      location,
    });
  }
  const choicesSaid = saidChoicesOnce();
  const wantedChoices = draft.items.map((item, index) =>
    saidChoiceNames(item, perItem[index] ?? [], choicesSaid),
  );
  perItem = perItem.map((found, index) => {
    const item = draft.items[index];
    return item ? unstick(item, found, wantedChoices[index] ?? []) : found;
  });
  // "鸡蛋15个" where eggs come by 15 is one pack, "11 red roses" one bouquet of 11.
  const packed = packedCounts(draft.items, perItem as Candidate[][]);
  // "香梨三斤" where pears come by 500g and 1kg: weighed per shop when quoted (weighed-lines.ts).
  draft = { ...draft, items: packed.items };
  perItem = packed.perItem;
  // A new item goes to one as good that can be made as asked; the card's own item is unstick's.
  const newChoices = draft.items.map((item, index) => (item.skuId ? [] : (wantedChoices[index] ?? [])));
  const carts = cartsByMerchant(draft.items, perItem as Candidate[][], newChoices);
  // No shop carries every item: split the basket into one order per shop, confirmed together.
  if (
    draft.items.length > 1 &&
    deliverAt === undefined &&
    carts.every((picks) => picks.length < draft.items.length)
  ) {
    let basket = await planBasket(context, state, draft, perItem as Candidate[][], address.id, frameOf);
    if (basket?.type !== "start_task" && draft.budgetMaxFen !== undefined && !overBudget) {
      // Under the budget no set of shops takes it: plan without it, so the user hears the real total.
      const open = { ...draft, budgetMaxFen: undefined };
      const wider = await Promise.all(
        draft.items.map((item) =>
          searchCandidates(turn.tools, item, location, open, deliverAt === undefined),
        ),
      );
      basket = (await planBasket(context, state, draft, wider, address.id, frameOf)) ?? basket;
    }
    if (basket) return basket;
  }
  const quoted: QuotedCandidate[] = [];
  let lastError: { code: string; message: string; details?: Record<string, unknown> } | undefined;
  let relatedError: typeof lastError;
  // The carts that answer the request best are quoted first: a shop with the very item beats one
  // the search merely reached earlier.
  const weakest = (picks: (typeof carts)[number]) =>
    Math.max(...picks.map(({ candidate }) => candidate.relevance ?? 0));
  const itemsFen = (picks: (typeof carts)[number]) =>
    picks.reduce((sum, { candidate, item }) => sum + candidate.priceFen * item.qty, 0);
  const belowMinimum = (picks: (typeof carts)[number]) =>
    itemsFen(picks) < (picks[0]?.candidate.merchant.minOrderFen ?? 0) ? 1 : 0;
  // A cart whose items alone pass the budget can only end over it, whatever the coupons.
  const overBudgetAlready = (picks: (typeof carts)[number]) =>
    draft.budgetMaxFen !== undefined && itemsFen(picks) > draft.budgetMaxFen ? 1 : 0;
  // A cart of the very things asked for (a name, not a related item) is tried before any other.
  const related = (picks: (typeof carts)[number]) => (weakest(picks) <= 1 ? 0 : 1);
  const staying = (picks: (typeof carts)[number]) =>
    draft.stayMerchantId !== undefined && picks[0]?.candidate.merchantId === draft.stayMerchantId ? 1 : 0;
  const bestFirst = carts
    .map((picks, index) => ({ picks, index }))
    .sort(
      (a, b) =>
        // The shop of a card being edited first; carts the shop cannot take (below its minimum) or
        // that cannot fit the budget go last.
        staying(b.picks) - staying(a.picks) ||
        overBudgetAlready(a.picks) - overBudgetAlready(b.picks) ||
        related(a.picks) - related(b.picks) ||
        belowMinimum(a.picks) - belowMinimum(b.picks) ||
        weakest(a.picks) - weakest(b.picks) ||
        (draft.budgetMaxFen !== undefined ? itemsFen(a.picks) - itemsFen(b.picks) : 0) ||
        a.index - b.index,
    )
    .map(({ picks }) => picks);
  for (const picks of bestFirst.slice(0, MAX_QUOTED)) {
    const { quoted: result, error } = await quoteCandidate(
      turn.tools,
      turn.profile.userId,
      address.id,
      picks,
      deliverAt !== undefined && draft.when
        ? deliverAtFor(draft.when, picks[0]?.candidate.merchant.etaMinutes)
        : undefined,
      picks.map(({ item }) => wantedChoices[draft.items.indexOf(item)] ?? []),
      choicesSaid,
    );
    if (result) quoted.push(result);
    else lastError = error;
    // Why the shop with the very things could not take them (its minimum order, closed): said
    // rather than "not found" when only unrelated things could be quoted.
    if (!result && related(picks) === 0) relatedError ??= error;
  }
  const ranked = rankQuoted(quoted, draft);
  const best = ranked[0];
  if (!best) {
    if (options.strict) return nothingBetter(context);
    const refused = explainNoQuote(context, state, relatedError ?? lastError);
    // A dietary wish is still said, so it is not lost when the user adds to the order.
    const note = dietNote(draft, lang);
    return note && "text" in refused ? { ...refused, text: `${note}${refused.text}` } : refused;
  }
  // Over the budget at the one shop asked for ("a cake from Holiland, 8 inch, under 200"): no other
  // shop can fix it, so the user is asked before any card.
  if ((overBudget || draft.brand) && draft.budgetMaxFen !== undefined && best.totalFen > draft.budgetMaxFen)
    return askOverBudget(context, state, best, draft.budgetMaxFen);
  const perItemCap = draft.perItemMaxFen;
  if (overBudget && perItemCap !== undefined && best.lines.some((line) => line.unitFen > perItemCap))
    return askOverItemBudget(context, state, best, perItemCap);
  // Something that shares not a word with what was asked is no answer to it: say it is not found.
  const unrelated = unrelatedStandIns(draft, best, perItem as Candidate[][]);
  if (unrelated.length > 0 && !options.strict && relatedError)
    return explainNoQuote(context, state, relatedError);
  if (unrelated.length > 0 && !options.strict)
    return explainMissing(turn.tools, lang, state, draft, unrelated, { label: address.label, location });
  // Opening-time pre-orders arrive after the chosen shop's own delivery time.
  const arriveAt = (quoted: QuotedCandidate) =>
    deliverAt !== undefined && draft.when ? deliverAtFor(draft.when, quoted.etaMinutes) : undefined;
  const request = toRequest(best, address.id, draft, lang, arriveAt(best));
  const alternatives: BrainOption[] = ranked.slice(1, 3).map((alternative, index) => ({
    id: `alt${index + 1}`,
    label: say(
      lang,
      `${alternative.merchantZh} · ${alternative.lines.map((line) => line.nameZh).join("+")}`,
      `${alternative.merchantEn} · ${alternative.lines.map((line) => line.nameEn).join(" + ")}`,
    ),
    detail: `${yuan(alternative.totalFen)} · ${say(lang, `${alternative.etaMinutes} 分钟`, `${alternative.etaMinutes} min`)}`,
  }));
  const withinLimits = meetsConstraints(best, draft);
  if (options.strict && !withinLimits) return nothingBetter(context);
  return {
    type: "start_task",
    request,
    text:
      (request.scheduledFor !== undefined
        ? say(
            lang,
            `预约 ${whenLabel(request.scheduledFor, turn.now, lang, turn.profile.timeZone)} 送达（预订单）：确认后在送达前自动下单，那时才付款，之前可以免费取消。`,
            `Pre-order for ${whenLabel(request.scheduledFor, turn.now, lang, turn.profile.timeZone)}: once you confirm, I'll place it in time to arrive then — you pay only when it's placed and can cancel free until then. `,
          )
        : "") +
      substitutionNote(draft, best, perItem as Candidate[][], lang) +
      dietNote(draft, lang) +
      explainChoice(best, draft, ranked.length, withinLimits, lang) +
      lacking(best, lang) +
      alikeSplitNote(draft, best, perItem as Candidate[][], lang) +
      partyNote(draft, best, lang),
    ...(alternatives.length ? { alternatives } : {}),
    state: {
      ...state,
      awaiting: undefined,
      lastQuote: { totalFen: best.totalFen, etaMinutes: best.etaMinutes },
      order: {
        ...draft,
        items: draft.items.map((item, index) => ({
          ...item,
          skuId: best.lines[index]?.skuId ?? item.skuId,
          merchantId: best.merchantId,
          ...cardNames(best.lines[index], perItem[index]),
        })),
      },
      shown: {
        kind: "order_alternative",
        entries: ranked.slice(1, 3).map((alternative, index) => ({
          id: `alt${index + 1}`,
          label: alternative.merchantZh,
          payload: { request: toRequest(alternative, address.id, draft, lang, arriveAt(alternative)) },
        })),
      },
    },
  };
}

/** The card's names of a line and its item's category, for a later edit to name the line by. */
function cardNames(
  line: QuotedCandidate["lines"][number] | undefined,
  found: Candidate[] | undefined,
): { card?: { zh: string; en: string; category?: string } } {
  if (!line) return {};
  const category = found?.find((candidate) => candidate.skuId === line.skuId)?.category;
  return { card: { zh: line.nameZh, en: line.nameEn, ...(category ? { category } : {}) } };
}

/** Under a tighter limit nothing could be quoted: the card the user has is already the best. */
function nothingBetter(context: SkillContext): BrainDecision {
  const { cheaper, faster } = context.nlu.slots;
  const what = cheaper ? ["更便宜", "cheaper"] : faster ? ["更快", "faster"] : ["更合适", "better"];
  return {
    type: "reply",
    text: say(
      context.lang,
      `附近没有${what[0]}的了，卡片上的已经是最好的选择。`,
      `There's nothing ${what[1]} nearby — the one on the card is already the best option.`,
    ),
    state: context.state,
  };
}

function toRequest(
  quote: QuotedCandidate,
  addressId: string,
  draft: OrderDraft,
  lang: "zh" | "en",
  deliverAt?: number,
): TaskRequest {
  const title = quote.lines
    .map((line) => `${lang === "zh" ? line.nameZh : line.nameEn} ×${line.qty}`)
    .join(", ");
  return {
    kind: "order_delivery",
    title: `${title} · ${lang === "zh" ? quote.merchantZh : quote.merchantEn}`,
    args: {
      merchantId: quote.merchantId,
      lines: quote.lines.map(({ skuId, qty, options }) => ({ skuId, qty, options })),
      addressId,
      ...(deliverAt !== undefined ? { deliverAt } : {}),
    },
    // Placed its delivery time ahead of the wanted time (and a few minutes more), to arrive on time.
    ...(deliverAt !== undefined
      ? { scheduledFor: deliverAt, startLeadMs: (quote.etaMinutes + 5) * 60_000 }
      : {}),
    asked: {
      items: draft.items.map((item) => ({ text: item.query, qty: item.qty })),
      ...(draft.budgetMaxFen ? { budgetFen: draft.budgetMaxFen } : {}),
    },
    frame: frameOf(draft),
  };
}

/** Whether a search found nothing, or only things that merely came up near it (relevance 2). */
function notTheThing(found: Candidate[]): boolean {
  return found.every((candidate) => (candidate.relevance ?? 2) >= 2);
}
