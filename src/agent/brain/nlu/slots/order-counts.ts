// Counts in an order's words ("两杯", "10 cups of", "a dozen", "x2"): where they stand, which thing
// each counts, and the counts of later clauses. Part of extractOrderLines (order-lines.ts).
import { listPieces } from "./item-list.ts";
import {
  EN_CONTAINER,
  endOfClause,
  GENERIC_NOUN,
  MAX_LINE_QTY,
  type NumberProblemSlot,
  ZH_COURTESY,
  ZH_NOUN_STOP,
} from "./line-words.ts";
import { parseEnglishNumber, parseNumber } from "./numbers.ts";
import { extractItemOptions, LEADING_OPTION_WORDS, OPTION_WORDS, onlyOptionWords } from "./options.ts";
import { onlyChoices, ZH_CHOICE_WORDS } from "./shop-choices.ts";

const ZH_UNIT =
  "杯|份|笼|屉|客|例|盘|碟|个(?![人小钟月星礼])|瓶|盒|束|碗|袋|串|只|斤|公斤|千克|箱|罐|包|支|枝|盆|提|听|块(?!钱|以内|以下|之内|左右|[，,。！？!?；;\\s]|$)|打|根|片|条|桶|套|双|把|卷|袋|颗|粒|枚|棵|件";

const ZH_COUNT = new RegExp(
  // "俩"/"仨" carry their own measure word: "仨蛋挞俩可乐".
  `(?<!第\\s*)(?:(?<sign>-|负)?\\s*(?<num>[0-9]+(?:\\.[0-9]+)?(?:e[0-9]+)?|[零一二两俩三仨四五六七八九十百千万几]+)\\s*(?<unit>${ZH_UNIT})|(?<pair>[俩仨])(?=[\\u3400-\\u9fff])(?!${ZH_UNIT}))`,
  "giu",
);

// Where a count said after its noun stops: a space, a list mark, the end, or the words after a line.
const RUN_END = `(?=[\\s，,、；;。！!？?]|$|${ZH_COURTESY}|送|到|给|带|吧|啊|呀|呢|和|再|还|就|另外|也)`;
// The pack or weight a thing is sold in, said between it and its count ("大米5kg 一袋", "葡萄1kg要两份",
// "矿泉水整箱两箱"): part of the thing, the count follows it.
const PACK_SPEC = "(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:kg|g|ml|l|克|毫升|升)(?![a-z])|整箱|整包|整袋)\\s*";
// A count after its noun: "拿铁两杯", "冷萃要4杯", "latte x2", "拿铁×2", "卤蛋俩".
// "拌面俩 不要辣", "柠檬水仨少冰": 俩/仨 before the line's options (normalising drops the space) count it too.
const PAIR_END = `(?:${RUN_END}|(?=(?:的)?(?:${OPTION_WORDS}|不要|不加|要)))`;
// "扁肉也来两份": "also" before the verb still counts the thing said before it.
// "巨峰葡萄1kg的两份", "香梨要1kg的两份": the pack said with 的, or after the verb, is the pack still.
const POSTFIX_BODY = `(?:(?:(?:要|来)?\\s*${PACK_SPEC}(?:的\\s*)?)?(?:也)?(?:要|来|买|拿|订|点)?\\s*(?<sign>-|负)?(?<num>[0-9]+(?:\\.[0-9]+)?(?:e[0-9]+)?|[零一二两俩三仨四五六七八九十百千万]+)\\s*(?:${ZH_UNIT})|[x×*]\\s*(?<mul>-?[0-9]+)|(?<pair>[俩仨])${PAIR_END})`;
export const POSTFIX_COUNT = new RegExp(`^\\s*${POSTFIX_BODY}`, "iu");
// A line written as one run: the thing, its options, its count, more options ("香辣鸡腿堡套餐1个",
// "拌面两份微辣"), up to the next thing or the words after the line.
// "两碗加蛋", "两个要套餐": the choices only shops list are the line's words too.
const OPTION_RUN = `(?:${OPTION_WORDS}|${ZH_CHOICE_WORDS}|的|热|冰|要|\\s)*`;
export const POSTFIX_RUN = new RegExp(`^${OPTION_RUN}${POSTFIX_BODY}(?<after>${OPTION_RUN})${RUN_END}`, "iu");

const RUN_BEFORE_NEXT = new RegExp(`^${OPTION_RUN}${POSTFIX_BODY}(?<after>${OPTION_RUN})`, "iu");
// "麦辣鸡腿堡两个要套餐麦旋风一个": options after the count, then a thing the catalogue's names did not
// catch with its own count after it — the options are the first thing's.
const RUN_BEFORE_COUNTED = new RegExp(
  `^${OPTION_RUN}${POSTFIX_BODY}(?<after>${OPTION_RUN})(?=[\\u3400-\\u9fff]{2,8}?(?:也)?(?:要|来)?(?:[0-9]+|[一二两三四五六七八九十]+)(?:${ZH_UNIT}))`,
  "iu",
);

/** The count after a thing with the options said after it, when the words that follow are the next thing. */
export function postfixRun(between: string): RegExpExecArray | null {
  const run = POSTFIX_RUN.exec(between);
  if (run) return run;
  const counted = RUN_BEFORE_COUNTED.exec(between);
  return counted?.groups?.after ? counted : null;
}

/**
 * The count written right after a thing, within `start`…`end` of the text: read on past `end`, so a
 * unit sees what follows it ("2块" before the next name is a count, "三块钱" is money).
 */
export function postfixAt(text: string, start: number, end: number): RegExpExecArray | null {
  const rest = text.slice(start);
  const plain = POSTFIX_COUNT.exec(rest);
  if (plain && plain[0].length <= end - start) return plain;
  const run = POSTFIX_RUN.exec(text.slice(start, end));
  if (run) return run;
  const glued = RUN_BEFORE_NEXT.exec(rest);
  return glued && start + glued[0].length === end ? glued : null;
}

/**
 * Where the first of two things ends when the words between them are its options and count
 * ("香辣鸡腿堡套餐1个|葡式蛋挞4个", "拌面两份微辣|扁肉一份"): only when the count cannot be the next
 * thing's, because options follow it or the next thing has its own count after it.
 */
export function runEnd(text: string, from: number, to: number, nextEnd: number): number | undefined {
  // Read on to the end, so a unit sees what follows it ("2块" before a name is a count, not money).
  const run = RUN_BEFORE_NEXT.exec(text.slice(from));
  if (!run || from + run[0].length !== to) return undefined;
  // "香辣鸡腿堡套餐6个 新奥尔良烤鸡腿堡套餐6个": the next thing's count may follow its options too.
  if (run.groups?.after || RUN_BEFORE_NEXT.test(text.slice(nextEnd))) return to;
  return undefined;
}

const EN_WORD_NUMBER =
  "a couple of|a couple|a pair of|half a dozen|a dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred";

const EN_COUNT = new RegExp(
  `(?<![\\w.])(?<num>-?[0-9]+(?:\\.[0-9]+)?(?:e[0-9]+)?|${EN_WORD_NUMBER}|an?(?=\\s+${EN_CONTAINER}\\s+of\\b))(?:\\s*x)?\\s+(?:${EN_CONTAINER}\\s+of\\s+)?`,
  "giu",
);

export const EN_ARTICLE = /(?:^|\s)(?:a|an)\s+(?:[a-z-]+\s+){0,3}$/iu;

export function countOf(
  raw: string,
  sign: string | undefined,
  english: boolean,
): { qty?: number; problem?: NumberProblemSlot["reason"] } {
  if (sign) return { problem: "negative" };
  if (raw.startsWith("-")) return { problem: "negative" };
  if (/e/iu.test(raw) && /\d/u.test(raw)) return { problem: "not_a_number" };
  const value = english ? parseEnglishNumber(raw) : (parseNumber(raw) ?? parseEnglishNumber(raw));
  if (raw === "几") return { qty: undefined };
  if (value === undefined || !Number.isFinite(value)) return { problem: "not_a_number" };
  if (value === 0) return { problem: "zero" };
  if (!Number.isInteger(value)) return { problem: "fraction" };
  if (value > MAX_LINE_QTY) return { qty: value, problem: "too_large" };
  return { qty: value };
}

export interface Count {
  index: number;
  end: number;
  text: string;
  qty?: number;
  problem?: NumberProblemSlot["reason"];
}

/** Counts in a stretch of text ("两杯", "10 cups of", "a dozen"), in order, with positions in `text`. */
export function countsIn(text: string, from: number, to: number): Count[] {
  // Matched over the whole text, so what follows a count ("块" before "钱") is seen past `to`.
  const counts: Count[] = [];
  for (const match of text.matchAll(ZH_COUNT)) {
    const index = match.index ?? 0;
    if (index < from || index + match[0].length > to) continue;
    const groups = match.groups ?? {};
    // "每份1公斤", "各2斤": the weight of each portion, not a count of something.
    if (/(?:斤|公斤|千克)$/u.test(match[0]) && /(?:每|各)[份个盒袋包箱串只]?\s*$/u.test(text.slice(0, index)))
      continue;
    const read = countOf((groups.num ?? groups.pair) as string, groups.sign, false);
    counts.push({ index, end: index + match[0].length, text: match[0].trim(), ...read });
  }
  for (const match of text.matchAll(EN_COUNT)) {
    const index = match.index ?? 0;
    const groups = match.groups ?? {};
    // "5 cups of ice": the thing's own name may begin with the container ("Cup of Ice").
    const ownName = /^\S+\s+$/u.test(text.slice(index, to)) && groups.num !== undefined;
    if (index < from || (index + match[0].length > to && !ownName)) continue;
    // "under 25 each", "max 60": a price, not a count.
    if (
      /(?:under|below|less than|within|max(?:imum)?|up to|at most|over|about|around|budget(?: of)?|[¥$￥])\s*$/iu.test(
        text.slice(Math.max(0, index - 14), index),
      )
    )
      continue;
    // "KFC for 4", "dinner for two": people, not things.
    if (/\bfor\s*$/iu.test(text.slice(Math.max(0, index - 5), index))) continue;
    // "8 am", "2 people", "60 yuan" are no counts of things.
    const after = text.slice(index + match[0].length);
    if (
      /^(?:yuan|rmb|kuai|bucks|dollars?|minutes?|mins?|hours?|am|pm|o'clock|people|persons|of us|km|percent|%|stars?|each|apiece|per|in total|total)\b/iu.test(
        after,
      )
    )
      continue;
    if (/[\u3400-\u9fff]/u.test(text[index + match[0].length - 1] ?? "")) continue;
    const read = countOf(groups.num as string, undefined, true);
    counts.push({
      index,
      end: Math.min(index + match[0].length, to),
      text: match[0].replace(/\s+of\s*$/iu, "").trim(),
      ...read,
    });
  }
  return counts.sort((a, b) => a.index - b.index);
}

// Words after a count that say how, not what: "2 no ice", "two with an extra shot", "2 of them".
export const EN_HOW_WORD =
  /^(?:with|without|of|no|not|less|extra|half|light|more|in|on|over|served|made|done|as|very|super|and|the|rest|regular|normal|plain|standard|to|for|each|one|hot|iced|cold|warm|large|medium|small|big|sugar|ice|\d)/iu;

const ZH_HOW_WORDS = new RegExp(
  `(?:${OPTION_WORDS}|${ZH_CHOICE_WORDS}|的|热|冰|辣|要|都|全部?|也|不|别|一点)+`,
  "gu",
);
const ZH_HOW_WORD = /^(?:的|要|是|正常|普通|标准|原味|其余|其他|剩下|换成|改成|加|不|少|去|多|半|无|微)/u;

/** Whether the words right after a count name a thing of their own ("2 medium fries", "两份薯条"). */
export function countNamesThing(text: string, count: Count): boolean {
  const rest = text.slice(count.end).trimStart();
  if (!rest) return false;
  if (/^[\u3400-\u9fff]/u.test(rest)) {
    const stop = ZH_NOUN_STOP.exec(rest);
    const noun = (stop ? rest.slice(0, stop.index) : rest).trim();
    if (!noun || onlyOptionWords(noun) || ZH_HOW_WORD.test(noun) || onlyChoices(noun)) return false;
    // "2杯百事冰镇": a name with its options after it is still a thing.
    return (
      extractItemOptions(noun) === undefined ||
      /^[\u3400-\u9fff]{2,}$/u.test(noun.replace(ZH_COUNT, "").replace(ZH_HOW_WORDS, ""))
    );
  }
  const word = rest.replace(LEADING_OPTION_WORDS, "").trimStart();
  // "4 a little spicy), thanks": the count's own clause says what it is, not the words after it.
  const clause = word.slice(0, endOfClause(word, 0));
  if (!/^[a-z]/iu.test(word) || EN_HOW_WORD.test(word) || onlyChoices(word) || onlyChoices(clause))
    return false;
  // "1 kg each", "the 500g ones": the count is a pack's weight, a choice.
  if (onlyChoices(`${count.text} ${clause}`)) return false;
  // "three mild", "2 extra spicy": options, not a thing ("4 pepsis chilled" is a thing made so).
  // "two iced two hot": options, then the next count.
  if (word !== rest && /^(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)\b/iu.test(word))
    return false;
  // "a warm delivered to my office": options, then the words after the line, no thing.
  if (word !== rest && /^(?:deliver(?:ed)?|sent|send|to|for|please|pls|asap|at|by|and)\b/iu.test(word))
    return false;
  const [first = "", second = ""] = word.split(/\s+/u);
  if (extractItemOptions(first) || (OPTION_MODIFIER.test(first) && extractItemOptions(`${first} ${second}`)))
    return false;
  return !GENERIC_NOUN.test(word.split(/\s+/u)[0] ?? "");
}

const OPTION_MODIFIER = /^(?:extra|medium|not|slightly|very|super|no|less|half|light|more|a)$/iu;

// "and a half sugar", "an iced one": the article counts one when options follow it.
const EN_ARTICLE_COUNT =
  /(?<![\w'])(?<!\b(?:with|without|of|in|for)\s+)an?\s+(?=(?:half|less|no|large|medium|small|hot|warm|iced|cold|chilled|mild|spicy|regular|normal|plain|unsweetened|sugar-free|decaf)\b)/giu;

/** The counts of a later clause, with "a"/"an" before options read as one. */
export function laterCounts(text: string, from: number): Count[] {
  const counts = countsIn(text, from, text.length);
  for (const match of text.slice(from).matchAll(EN_ARTICLE_COUNT)) {
    const index = from + (match.index ?? 0);
    if (counts.some((count) => count.index <= index && index < count.end)) continue;
    counts.push({ index, end: index + match[0].length, text: match[0].trim(), qty: 1 });
  }
  return counts.sort((a, b) => a.index - b.index);
}

/** Whether a count is of pieces of a portion ("18 piece one", "18只"), not of things. */
export function piecesAfter(text: string, count: Count): boolean {
  return /只$/u.test(count.text) || /^\s*(?:pcs?|pieces?|-piece)\b/iu.test(text.slice(count.end));
}

// A thing's name right before a count, as in "苹果两斤": Chinese words that are no verb of ordering.
const COUNTED_BEFORE =
  /(?<![要来买点拿订还再给帮])[\u3400-\u9fff]{2,}(?<!(?:我要|要|来|买|点|拿|订|还要|再要|再来|给我|帮我|就要|一共|总共|共))\s*$/u;

/** The count before a thing, unless a list join stands between them (then it counts another thing). */
export function ownCount(text: string, count: Count | undefined, thingStart: number): Count | undefined {
  if (!count) return undefined;
  const between = text.slice(count.end, thingStart);
  // "沪上阿姨4杯：血糯米奶茶2杯…": a count before a colon totals the list, it counts no one thing.
  if (
    /[:：]/u.test(between) &&
    POSTFIX_COUNT.test(text.slice(thingStart).replace(/^[\p{Script=Han}]{1,8}/u, ""))
  )
    return undefined;
  const joined = listPieces(between).length > 1 || /^\s*(?:[，,、;；+&]|and\b|plus\b)/iu.test(between);
  // "榴莲两个，香蕉一斤": a count said after a thing, then the join, is that thing's.
  if (
    /^\s*(?:[，,、;；+&]|和|跟|还有|以及)/u.test(between) &&
    COUNTED_BEFORE.test(text.slice(0, count.index))
  )
    return undefined;
  if (!joined) return count;
  return /[\p{L}]{2,}/u.test(between.split(/[，,、;；+&]|\band\b|\bplus\b/iu)[0] ?? "") ? undefined : count;
}

// "+ 1 iced one", "再来一杯冰的": a join that adds a count of more.
const ADDED_COUNT =
  /(?:\+|\bplus\b|\band\b|和|加上|再来|再加|外加|另外)\s*(?=(?:[0-9]+|[一两二三四五六七八九十俩仨]|one|two|three|four|five|an?)\b|[一两二三四五六七八九十俩仨])/iu;

/** Where the last thing's own words end: before a join that adds more of it, else `end`. */
export function addedMore(text: string, from: number, end: number): number {
  const added = ADDED_COUNT.exec(text.slice(from, end));
  return added ? from + added.index : end;
}
