import { dayStartMs, wallTime, zoneDay } from "../../../../kernel/time-zone.ts";
import type { BrainDecision, Lang } from "../../types.ts";
import { KINDS } from "../kinds.ts";
import { say, yuan } from "../say.ts";
import type { SkillContext } from "./context.ts";
import {
  BALANCE_ASKED,
  balanceNote,
  orderSpending,
  type SpentLine,
  TOP_SHOP_ASKED,
  topShopNote,
} from "./spending-orders.ts";

// Questions about money already spent, received or refunded ("这个月花了多少", "how much did I spend on
// coffee this week", "what was my last payment", "did I get my money back?"), answered from the
// wallet's statement: read-only, never a card.

// The last payment asked after: "最近一笔", "刚才给Bob转了多少", "how much did I just send", "what did I just send him?".
const LAST_ASKED =
  /(?:最近|上)一笔|(?:刚才|刚刚|方才|上次|之前)[^，。,.?？]{0,10}(?:转|付|打)了?(?:多少|几|什么)|\blast (?:payment|transfer|charge|transaction)\b|(?:how much|what) did i just (?:send|pay|transfer)/iu;

/** Asking what was spent, paid or moved, not asking to spend. */
export const SPENT_ASKED =
  /(?:刚才|刚刚|方才|上次|之前)[^，。,.?？]{0,10}(?:转|付|打)了?(?:多少|几|什么)|(?:how much|what) did i just (?:send|pay|transfer)|花了(?:多少|几)|花多少钱了|花过(?:钱|多少)|(?:这|本|上)(?:周|个?月|星期|礼拜)[^，。,.]{0,8}花了?多少|消费(?:记录|明细|了多少|多少)|开销|开支|支出|花销|账单|流水|交易记录|收支|(?:最近|上)一笔|用了多少钱|how much (?:did|have|'ve) (?:i|we) (?:spent|spend|paid)|how much (?:money )?(?:went|have i given) to|what (?:did|have) i (?:spent|spend|paid)|\bspent (?:anything|any money|much|on)\b|\b(?:my|the) (?:spending|expenses|statement|transactions|payment history)\b|\bspending\b|what i'?ve (?:spent|paid)|\b(?:my )?last (?:payment|transfer|charge|transaction)\b|spent money on/iu;

/** Asking whether money came back (a refund's status), not asking for one. */
export const REFUND_ASKED =
  /退款(?:到账|到了|到哪|呢|进度|多少|了吗|了没)|退(?:了|回来了)(?:吗|没)|钱(?:退|返)(?:了|回来了?)(?:吗|没)|(?:钱|款)到账了(?:吗|没)|did i get (?:my )?(?:money|refund)|(?:has|have|did) (?:the|my) refunds? (?:come|arrive|go|land)|where(?:'s| is) my refund|refund status|got (?:my )?money back\??$/iu;

type StatementLine = SpentLine;

type Period = { fromMs: number; toMs?: number; zh: string; en: string };

/** The period a question is about, in the user's zone; undefined = the whole statement. */
function periodOf(text: string, now: number, zone: string): Period | undefined {
  const today = zoneDay(now, zone);
  const weekday = (wallTime(now, zone).weekday + 6) % 7; // Monday = 0
  const { day } = wallTime(now, zone);
  if (/今天|今日|\btoday\b/iu.test(text)) return { fromMs: dayStartMs(today, zone), zh: "今天", en: "today" };
  if (/昨天|\byesterday\b/iu.test(text))
    return {
      fromMs: dayStartMs(today - 1, zone),
      toMs: dayStartMs(today, zone),
      zh: "昨天",
      en: "yesterday",
    };
  if (/上(?:周|星期|礼拜)|\blast week\b/iu.test(text))
    return {
      fromMs: dayStartMs(today - weekday - 7, zone),
      toMs: dayStartMs(today - weekday, zone),
      zh: "上周",
      en: "last week",
    };
  if (/(?:这|本)(?:周|星期|礼拜)|\bthis week\b/iu.test(text))
    return { fromMs: dayStartMs(today - weekday, zone), zh: "这周", en: "this week" };
  if (/上个?月|\blast month\b/iu.test(text)) {
    const thisMonth = today - (day - 1);
    const lastMonthDays = wallTime(dayStartMs(thisMonth - 1, zone), zone).day;
    return {
      fromMs: dayStartMs(thisMonth - lastMonthDays, zone),
      toMs: dayStartMs(thisMonth, zone),
      zh: "上个月",
      en: "last month",
    };
  }
  if (/(?:这|本)个?月|\bthis month\b/iu.test(text))
    return { fromMs: dayStartMs(today - (day - 1), zone), zh: "这个月", en: "this month" };
  return undefined;
}

/** "coffee", "咖啡", "taxi", "转账": what the money went on, as words to find in a statement line or a title. */
export function topicOf(text: string): { words: RegExp; zh: string; en: string } | undefined {
  if (/打车|车费|出租|快车|\btaxis?\b|\bcabs?\b|\brides?\b/iu.test(text))
    return { words: /快车|专车|出租|打车|车|ride|taxi|car/iu, zh: "打车", en: "rides" };
  if (/转账|转给|\btransfers?\b|\bsent to\b/iu.test(text))
    return { words: /转账|transfer|send money/iu, zh: "转账", en: "transfers" };
  if (/票|演出|\btickets?\b|\bshows?\b|\bconcerts?\b/iu.test(text))
    return { words: /票|ticket/iu, zh: "门票", en: "tickets" };
  if (/咖啡|coffee/iu.test(text))
    return {
      words:
        /咖啡|coffee|拿铁|latte|美式|americano|卡布奇诺|cappuccino|摩卡|mocha|星巴克|starbucks|flat white|澳白/iu,
      zh: "咖啡",
      en: "coffee",
    };
  for (const kind of KINDS) {
    const zh = kind.zh.find((word) => word.length >= 2 && text.includes(word));
    const en = kind.en.find((word) => new RegExp(`\\b${word}s?\\b`, "iu").test(text));
    if (zh || en) {
      const all = [...kind.zh.filter((word) => word.length >= 2), ...kind.en].join("|");
      return { words: new RegExp(all, "iu"), zh: kind.zh[0] ?? "", en: kind.en[0] ?? "" };
    }
  }
  if (/外卖|吃饭|吃的|餐|\bfood\b|\bdelivery\b|\btakeout\b|\beating\b/iu.test(text))
    return { words: /×/u, zh: "外卖", en: "food" };
  return undefined;
}

/**
 * Money spent: captured payments and transfers (the statement's negative lines), and what is held
 * for an order still going on (authorized, not yet captured or released) — counted at its hold.
 */
function spentLines(lines: StatementLine[]): StatementLine[] {
  const settled = new Set(
    lines.filter((line) => line.kind !== "authorize" && line.intentId).map((line) => line.intentId),
  );
  return lines.flatMap((line) => {
    if (line.netFen < 0) return [line];
    if (line.kind === "authorize" && line.heldFen > 0 && !settled.has(line.intentId))
      return [{ ...line, netFen: -line.heldFen }];
    return [];
  });
}
/**
 * The shops a question names ("我在瑞幸花了多少", "how much have I spent at McDonald's"): a line counts
 * when its shop (or, paid through the wallet, its description) is one of theirs.
 */
function shopsOf(context: SkillContext): { zh: string; en: string }[] {
  return (context.nlu.slots.entities ?? [])
    .filter((match) => match.entity.kind === "merchant")
    .map(({ entity }) => ({ zh: entity.zh, en: entity.en }));
}
function atShop(line: StatementLine, shops: { zh: string; en: string }[]): boolean {
  const where = `${line.shop?.zh ?? ""} ${line.shop?.en ?? ""} ${line.description} ${line.descriptionEn}`;
  const lower = where.toLowerCase();
  return shops.some(
    (shop) => where.includes(shop.zh) || (shop.en.length >= 3 && lower.includes(shop.en.toLowerCase())),
  );
}
const named = (line: StatementLine, lang: Lang) => (lang === "zh" ? line.description : line.descriptionEn);

/** Answers a question about what was spent or refunded, from the statement. */
export async function spending(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang } = context;
  // The question is kept, so "and on coffee?" / "那上个月呢" asks it again with what changed.
  const skill = { ...context.state.skill, spentAsked: turn.text };
  const state = { ...context.state, lastIntent: "wallet_balance", awaiting: undefined, skill };
  const reply = (text: string): BrainDecision => ({ type: "reply", text, state });
  const result = await turn.tools.call<StatementLine[]>("pay_list_transactions", {
    userId: turn.profile.userId,
    limit: 200,
  });
  if (!result.ok)
    return reply(say(lang, "抱歉，暂时查不到账单。", "Sorry, I can't read your statement right now."));
  const zone = turn.profile.timeZone;
  // Orders paid outside the wallet count too, and an order's payment names its shop.
  const orders = await orderSpending(context);
  const lines = [
    ...result.data.map((line) => ({
      ...line,
      shop: line.intentId ? orders.shopByIntent.get(line.intentId) : undefined,
    })),
    ...orders.extra,
  ].sort((a, b) => b.createdAt - a.createdAt);
  const text = turn.text;
  if (REFUND_ASKED.test(text)) return reply(refunds(lines, lang));
  const shops = shopsOf(context);
  // A shop named says where; its kind ("瑞幸" is coffee) is no topic besides.
  const topic = shops.length > 0 ? undefined : topicOf(text);
  const period = periodOf(text, turn.now, zone);
  const matching = spentLines(lines).filter(
    (line) =>
      (!period || (line.createdAt >= period.fromMs && line.createdAt < (period.toMs ?? Infinity))) &&
      (!topic || topic.words.test(`${line.description} ${line.descriptionEn}`)) &&
      (shops.length === 0 || atShop(line, shops)),
  );
  if (LAST_ASKED.test(text)) {
    const last = matching[0];
    return reply(
      last
        ? say(
            lang,
            `最近一笔支出：${named(last, lang)}，${yuan(-last.netFen)}。`,
            `Your last payment: ${named(last, lang)}, ${yuan(-last.netFen)}.`,
          )
        : say(lang, "还没有找到支出记录。", "I don't see any payments yet."),
    );
  }
  const when = period ? say(lang, period.zh, period.en) : say(lang, "最近", "recently");
  const shopWords = shops.map((shop) => say(lang, shop.zh, shop.en)).join(say(lang, "、", " and "));
  const on = topic
    ? say(lang, `在${topic.zh}上`, ` on ${topic.en}`)
    : shops.length > 0
      ? say(lang, `在${shopWords}`, ` at ${shopWords}`)
      : "";
  const balance = BALANCE_ASKED.test(text) ? await balanceNote(context) : "";
  if (matching.length === 0)
    return reply(
      say(lang, `${when}${on}还没有花钱。`, `You haven't spent anything${on} ${when}.`) +
        walletNote(lines, lang) +
        balance,
    );
  const totalFen = matching.reduce((sum, line) => sum - line.netFen, 0);
  const shown = matching.slice(0, 5).map((line) => `${named(line, lang)} ${yuan(-line.netFen)}`);
  const more = matching.length > shown.length ? say(lang, " 等", " and more") : "";
  return reply(
    say(
      lang,
      `${when}${on}一共花了 ${yuan(totalFen)}（${matching.length} 笔）：${shown.join("；")}${more}。`,
      `You spent ${yuan(totalFen)}${on} ${when} (${matching.length} payment${matching.length > 1 ? "s" : ""}): ${shown.join("; ")}${more}.`,
    ) +
      (TOP_SHOP_ASKED.test(text) ? topShopNote(matching, lang) : "") +
      balance,
  );
}

// "and on coffee?", "what about last week?", "那打车呢", "上个月呢": a turn that only carries what changes.
const ELLIPSIS = /^(?:(?:and|what about|how about|and what about)\b|那|那么|还有)|呢[?？]?$/iu;

/**
 * The follow-up to an answer about spending: a topic or a period said on its own asks the same
 * question about it, keeping the other half of the question before ("this month" + "on coffee").
 */
export async function spendingAgain(context: SkillContext): Promise<BrainDecision | undefined> {
  const { turn, state, nlu } = context;
  const asked = state.skill?.spentAsked;
  const text = turn.text.trim();
  if (typeof asked !== "string" || state.lastIntent !== "wallet_balance" || !ELLIPSIS.test(text))
    return undefined;
  // "and 2 lattes" orders: a count is no question about the statement.
  if (nlu.slots.quantity !== undefined || nlu.slots.recipient || nlu.slots.amountFen !== undefined)
    return undefined;
  const zone = turn.profile.timeZone;
  const topic = topicOf(text);
  const period = periodOf(text, turn.now, zone);
  if (!topic && !period) return undefined;
  const before = { topic: topicOf(asked), period: periodOf(asked, turn.now, zone) };
  const keep = (part: { zh: string; en: string } | undefined) =>
    part ? (context.lang === "zh" ? part.zh : part.en) : "";
  const again = [
    context.lang === "zh" ? "花了多少" : "how much did I spend",
    topic ? text : keep(before.topic) && say(context.lang, keep(before.topic), `on ${keep(before.topic)}`),
    period ? (topic ? "" : text) : keep(before.period),
  ]
    .filter(Boolean)
    .join(" ");
  return spending({ ...context, turn: { ...turn, text: again } });
}

function refunds(lines: StatementLine[], lang: Lang): string {
  const back = lines.filter((line) => line.kind === "refund" && line.netFen > 0);
  if (back.length === 0)
    return say(
      lang,
      "还没有退款到账。取消的订单如果没扣过款，冻结的钱会直接解冻回到余额。",
      "No refund has come in yet. A cancelled order that was never charged just releases its hold back to your balance.",
    );
  const listed = back.slice(0, 3).map((line) => `${named(line, lang)} ${yuan(line.netFen)}`);
  return say(
    lang,
    `退款已到账，退回钱包：${listed.join("；")}。`,
    `Yes — refunded to your wallet: ${listed.join("; ")}.`,
  );
}

function walletNote(lines: StatementLine[], lang: Lang): string {
  return lines.length === 0 ? say(lang, "账单里还没有记录。", " Your statement is empty so far.") : "";
}
