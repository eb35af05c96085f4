import { EN_NUMBER, parseEnglishNumber, parseNumber } from "./numbers.ts";

const ZH_QUANTITY =
  /(?<!第\s*)([0-9]+|[一二两俩三仨四五六七八九十]+)\s*(杯|份|张|个(?![小钟月星礼])|瓶|盒|束|碗|袋|串|只|斤|箱|位|人|朵|罐|块(?!钱))/u;
// A limit before an amount of money: "不超过10块", "每杯别超过8块".
const PRICE_LIMIT_BEFORE = /(?:不超过|别超过|不要超过|不超|别超|不到|低于|少于|最多|顶多|预算)\s*$/u;
const ZH_PAIR =
  /(?:再来|再要|来|要|买|点)\s*(俩|仨)(?![\u3400-\u9fff]?(?:杯|份|个|碗|瓶|盒))(?=$|[\s，,。！!？?]|改|换|送|吧|啊|呀|，)/u;
// Not the minutes of a clock time ("at 6:45 tonight") nor a decimal's digits, nor a title's or a
// place's number ("Dune: Part Three", "Gate 2").
// Nor a date's day in digits ("Dec 5 matinee", "on 9 Dec").
const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const EN_QUANTITY = new RegExp(
  `(?<![:.,\\d])(?<!\\b(?:part|episode|ep|chapter|season|vol|volume|no\\.|number|act|round|gate|room|line|bus|route|platform|terminal|hall|floor)\\s+)(?:(?<!\\b(?:${MONTH})\\.?\\s+)|(?=[a-z]))\\b(${EN_NUMBER})\\s+(?!(?:${MONTH}|yuan|rmb|bucks|kuai|dollars?|minutes?|mins?|hours?|days?|pm|am|a\\.m|p\\.m|o'clock|percent|stars?|nights?|tonight|today|tomorrow|to|for|at|in|on|from|with|by|and|or|of|is|are|instead|then|please|now|total|each|apiece)\\b)(?:(?:large|medium|small|big|hot|iced|extra)\\s+)?([a-z]+)`,
  "iu",
);
// A bare count that changes the one being discussed: "make it two", "actually 3", "just one please",
// "make the bananas 2".
const EN_RECOUNT = new RegExp(
  `\\b(?:make (?:it|that|them|the [a-z]+(?: [a-z]+)?)|change (?:it|that) to|i'?ll (?:take|have)|let'?s do|actually|just|only|(?:i|we) (?:need|want|would like|'d like)|(?:i|we)'d like|(?:get|send|order) (?:me|us))\\s+(${EN_NUMBER})\\b(?!\\s*(?:yuan|rmb|bucks|kuai|dollars?|minutes?|mins?|hours?|pm|am|o'clock))`,
  "iu",
);
// "数量换成1", "改成3份" without a unit after a card: the new count.
const ZH_RECOUNT =
  /(?:数量|份数|个数)\s*(?:换成|改成|改为|变成|要)?\s*([0-9]+|[一二两三四五六七八九十]+)|(?:换成|改成|改为)\s*([0-9]+|[一二两三四五六七八九十]+)\s*(?:$|[，。！,.!吧啦个份杯])/u;
// "2 of them", "three of those", "x2": a count of the thing already named.
const EN_OF_THEM = new RegExp(
  `\\b(${EN_NUMBER}) of (?:them|those|these|that|it)\\b|(?<![a-z])[x×]\\s?(\\d{1,2})\\b`,
  "iu",
);
const WEIGHT_UNIT = /^(?:kg|kgs|g|kilos?|kilograms?|grams?|lbs?|pounds?|ml|l|liters?|litres?)$/iu;
const EN_PARTY = /\bfor\s+(\d+|two|three|four|five|six)\s+(?:people|persons|of us|adults)\b/iu;

// More of the same: "再加一杯", "再多来两碗", "2 more please", "add another one".
const ZH_MORE =
  /(?:再加|再来|再多来|再多要|多加|多来|再要|加)\s*([0-9]+|[一二两三四五六七八九十])\s*(?:杯|份|个|碗|瓶|盒|束|袋|张|只|串|罐|包)?(?![0-9])/u;
const EN_MORE = new RegExp(
  `\\b(${EN_NUMBER})\\s+more\\b|\\badd\\s+(${EN_NUMBER})\\b(?!\\s*(?:yuan|rmb|bucks|minutes?|mins?))|\\banother\\s+(one|${EN_NUMBER})\\b`,
  "iu",
);

/** How many more of what is on the card the turn asks for, if it asks for more. */
export function extractQuantityDelta(text: string): number | undefined {
  const zh = ZH_MORE.exec(text);
  if (zh) return parseNumber(zh[1] as string);
  const en = EN_MORE.exec(text);
  if (!en) return undefined;
  return parseEnglishNumber((en[1] ?? en[2] ?? en[3]) as string);
}

/** A count of things with its unit word: "两杯" → 2 杯, "a couple of lattes" → 2, "三张票" → 3 张. */
export function extractQuantity(text: string): { quantity?: number; unit?: string } {
  for (const zh of text.matchAll(new RegExp(ZH_QUANTITY, "gu"))) {
    const quantity = parseNumber(zh[1] as string);
    // "块" is a unit for cake or soap, but "50块" is money; money wins unless a noun follows, and
    // after a limit ("每杯不超过10块的奶茶") it is a price whatever follows.
    const money =
      zh[2] === "块" &&
      (/^\s*(?:钱|以内|以下|之内|左右|$|[，,。！？!?；;])/u.test(
        text.slice((zh.index ?? 0) + zh[0].length),
      ) ||
        PRICE_LIMIT_BEFORE.test(text.slice(0, zh.index)));
    if (quantity !== undefined && !money) return { quantity, unit: zh[2] as string };
  }
  // "再来俩", "要仨": 俩/仨 carry their own measure word.
  const pair = ZH_PAIR.exec(text);
  if (pair) return { quantity: pair[1] === "俩" ? 2 : 3 };
  const party = EN_PARTY.exec(text);
  if (party) {
    const quantity = parseEnglishNumber(party[1] as string);
    if (quantity !== undefined) return { quantity, unit: "people" };
  }
  for (const match of text.matchAll(new RegExp(EN_QUANTITY, "giu"))) {
    const phrase = (match[1] as string).toLowerCase();
    // A bare "a"/"an" is an article far more often than a count; accept it only before a container word.
    if (
      (phrase === "a" || phrase === "an") &&
      !/^(cup|glass|bottle|box|bag|ticket|bowl|pack|slice|piece)/u.test(match[2] ?? "")
    )
      continue;
    // "1 kg each", "500 g": a weight the shop sells by, not a count of things.
    if (WEIGHT_UNIT.test(match[2] ?? "")) continue;
    const quantity = parseEnglishNumber(phrase);
    if (quantity !== undefined) return { quantity, unit: (match[2] as string).toLowerCase() };
  }
  const zhRecount = ZH_RECOUNT.exec(text);
  if (zhRecount) {
    const quantity = parseNumber((zhRecount[1] ?? zhRecount[2]) as string);
    if (quantity !== undefined) return { quantity };
  }
  const ofThem = EN_OF_THEM.exec(text);
  if (ofThem) {
    const quantity = parseEnglishNumber((ofThem[1] ?? ofThem[2]) as string);
    if (quantity !== undefined && quantity > 0) return { quantity };
  }
  const recount = EN_RECOUNT.exec(text);
  if (recount) {
    const quantity = parseEnglishNumber(recount[1] as string);
    if (quantity !== undefined && !/^an?$/iu.test(recount[1] as string)) return { quantity };
  }
  return {};
}
