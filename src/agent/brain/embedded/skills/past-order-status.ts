import type { BrainDecision } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";

/** A past order as commerce lists it (the fields a status answer needs). */
interface ListedOrder {
  merchantNameZh: string;
  merchantNameEn: string;
  status: string;
  totalFen?: number;
  lines: { nameZh: string; nameEn: string; qty: number }[];
}

// Words of a shop's or item's English name too common to say which order is meant.
const COMMON = /^(?:the|and|of|fresh|fruit|coffee|tea|store|shop|food|milk|market|house)$/iu;

// The newest order, said by when: "上次点的", "上一单", "最近那单", "my last order", "the previous one".
const LAST_ORDER =
  /上次|上回|上一(?:单|次|份)|最近(?:一|那|的)?单|刚才(?:点|买|下)的|\b(?:my|the) (?:last|latest|most recent|previous) (?:\w+ )?order\b/iu;

/** Whether the words mean the newest order by when it was made ("上次点的", "my last order"). */
export function saysLastOrder(text: string): boolean {
  return LAST_ORDER.test(text);
}

// A question about what the user's own recent order was: "我刚才点的啥来着", "刚刚买了啥", "刚才那单
// 点的是什么" — a time word, a word of buying, then a question word.
const WHAT_I_ORDERED =
  /(?:刚才|刚刚|方才|之前|早上|今天|上次|那单|这单)[^，。,？?]{0,6}?(?:点|买|下单|订|叫)(?:了|的|过)*(?:是|了)?\s*(?:啥|什么|哪些|哪几样|哪个)/u;

// "remind me what I just ordered?", "what did I order earlier?": the same, in English.
const WHAT_I_ORDERED_EN =
  /\bwhat (?:was it (?:that )?|did |have )?(?:i|we) (?:just |already |earlier |have |had )?(?:order(?:ed)?|bought|buy|got)\b/iu;

/** Whether the words ask what the user's own recent order held ("我刚才点的啥来着"), not for more of it. */
export function asksWhatWasOrdered(text: string): boolean {
  if (WHAT_I_ORDERED_EN.test(text)) return !/\b(?:again|same|another|more|reorder)\b/iu.test(text);
  return WHAT_I_ORDERED.test(text) && !/再|帮我|给我|一样/u.test(text);
}

/** Whether the words name the order (its shop or one of its items, in either language). */
export function namesOrder(text: string, order: ListedOrder): boolean {
  const lower = text.toLowerCase();
  const names = [
    order.merchantNameZh,
    order.merchantNameEn,
    ...order.lines.flatMap((l) => [l.nameZh, l.nameEn]),
  ];
  return names.some((name) => {
    const bare = name.replace(/[（(].*$/u, "").trim();
    if (/\p{Script=Han}/u.test(bare)) return bare.length >= 2 && text.includes(bare);
    return bare
      .toLowerCase()
      .split(/[^a-z']+/u)
      .some((word) => word.length >= 4 && !COMMON.test(word) && new RegExp(`\\b${word}`, "u").test(lower));
  });
}

/**
 * "did my Pagoda fruit order arrive?" with no order of this conversation to ask about: the user's
 * orders placed elsewhere (the shop's own list), the one the words name, said with its status.
 * Undefined when no order of the user's is named, so the caller says there is none in progress.
 */
export async function pastOrderStatus(
  context: SkillContext,
  state: DialogueState,
  statusWords: Record<string, [string, string]>,
): Promise<BrainDecision | undefined> {
  const { turn, lang } = context;
  const listed = await turn.tools.call<{ orders: ListedOrder[] }>("commerce_list_orders", {
    userId: turn.profile.userId,
    limit: 20,
  });
  if (!listed.ok) return undefined;
  // Newest first: "我上次点的外卖", "my last order" is the newest when no shop or item is named.
  const order =
    listed.data.orders.find((candidate) => namesOrder(turn.text, candidate)) ??
    (saysLastOrder(turn.text) ? listed.data.orders[0] : undefined);
  if (!order) return undefined;
  const [zh, en] = statusWords[order.status] ?? [order.status, order.status.replace(/_/gu, " ")];
  const items = (pick: "nameZh" | "nameEn") =>
    order.lines.map((line) => `${line[pick]} ×${line.qty}`).join(", ");
  return {
    type: "reply",
    text: say(
      lang,
      `你在「${order.merchantNameZh}」的订单（${items("nameZh")}）：${zh}。`,
      `Your order from ${order.merchantNameEn} (${items("nameEn")}): ${en}.`,
    ),
    state,
  };
}

// "what've I ordered lately?", "my recent orders", "最近点了什么": the list, not one order's status.
export const RECENT_ORDERS_ASKED =
  /\bwhat(?:'ve|'d| have| did)? (?:i|we) (?:ordered|order|bought|buy|got|gotten)\b(?=.*\b(?:lately|recently|before|this week|last week|so far|in the past)\b)|\b(?:my|our) (?:recent|past|previous|latest|last few) orders\b|\border history\b|\bwhat (?:are|were) my (?:recent |last |latest )?orders\b|最近(?:都)?(?:点|买|下单|叫)(?:了|过)?(?:什么|啥|哪些)|(?:历史|以前的?|过去的?)订单/iu;
// "how much was my last starbucks order", "what did that McDonald's order cost": a past order's price.
export const ORDER_COST_ASKED =
  /\bhow much (?:was|were|did|had)\b[^?]*\b(?:my|the|that|our)\b[^?]*\border\b|\bwhat did (?:my|the|that|our)\b[^?]*\border\b[^?]*\bcost\b|(?:上次|上一单|最近一单|上回)[^，。？?]{0,12}(?:多少钱|花了多少)/iu;

/**
 * "what've I ordered lately?" — the user's latest orders, shop and items; "how much was my last
 * Starbucks order?" — that order's total. Undefined when the words ask neither (or no order is found).
 */
export async function pastOrdersAnswer(
  context: SkillContext,
  state: DialogueState,
): Promise<BrainDecision | undefined> {
  const { turn, lang } = context;
  const recent = RECENT_ORDERS_ASKED.test(turn.text);
  const cost = !recent && ORDER_COST_ASKED.test(turn.text);
  if (!recent && !cost) return undefined;
  const listed = await turn.tools.call<{ orders: ListedOrder[] }>("commerce_list_orders", {
    userId: turn.profile.userId,
    limit: 20,
  });
  if (!listed.ok) return undefined;
  const items = (order: ListedOrder, pick: "nameZh" | "nameEn") =>
    order.lines.map((line) => `${line[pick]} ×${line.qty}`).join(", ");
  const total = (order: ListedOrder) => (order.totalFen === undefined ? "" : yuan(order.totalFen));
  if (recent) {
    const latest = listed.data.orders.slice(0, 5);
    if (latest.length === 0)
      return {
        type: "reply",
        text: say(lang, "你还没有下过订单。", "You haven't ordered anything yet."),
        state,
      };
    const lines = (language: "zh" | "en") =>
      latest
        .map((order) =>
          language === "zh"
            ? `·「${order.merchantNameZh}」${items(order, "nameZh")} ${total(order)}`
            : `· ${order.merchantNameEn}: ${items(order, "nameEn")} ${total(order)}`,
        )
        .join("\n");
    return {
      type: "reply",
      text: say(lang, `你最近的订单：\n${lines("zh")}`, `Your recent orders:\n${lines("en")}`),
      state,
    };
  }
  const order =
    listed.data.orders.find((candidate) => namesOrder(turn.text, candidate)) ?? listed.data.orders[0];
  if (!order || order.totalFen === undefined) return undefined;
  return {
    type: "reply",
    text: say(
      lang,
      `你在「${order.merchantNameZh}」的那单（${items(order, "nameZh")}）一共 ${total(order)}。`,
      `Your order from ${order.merchantNameEn} (${items(order, "nameEn")}) came to ${total(order)}.`,
    ),
    state,
  };
}
