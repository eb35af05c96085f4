import type { Language } from "../intents.ts";
import { parseNumber, ZH_NUMBER } from "./numbers.ts";
import { spokenAmounts } from "./spoken-amount.ts";

const ZH_MONEY = new RegExp(
  `(?:¥|￥|人民币)\\s*(${ZH_NUMBER})|(${ZH_NUMBER})\\s*(?:块钱|块|元钱|元|rmb|RMB)`,
  "u",
);
const ZH_TRANSFER = new RegExp(
  `(?:转账?|打|发|还|汇|付|充)(?:给?[^0-9零一二两三四五六七八九十百千万，,]{0,6})?(${ZH_NUMBER})(?![0-9]*\\s*(?:杯|份|张|个|点|号|分|小时|天|半))`,
  "u",
);
const YUAN_TENTHS =
  /^([0-9]|[一二两三四五六七八九])(?:毛|角)?(?![0-9]|\s*(?:杯|份|张|个|瓶|盒|碗|袋|点|号|人|位|分钟|小时|天|块|元))/u;
// A cap on each one, not on the whole: "单价20以内", "一杯别超过10块", "under 30 each", "per cup".
const PER_ITEM_CUE =
  /单价|票价|单(?:杯|份|个|张|瓶|盒|件)|每(?:杯|份|个|张|瓶|盒|件|样|碗|束|袋|只|串|支|枝|罐|包|斤|人)|一(?:杯|份|个|张|瓶|碗|盒|束|袋)(?:别|不要?|不能)?(?:超过|以内|不超过)|\beach\b|\bper\s+(?:cup|item|piece|ticket|person|bottle|one|seat|head|bowl|box|bouquet|portion|pack|bag|loaf|serving|order|can)\b|\bapiece\b|\ba (?:cup|ticket|piece|seat|head|bowl|box|bouquet|portion)\b/iu;
const ZH_BUDGET_CUE =
  /以内|以下|之内|不超过|别超过|不要超过|不能超过|最多|预算|不到|低于|左右|控制在|≤|<=|≦|[0-9]\s*(?:元|块)?内/u;
// A cap said without a money word: "一共别超过76", "总价控制在120".
const NOT_MONEY_UNIT =
  "杯|份|个|张|分钟|小时|点|号|公里|km|人|位|天|米|站|瓶|盒|斤|公斤|件|碗|排|岁|度|星|分|层|次|趟|辆|座";
const ZH_BARE_CAP = new RegExp(
  `(?:别超过|不超过|不要超过|不能超过|不高于|低于|不到|最多|顶多|上限|控制在|预算|≤|<=|≦)\\s*(?:是|为|在)?\\s*(${ZH_NUMBER})(?![0-9.]*\\s*(?:${NOT_MONEY_UNIT}))`,
  "u",
);
// A bare number capped by what follows it: "每张500以内", "两杯加起来30以下".
const ZH_BARE_LIMIT = new RegExp(`(?<![0-9.])(${ZH_NUMBER})\\s*(?:以内|以下|之内)`, "u");
// A price said with its price word and no money word: "票价60以内", "单价20以下", "总价在80之内".
const ZH_PRICE_CAP = new RegExp(
  `(?:票价|单价|价格|价钱|总价|一共|总共)\\s*(?:在|控制在)?\\s*(${ZH_NUMBER})\\s*(?:以内|以下|之内|内)`,
  "u",
);
const EN_MONEY =
  /(?:[$¥]\s*(\d+(?:\.\d+)?))|(\d+(?:\.\d+)?)\s*(?:yuan|rmb|cny|bucks|kuai|dollars?|usd)\b|\b(fifty|a hundred|one hundred|two hundred|twenty|ten|a thousand)\s+(?:yuan|bucks|dollars|rmb)\b/iu;
// A sum sent, not a count of things sent: "send me 2 milk teas" sends two drinks, not ¥2.
const EN_SEND_AMOUNT =
  /\b(?:send|pay|give|transfer|wire|venmo)\b[^0-9]{0,30}?\b(\d+(?:\.\d+)?)\b(?!\s*(?:pm|am|minutes?|hours?|cups?|tickets?))(?!\s+(?!(?:yuan|rmb|cny|kuai|bucks?|dollars?|usd|to|for|and|please|pls|now|today|tonight|tomorrow|back|each|via|on|from|over|as|asap|then|right|thanks?|plus|with|by|in|at|this|next|every)\b)[a-z])/iu;
// A cap said without a money word: "under 500 each", "max 40", "no more than 60 per ticket", "500 tops".
const EN_BARE_CAP =
  /\b(?:under|below|less than|no more than|not more than|max(?:imum)?(?: of)?|up to|at most|not over|cap(?:ped)? at|budget(?: is| of)?|within)\s*(?:about\s*)?(\d+(?:\.\d+)?)\b(?!\.\d|\s*(?:minutes?|mins?|hours?|hrs?|h\b|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m\b|people|persons?|pax|adults?|kids?|cups?|tickets?|seats?|stars?|%|am\b|pm\b|a\.m|p\.m|o'clock|items?|rows?|bottles?|boxes|pieces?|orders?|days?|weeks?|:))|(?<![\d.:])(\d+(?:\.\d+)?)\s*(?:max\b|tops\b|or less\b|or under\b|at most\b)/iu;
const EN_BUDGET_CUE =
  /\b(under|below|less than|no more than|max(imum)?|within|up to|budget|cheaper than|at most|not over)\b/iu;
const EN_WORDS: Record<string, number> = {
  ten: 10,
  twenty: 20,
  fifty: 50,
  "a hundred": 100,
  "one hundred": 100,
  "two hundred": 200,
  "a thousand": 1000,
};

/** Converts a yuan amount to integer fen. */
function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** An amount that is no usable sum of money, kept so the brain questions it instead of reading another. */
export interface MoneyProblem {
  text: string;
  reason: "negative" | "zero" | "not_a_number" | "fraction" | "too_large";
}

/** Above this many yuan an amount is questioned, not paid: nobody means ¥10,000,000 in a chat. */
const ABSURD_YUAN = 1_000_000;
const MONEY_WORDS =
  /块|元|rmb|cny|yuan|kuai|bucks|dollars?|¥|￥|\$|转|付|汇|打|pay|send|transfer|wire|give|budget|预算|以内|under/iu;
const SCIENTIFIC = /(?<![\w.])\d+(?:\.\d+)?e[+-]?\d+(?![\w])/iu;
const NEGATIVE =
  /(?:(?<![\w\d])-(?!\s)|负|\bminus\s+)\s*(?:[$¥￥]\s*)?(\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)/iu;
const ZERO =
  /(?:[$¥￥]\s*0+(?:\.0+)?(?![\d.])|(?<![\d.])0+(?:\.0+)?\s*(?:块|元|rmb|cny|yuan|kuai|bucks|dollars?)|零元|零块)/iu;
const TINY = /(?<![\d.])\d+\.\d{3,}\s*(?:块|元|rmb|cny|yuan|kuai|bucks|dollars?)/iu;
// A sum mistyped with letters among its digits ("3O0", "1OO元", "5o"): no number as written.
const GARBLED = /(?<![A-Za-z0-9.])[0-9Oo]*(?:[0-9][Oo]|[Oo][0-9])[0-9Oo]*(?![A-Za-z0-9])/u;
// After a word that sends money, a bare sum with more decimals than fen ("send Bob 10.555").
const SEND_WORD = /(?:转账?|打钱|汇|付|还|发|\b(?:send|pay|give|transfer|wire|venmo)\b)/iu;
const BARE_FRACTION = /(?<![\d.])\d+\.\d{3,}(?![\d.])/u;
// After a word that sends money, a bare sum of seven digits or more ("send li hua 50000000").
const BARE_HUGE = /(?<![\d.])\d{7,}(?:\.\d+)?(?![\d.])/u;

/** A sum in the text that cannot be paid as written ("-500", "1e10 yuan", "0元", "¥0.001"). */
export function moneyProblem(text: string): MoneyProblem | undefined {
  if (!MONEY_WORDS.test(text)) return undefined;
  const scientific = SCIENTIFIC.exec(text);
  if (scientific) return { text: scientific[0], reason: "not_a_number" };
  const negative = NEGATIVE.exec(text);
  if (
    negative &&
    !/^\s*(?:杯|份|个|张|瓶|盒|cups?|tickets?)/iu.test(text.slice(negative.index + negative[0].length))
  )
    return { text: negative[0].trim(), reason: "negative" };
  const zero = ZERO.exec(text);
  if (zero) return { text: zero[0].trim(), reason: "zero" };
  const huge =
    /(?<![\d.])(\d{7,})(?:\.\d+)?\s*(?:块|元|rmb|cny|yuan|kuai|bucks|dollars?)/iu.exec(text) ??
    /[$¥￥]\s*(\d{7,})/u.exec(text);
  if (huge && Number(huge[1]) > ABSURD_YUAN) return { text: huge[0].trim(), reason: "too_large" };
  const tiny = TINY.exec(text);
  if (tiny) return { text: tiny[0].trim(), reason: "fraction" };
  return sentSumProblem(text);
}

/** Sums after a sending word that are no amount as written: mistyped, finer than fen, or absurd. */
function sentSumProblem(text: string): MoneyProblem | undefined {
  const sent = SEND_WORD.exec(text);
  if (!sent) return undefined;
  const after = text.slice(sent.index);
  const garbled = GARBLED.exec(after);
  if (garbled) return { text: garbled[0], reason: "not_a_number" };
  const fraction = BARE_FRACTION.exec(after);
  if (fraction) return { text: fraction[0], reason: "fraction" };
  const huge = BARE_HUGE.exec(after);
  if (huge && Number(huge[0]) > ABSURD_YUAN) return { text: huge[0], reason: "too_large" };
  return undefined;
}

/**
 * Finds one money amount and decides what it is: a spending cap when a budget cue is present
 * ("50块以内", "under 40 yuan"), otherwise an amount to pay or send. Dollars are read as yuan: the
 * sandbox has one currency and a user saying "bucks" means money, not an exchange rate.
 */
export function extractMoney(
  said: string,
  lang: Language,
): { budgetMaxFen?: number; perItemMaxFen?: number; amountFen?: number } {
  // "fifteen hundred yuan", "1.5k", "5百": one written form for every reader below.
  const text = spokenAmounts(said);
  let yuan: number | undefined;
  let index = -1;
  if (lang === "zh" || /[\u4e00-\u9fff]/u.test(text)) {
    const match =
      ZH_MONEY.exec(text) ??
      ZH_TRANSFER.exec(text) ??
      ZH_BARE_CAP.exec(text) ??
      ZH_PRICE_CAP.exec(text) ??
      ZH_BARE_LIMIT.exec(text);
    if (match) {
      yuan = parseNumber((match[1] ?? match[2]) as string);
      index = match.index;
      // "36块5", "3块5毛": the digit after 块 is tenths of a yuan (毛/角), unless it counts something.
      const tenths = match[0].endsWith("块")
        ? YUAN_TENTHS.exec(text.slice(match.index + match[0].length))
        : null;
      if (yuan !== undefined && tenths) yuan += (parseNumber(tenths[1] as string) ?? 0) / 10;
    }
  }
  if (yuan === undefined) {
    const match = EN_MONEY.exec(text) ?? EN_SEND_AMOUNT.exec(text);
    if (match) {
      yuan = match[3] ? EN_WORDS[match[3].toLowerCase()] : Number(match[1] ?? match[2]);
      index = match.index;
    } else {
      const cap = EN_BARE_CAP.exec(text);
      if (cap) {
        yuan = Number(cap[1] ?? cap[2]);
        index = cap.index;
        return withCap(text, index, yuan, true);
      }
    }
  }
  return withCap(text, index, yuan, false);
}

/** Reads the amount found at `index` as a cap (total or each) when a budget cue is near, else as a sum to pay. */
function withCap(
  text: string,
  index: number,
  yuan: number | undefined,
  isCap: boolean,
): { budgetMaxFen?: number; perItemMaxFen?: number; amountFen?: number } {
  if (yuan === undefined || !Number.isFinite(yuan) || yuan <= 0) return {};
  if (yuan > ABSURD_YUAN) return {};
  const around = text.slice(Math.max(0, index - 16), index + 28);
  const budget = isCap || ZH_BUDGET_CUE.test(around) || EN_BUDGET_CUE.test(around);
  if (budget && PER_ITEM_CUE.test(around)) return { budgetMaxFen: toFen(yuan), perItemMaxFen: toFen(yuan) };
  return budget ? { budgetMaxFen: toFen(yuan) } : { amountFen: toFen(yuan) };
}
