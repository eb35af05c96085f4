// The shapes of an order's lines and the words every part of the line reader shares.
import type { GazetteerMatch } from "../gazetteer.ts";
import type { ItemOptions } from "./types.ts";

/**
 * The lines of an order as the user said them: each named thing with its own count and options
 * ("10杯冰美式和10杯无糖拿铁" → 10 iced americano + 10 no-sugar latte), splits of one item across
 * options ("4 lattes, two iced two hot"), brands and kinds ruled out ("不要星巴克", "anything but
 * coffee"), and counts that are no usable quantity ("-3杯", "1e9 cups"), kept as problems so the
 * brain questions them instead of reading another number.
 */
export interface OrderLineSlot {
  /** The gazetteer match naming the item or kind of thing; absent for words the catalogue names differently. */
  match?: GazetteerMatch;
  /** The user's words for the thing ("拿铁", "一箱牛奶" → "牛奶"). */
  text: string;
  /** The words said about this line (its count, options and name), for options only a shop names ("礼盒装"). */
  said?: string;
  /** Where it was said (for ordering the lines as the user did). */
  start: number;
  qty: number;
  /** The words of the count, when one was said. */
  qtyText?: string;
  options: ItemOptions;
  /** The shop said for this line when the order names several ("瑞幸的拿铁和肯德基的汉堡"). */
  shop?: { zh: string; en: string };
}

export interface ExclusionSlot {
  kind: "merchant" | "category" | "item";
  zh: string;
  en: string;
}

export interface NumberProblemSlot {
  field: "quantity" | "budget";
  text: string;
  reason: "negative" | "zero" | "not_a_number" | "fraction" | "too_large";
}

export interface OrderLinesSlot {
  lines: OrderLineSlot[];
  exclusions: ExclusionSlot[];
  /** Brands named without a negation ("麦当劳的巨无霸"). */
  brands: GazetteerMatch[];
  problems: NumberProblemSlot[];
}

/** The most of one item a shop takes in one order (commerce's line limit). */
export const MAX_LINE_QTY = 99;

export const EN_CONTAINER =
  "(?:cups?|glass(?:es)?|bottles?|box(?:es)?|packs?|packets?|bags?|bowls?|bouquets?|tubes?|sachets?|strips?|bunch(?:es)?|pieces?|slices?|cans?|portions?|servings?|plates?|orders?|cartons?|cases?|loaf|loaves|jars?|tubs?)";

// Where one clause of a request ends.
const CLAUSE_END = /[，,。！!？?；;:：()（）]|\bbut\b|\bthen\b/iu;

// A later clause that adds to the order rather than dividing the last line.
export const ADDS = /^\s*(?:\+|\bplus\b|\band\b|和|加上|再来|再加|外加|另外)/iu;

export const ALL_CUE = /都|全部|全都|一律|\ball\b|\bboth\b|\beach\b|\bevery\b/iu;

export function endOfClause(text: string, from: number): number {
  const rest = text.slice(from);
  const stop = CLAUSE_END.exec(rest);
  return stop ? from + stop.index : text.length;
}

// A count's piece that names a choice only shops list: "两杯加浓", "two with an extra shot".
export const SHOP_OPTION_PIECE = /^\s*(?:的)?(?:加(?!上|起来)|换成|\bwith\b|\bw\/|\badd\b|\bextra\b)/iu;

// A count's piece that keeps the line as it is: "一杯正常", "the other one regular".
export const PLAIN_PIECE = /^\s*(?:的)?(?:正常|普通|标准|原味|常规|regular|normal|plain|as usual)/iu;

/** Thanks and courtesy said around an order ("谢谢", "麻烦了", "辛苦啦"): never a thing to buy. */
export const ZH_COURTESY = "谢谢|多谢|谢啦|谢了|感谢|麻烦|辛苦|拜托|劳驾";

// After a count, the words that are not the thing: "送到家", "and", "to my office".
export const ZH_NOUN_STOP = new RegExp(
  `${ZH_COURTESY}|送到|送去|送过来|送来|送|到|给|吧|啊|呀|呢|了|就行|和|加|还有|再|以内|以下|，|,|。|！|!|？|\\?|、|\\s|的$`,
  "u",
);

// People sharing a group order ("五个同事", "我们俩每人点…", "四个同事一人一份" read as "同事一人") are
// no thing wanted.
export const GENERIC_NOUN =
  /^(?:外卖|东西|吃的|喝的|饭|份|些|点|(?:我们|咱们)?(?:[0-9两二三四五六七八九十]+个?)?(?:人|同事|朋友|小伙伴|同学)(?:一人|每人|每位)?[点来要买订]?|(?:每|一)人[点来要买订]?|it|them|one|ones|things?|stuff|something|more|of them|cups?|glass(?:es)?|bottles?|boxes?|packs?|bags?|bowls?|pieces?|servings?|portions?|orders?|items?|people|persons|tickets?|seats?)$/iu;
