import { MAX_LINE_QTY, type NumberProblemSlot } from "../../nlu/slots/order-lines.ts";
import type { BrainDecision } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState, OrderDraft } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { deliveryTime, whenLabel } from "./later.ts";
import type { QuotedCandidate } from "./order-search.ts";

/** What the order skill says when it asks, explains its pick, or cannot quote (both languages). */
/** Nothing fits the budget: say what the closest costs and ask before making a card over it. */
export function askOverBudget(
  context: SkillContext,
  state: DialogueState,
  best: QuotedCandidate,
  budgetFen: number,
): BrainDecision {
  const count = best.lines.reduce((sum, line) => sum + line.qty, 0);
  return {
    type: "ask",
    slot: "budget",
    text: say(
      context.lang,
      `${yuan(budgetFen)}预算以内没有找到。最便宜的是「${best.merchantZh}」，${count} 份合计约 ${yuan(best.totalFen)}，超出预算 ${yuan(best.totalFen - budgetFen)}。要按这个价下单，还是改一下？`,
      `I couldn't find it within your ${yuan(budgetFen)} budget. The cheapest is ${best.merchantEn}: ${count} item${count > 1 ? "s" : ""} come to about ${yuan(best.totalFen)}, ${yuan(best.totalFen - budgetFen)} over budget. Shall I go ahead at that price, or change something?`,
    ),
    // The budget stays in the order until the user accepts the price: a tweak instead ("换成大杯的")
    // is planned, and checked, against it still.
    state: { ...state, awaiting: { intent: "order_delivery", slot: "budget" } },
  };
}

/** No item under the per-item cap: say what the closest costs each, and ask. */
export function askOverItemBudget(
  context: SkillContext,
  state: DialogueState,
  best: QuotedCandidate,
  capFen: number,
): BrainDecision {
  const dearest = best.lines.reduce((top, line) => (line.unitFen > top.unitFen ? line : top));
  return {
    type: "ask",
    slot: "budget",
    text: say(
      context.lang,
      `每份 ${yuan(capFen)} 以内没有找到。最便宜的是「${best.merchantZh}」的「${dearest.nameZh}」，每份 ${yuan(dearest.unitFen)}，合计约 ${yuan(best.totalFen)}。要按这个价下单，还是改一下？`,
      `Nothing comes within ${yuan(capFen)} each. The cheapest is ${dearest.nameEn} at ${best.merchantEn}, ${yuan(dearest.unitFen)} each, about ${yuan(best.totalFen)} in all. Shall I go ahead at that price, or change something?`,
    ),
    state: { ...state, awaiting: { intent: "order_delivery", slot: "budget" } },
  };
}

/** A count that is no usable quantity: ask for the number instead of reading another one. */
export function askQuantity(
  context: SkillContext,
  state: DialogueState,
  problem: NumberProblemSlot,
): BrainDecision {
  const { lang } = context;
  const [zh, en] =
    problem.field === "budget"
      ? [
          `「${problem.text}」不是一个有效的预算，要控制在多少钱以内？`,
          `"${problem.text}" isn't a budget I can use — what's the most you'd like to spend?`,
        ]
      : problem.reason === "too_large"
        ? [
            `一单每样最多 ${MAX_LINE_QTY} 份，「${problem.text}」超出了。要几份？`,
            `A shop takes at most ${MAX_LINE_QTY} of one item per order, so "${problem.text}" is too many. How many would you like?`,
          ]
        : problem.reason === "fraction"
          ? [
              `「${problem.text}」不是整数份，要几份？`,
              `"${problem.text}" isn't a whole number — how many would you like?`,
            ]
          : [
              `「${problem.text}」不是一个有效的数量，要几份？`,
              `"${problem.text}" isn't a quantity I can order — how many would you like?`,
            ];
  return {
    type: "ask",
    slot: "quantity",
    text: say(lang, zh, en),
    state: {
      ...state,
      awaiting: { intent: "order_delivery", slot: "quantity" },
      ...(state.order ? { order: { ...state.order, problems: undefined } } : {}),
    },
  };
}

export function explainChoice(
  best: QuotedCandidate,
  draft: OrderDraft,
  compared: number,
  withinLimits: boolean,
  lang: "zh" | "en",
): string {
  const saving =
    best.discountFen > 0
      ? say(lang, `，已用券省 ${yuan(best.discountFen)}`, `, coupons save ${yuan(best.discountFen)}`)
      : "";
  if (!withinLimits) {
    return say(
      lang,
      `没有完全符合要求的选项，最接近的是「${best.merchantZh}」${saving}。`,
      `Nothing fits all your limits; the closest is ${best.merchantEn}${saving}.`,
    );
  }
  const why = compared > 1 ? say(lang, `比较了 ${compared} 家，`, `I compared ${compared} shops; `) : "";
  const constraint = [
    draft.budgetMaxFen
      ? say(lang, `在 ${yuan(draft.budgetMaxFen)} 预算内`, `within your ${yuan(draft.budgetMaxFen)} budget`)
      : "",
    draft.withinMinutes
      ? say(lang, `${draft.withinMinutes} 分钟内能到`, `arrives within ${draft.withinMinutes} min`)
      : "",
  ].filter(Boolean);
  return say(
    lang,
    `${why}选了「${best.merchantZh}」：评分 ${best.rating.toFixed(1)}，约 ${best.etaMinutes} 分钟送达${constraint.length ? `，${constraint.join("、")}` : ""}${saving}。`,
    `${why}${best.merchantEn} is the best pick: rated ${best.rating.toFixed(1)}, about ${best.etaMinutes} min${constraint.length ? `, ${constraint.join(", ")}` : ""}${saving}.`,
  );
}

/** The shop-named choices the user asked for that the chosen items do not offer, said plainly. */
export function lacking(best: QuotedCandidate, lang: "zh" | "en"): string {
  if (!best.missedChoices.length) return "";
  const names = (language: "zh" | "en") =>
    best.missedChoices.map((choice) => (language === "zh" ? `「${choice.zh}」` : `"${choice.en}"`));
  const zh = best.lines.map((line) => `「${line.nameZh}」`).join("、");
  const en = best.lines.map((line) => line.nameEn).join(", ");
  return say(
    lang,
    `${zh}没有${names("zh").join("、")}可选，卡片上是标准做法。`,
    ` ${en} ${best.lines.length === 1 ? "doesn't" : "don't"} come with ${names("en").join(" or ")}, so the card has the standard one.`,
  );
}

/** The question asked about an order that made no card ("起送价 ¥20 … 再加点别的吗？"). */
export const MORE_ITEMS = { intent: "order_delivery", slot: "more_items" } as const;

export function explainNoQuote(
  context: SkillContext,
  state: DialogueState,
  error: { code: string; message: string; details?: Record<string, unknown> } | undefined,
): BrainDecision {
  const { lang } = context;
  const substitutes = (error?.details?.substitutes ?? []) as {
    skuId: string;
    nameZh: string;
    nameEn: string;
    priceFen: number;
  }[];
  if (error?.code === "out_of_stock" && substitutes.length > 0) {
    // Fewer left than asked is not sold out: how many are left is said, so the user can take them.
    const left = error.details?.available;
    const few = typeof left === "number" && Number.isInteger(left) && left > 0 ? left : undefined;
    return {
      type: "propose",
      text: few
        ? say(
            lang,
            `抱歉，这家只剩 ${few} 份了，不够你要的数量。可以改成 ${few} 份，或者看看同店的这些：`,
            `Sorry, the shop has only ${few} left, fewer than you asked for. I can make it ${few}, or the same shop has:`,
          )
        : say(lang, "抱歉，这个卖完了。同店还有这些：", "Sorry, that's sold out. The same shop has:"),
      options: substitutes.map((substitute, index) => ({
        id: `sub${index + 1}`,
        label: say(lang, substitute.nameZh, substitute.nameEn),
        detail: yuan(substitute.priceFen),
      })),
      state: {
        ...state,
        shown: {
          kind: "substitute",
          entries: substitutes.map((substitute, index) => ({
            id: `sub${index + 1}`,
            label: substitute.nameZh,
            payload: { query: substitute.nameZh },
          })),
        },
      },
    };
  }
  const minimum = error?.details?.minOrderFen;
  const items = error?.details?.itemsFen;
  if (error?.code === "below_minimum_order" && typeof minimum === "number" && typeof items === "number") {
    // Say the numbers: which shop, what it needs, what the order comes to, and what would reach it.
    const shopZh = typeof error.details?.merchantZh === "string" ? `「${error.details.merchantZh}」` : "店家";
    const shopEn = typeof error.details?.merchantEn === "string" ? error.details.merchantEn : "The shop";
    return {
      type: "reply",
      text: say(
        lang,
        `${shopZh}起送价 ${yuan(minimum)}，这单商品只有 ${yuan(items)}，还差 ${yuan(minimum - items)}。要多买几份或再加点别的吗？`,
        `${shopEn} delivers orders of at least ${yuan(minimum)} (its minimum for delivery); this comes to ${yuan(items)}, ${yuan(minimum - items)} short. Add more of it, or something else?`,
      ),
      // The answer ("再加一斤香蕉") changes this order, not a new one (edits/draft-amend.ts).
      state: { ...state, awaiting: MORE_ITEMS },
    };
  }
  const [zh, en] = refusalReason(error?.code);
  // Closed at the time asked for, not "right now": name that time.
  const when = error?.code === "merchant_closed" ? (state.order?.when ?? deliveryTime(context)) : undefined;
  if (when) {
    const at = whenLabel(when.atMs, context.turn.now, lang, context.turn.profile.timeZone);
    return {
      type: "reply",
      text: say(
        lang,
        `抱歉，附近的店${at}都不营业，没法按这个时间送。要换个时间吗？`,
        `Sorry, the nearby shops aren't open at ${at}, so I can't deliver then. Another time?`,
      ),
      state,
    };
  }
  return {
    type: "reply",
    text: say(
      lang,
      `抱歉，没法下单：${zh}。要换个东西试试吗？`,
      `Sorry, I can't order that: ${en}. Want to try something else?`,
    ),
    state,
  };
}

const REFUSALS: Record<string, [zh: string, en: string]> = {
  merchant_closed: ["附近的店现在都打烊了", "the nearby shops are closed right now"],
  out_of_delivery_range: ["没有店能送到这个地址", "no shop delivers to that address"],
  below_minimum_order: ["没达到起送价", "the order is below the minimum"],
  out_of_stock: ["都卖完了", "it's sold out everywhere nearby"],
};

/** Why a shop would not quote, in both languages (from the service's error code). */
export function refusalReason(code: string | undefined): [zh: string, en: string] {
  return REFUSALS[code ?? ""] ?? ["服务暂时不可用", "the shop's service didn't answer"];
}
