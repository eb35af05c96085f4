import type { GazetteerMatch } from "../gazetteer.ts";
import { withoutAddedIn } from "./added-in.ts";
import { listedThings, listPieces } from "./item-list.ts";
import { cutAtClauses } from "./line-division.ts";
import { parseEnglishNumber, parseNumber } from "./numbers.ts";
import { extractItemOptions } from "./options.ts";
import { portionCounts } from "./portion-counts.ts";
import { choiceAnchor, choiceClauses, foldChoices, namesShopChoice, onlyChoices } from "./shop-choices.ts";
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

const ZH_UNIT =
  "杯|份|笼|屉|客|例|盘|碟|个(?![人小钟月星礼])|瓶|盒|束|碗|袋|串|只|斤|箱|罐|包|支|枝|盆|提|听|块(?!钱|以内|以下|之内|左右|[，,。！？!?；;\\s]|$)|打|根|片|条|桶|套|双|把|卷|袋";
const ZH_COUNT = new RegExp(
  // "俩"/"仨" carry their own measure word: "仨蛋挞俩可乐".
  `(?<!第\\s*)(?:(?<sign>-|负)?\\s*(?<num>[0-9]+(?:\\.[0-9]+)?(?:e[0-9]+)?|[零一二两俩三仨四五六七八九十百千万几]+)\\s*(?<unit>${ZH_UNIT})|(?<pair>[俩仨])(?=[\\u3400-\\u9fff])(?!${ZH_UNIT}))`,
  "giu",
);
// A count after its noun: "拿铁两杯", "冷萃要4杯", "latte x2", "拿铁×2".
const POSTFIX_COUNT = new RegExp(
  `^\\s*(?:(?:要|来|买|拿|订|点)?\\s*(?<sign>-|负)?(?<num>[0-9]+(?:\\.[0-9]+)?(?:e[0-9]+)?|[零一二两俩三仨四五六七八九十百千万]+)\\s*(?:${ZH_UNIT})|[x×*]\\s*(?<mul>-?[0-9]+))`,
  "iu",
);
const EN_WORD_NUMBER =
  "a couple of|a couple|a pair of|half a dozen|a dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred";
const EN_CONTAINER =
  "(?:cups?|glass(?:es)?|bottles?|box(?:es)?|packs?|packets?|bags?|bowls?|bouquets?|tubes?|sachets?|strips?|bunch(?:es)?|pieces?|slices?|cans?|portions?|servings?|plates?|orders?|cartons?|cases?|loaf|loaves|jars?|tubs?)";
const EN_COUNT = new RegExp(
  `(?<![\\w.])(?<num>-?[0-9]+(?:\\.[0-9]+)?(?:e[0-9]+)?|${EN_WORD_NUMBER}|an?(?=\\s+${EN_CONTAINER}\\s+of\\b))(?:\\s*x)?\\s+(?:${EN_CONTAINER}\\s+of\\s+)?`,
  "giu",
);
const EN_ARTICLE = /(?:^|\s)(?:a|an)\s+(?:[a-z-]+\s+){0,3}$/iu;
// Where one clause of a request ends.
const CLAUSE_END = /[，,。！!？?；;:：()（）]|\bbut\b|\bthen\b/iu;
// Joins between the lines of an order.
const CONNECTOR = /和|加上?|还有|再来|再要|以及|跟|另外|、|[，,+&]|\band\b|\bplus\b|\balso\b/iu;
// A later clause that adds to the order rather than dividing the last line.
const ADDS = /^\s*(?:\+|\bplus\b|\band\b|和|加上|再来|再加|外加|另外)/iu;
const ALL_CUE = /都|全部|全都|一律|\ball\b|\bboth\b|\beach\b|\bevery\b/iu;

const ZH_EXCLUDE_BEFORE =
  /(?:不要|不想要|别要|别点|别买|不用|不吃|不喝|避开|排除|别给我|不能是|别是|不是|除了|(?<![特区类分识告级性差])别\s*)(?:那家|那个|这家)?$/u;
// "星巴克的不要": ruled out when nothing else follows; "拿铁不要星巴克的" rules out the shop, not the latte.
const ZH_EXCLUDE_AFTER =
  /^(?:的)?(?:(?:不要|别要|不行)(?=\s*(?:了|啊|哦|呢)?\s*(?:[，,。！!？?；;]|$))|除外|就算了|以外|之外)/u;
const EN_EXCLUDE_BEFORE =
  /(?:\bnot(?: from| at)?|\bno|\bexcept(?: for)?|\b(?:anything|anywhere|any ?place|any ?shop|anyone|somewhere) (?:but|except)|\bapart from|\bbesides|\bnever|\bother than|\bavoid|\bexcluding|\bwithout|\brather than|\binstead of|\bnothing from|\bskip|\bdon'?t want|\bbut not)(?:\s+(?:the|any|a|an|from))?\s*$/iu;

function countOf(
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

interface Count {
  index: number;
  end: number;
  text: string;
  qty?: number;
  problem?: NumberProblemSlot["reason"];
}

/** Counts in a stretch of text ("两杯", "10 cups of", "a dozen"), in order, with positions in `text`. */
function countsIn(text: string, from: number, to: number): Count[] {
  // Matched over the whole text, so what follows a count ("块" before "钱") is seen past `to`.
  const counts: Count[] = [];
  for (const match of text.matchAll(ZH_COUNT)) {
    const index = match.index ?? 0;
    if (index < from || index + match[0].length > to) continue;
    const groups = match.groups ?? {};
    const read = countOf((groups.num ?? groups.pair) as string, groups.sign, false);
    counts.push({ index, end: index + match[0].length, text: match[0].trim(), ...read });
  }
  for (const match of text.matchAll(EN_COUNT)) {
    const index = match.index ?? 0;
    if (index < from || index + match[0].length > to) continue;
    const groups = match.groups ?? {};
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
      end: index + match[0].length,
      text: match[0].replace(/\s+of\s*$/iu, "").trim(),
      ...read,
    });
  }
  return counts.sort((a, b) => a.index - b.index);
}

/** Whether a match is ruled out by the words around it ("不要星巴克", "not from Starbucks"). */
function excluded(text: string, match: GazetteerMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 24), match.start);
  const after = text.slice(match.end, match.end + 6);
  if (ZH_EXCLUDE_BEFORE.test(before)) {
    // "除了拿铁还要一杯美式" adds, it does not exclude.
    if (
      /除了(?:那家|那个|这家)?$/u.test(before) &&
      /还|也|再|另外/u.test(text.slice(match.end, match.end + 8))
    )
      return false;
    return true;
  }
  if (ZH_EXCLUDE_AFTER.test(after)) return true;
  return EN_EXCLUDE_BEFORE.test(before);
}

/** The longest non-overlapping matches of the kinds that name things to buy, in text order. */
function anchorsOf(matches: readonly GazetteerMatch[]): GazetteerMatch[] {
  const things = matches
    .filter((match) => match.entity.kind === "item" || match.entity.kind === "category")
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: GazetteerMatch[] = [];
  for (const match of things)
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  return kept.sort((a, b) => a.start - b.start);
}

/** Temperature said as one character glued to the name: "冰美式", "热拿铁". */
function gluedTemperature(text: string, match: GazetteerMatch): ItemOptions {
  const name = match.entity.zh;
  const before = text[match.start - 1];
  if (before === "冰" && !name.startsWith("冰")) return { temperature: "iced" };
  if (before === "热" && !name.startsWith("热")) return { temperature: "hot" };
  return {};
}

function endOfClause(text: string, from: number): number {
  const rest = text.slice(from);
  const stop = CLAUSE_END.exec(rest);
  return stop ? from + stop.index : text.length;
}

/** Where the words between two named things divide: the first one's tail, then the next one's head. */
function divide(text: string, from: number, to: number, firstHasCount: boolean): number {
  const between = text.slice(from, to);
  if (!firstHasCount) {
    const postfix = POSTFIX_COUNT.exec(between);
    if (postfix) return from + postfix[0].length;
  }
  const connector = CONNECTOR.exec(between);
  if (connector) return from + connector.index;
  const count = countsIn(text, from, to)[0];
  return count ? count.index : from;
}

/**
 * Reads the order lines of one utterance. `matches` are the gazetteer's trusted matches over the
 * same (normalised) text.
 */
export function extractOrderLines(text: string, matches: readonly GazetteerMatch[]): OrderLinesSlot {
  const exclusions: ExclusionSlot[] = [];
  const brands: GazetteerMatch[] = [];
  const usable: GazetteerMatch[] = [];
  for (const match of matches) {
    if (!["item", "category", "merchant"].includes(match.entity.kind)) continue;
    if (excluded(text, match)) {
      const { kind, zh, en } = match.entity;
      if (!exclusions.some((other) => other.zh === zh))
        exclusions.push({ kind: kind as ExclusionSlot["kind"], zh, en });
    } else if (match.entity.kind === "merchant") brands.push(match);
    else usable.push(match);
  }
  const anchors = withoutAddedIn(text, anchorsOf(usable)).filter(
    // A brand's name holding an item's name ("Manner咖啡") names the shop, not a coffee.
    (anchor) =>
      !brands.some((brand) => anchor.start >= brand.start && anchor.end <= brand.end) &&
      !choiceAnchor(text, anchor),
  );
  const problems: NumberProblemSlot[] = [];
  const lines: OrderLineSlot[] = [];
  const used = new Set<number>();
  let headStart = 0;
  // Clauses between a thing and the next that say more about the first (its splits, its options).
  const regions: { line: number; from: number; to: number }[] = [];
  anchors.forEach((anchor, index) => {
    const next = anchors[index + 1];
    const head = text.slice(headStart, anchor.start);
    const headCounts = countsIn(text, headStart, anchor.start);
    // A count with a list join after it counts the thing before the join ("2 onigiri, an oden set").
    const headCount = ownCount(text, headCounts.at(-1), anchor.start);
    const cut = next ? cutAtClauses(text, anchor.end, next.start) : undefined;
    const tailEnd = cut
      ? cut.tailEnd
      : next
        ? divide(text, anchor.end, next.start, headCount !== undefined)
        : addedMore(text, anchor.end, endOfClause(text, anchor.end));
    const tail = text.slice(anchor.end, tailEnd);
    let count: Count | undefined = headCount;
    if (!count) {
      const postfix = POSTFIX_COUNT.exec(tail);
      if (postfix) {
        const groups = postfix.groups ?? {};
        const raw = (groups.mul ?? groups.num) as string;
        count = {
          index: anchor.end,
          end: anchor.end + postfix[0].length,
          text: postfix[0].trim(),
          ...countOf(raw, groups.sign, false),
        };
      } else if (EN_ARTICLE.test(head)) count = { index: anchor.start, end: anchor.start, text: "a", qty: 1 };
    }
    if (count?.problem) problems.push({ field: "quantity", text: count.text, reason: count.problem });
    const options = {
      ...extractItemOptions(head.slice(headCount ? headCount.end - headStart : 0)),
      ...gluedTemperature(text, anchor),
      ...extractItemOptions(tail),
    };
    if (count) used.add(count.index);
    lines.push({
      said: `${head} ${anchor.text} ${tail}`,
      match: anchor,
      text: anchor.entity.zh,
      start: anchor.start,
      qty: count?.qty !== undefined && !count.problem ? count.qty : 1,
      ...(count ? { qtyText: count.text } : {}),
      options,
    });
    if (cut && cut.nextHead > tailEnd)
      regions.push({ line: lines.length - 1, from: tailEnd, to: cut.nextHead });
    headStart = cut ? cut.nextHead : tailEnd;
  });
  for (const region of regions.reverse()) {
    const view = [lines[region.line] as OrderLineSlot];
    applyLaterClauses(text.slice(0, region.to), region.from, view, problems, used, true);
    if (view.length === 1) {
      const line = view[0] as OrderLineSlot;
      line.said = `${line.said ?? ""} ${text.slice(region.from, region.to)}`;
    }
    lines.splice(region.line, 1, ...view);
  }
  mergeRepeatedMentions(lines);
  portionCounts(lines);
  if (lines.length > 0) applyLaterClauses(text, headStart, lines, problems, used);
  const free = [
    ...freeLines(text, [...anchors, ...brands], used, problems),
    ...articleLines(text, [...anchors, ...brands, ...matches]),
  ];
  const all = [...lines, ...foldChoices(free, [...lines, ...free])];
  const counted = [...used].map((index) => ({ start: index, end: index + 1 }));
  all.push(
    ...foldChoices(
      unnamedListed(text, all, [...anchors, ...matches, ...counted], [...brands, ...matches]),
      lines,
    ),
  );
  all.sort((a, b) => a.start - b.start);
  applySharedOptions(text, all);
  return { lines: all, exclusions, brands, problems };
}

/**
 * A thing named again without a count of its own only says more about it ("一杯珍珠奶茶，珍珠奶茶要少冰",
 * "a latte and a croissant, the latte iced"): its options join the earlier line, no second line.
 */
function mergeRepeatedMentions(lines: OrderLineSlot[]) {
  for (let index = lines.length - 1; index > 0; index--) {
    const line = lines[index] as OrderLineSlot;
    if (line.qtyText !== undefined || !line.match) continue;
    const id = line.match.entity.id;
    const earlier = lines.slice(0, index).findLast((other) => other.match?.entity.id === id);
    if (!earlier) continue;
    earlier.options = { ...earlier.options, ...line.options };
    earlier.said = `${earlier.said ?? ""} ${line.said ?? ""}`;
    lines.splice(index, 1);
  }
}

/**
 * Options said for every line ("3杯美式 2杯拿铁 都要大杯", "3 hot 3 iced, all half sugar", "both
 * mild"): from the cue to the end of its clause, given to every line that did not say its own.
 */
function applySharedOptions(text: string, lines: OrderLineSlot[]) {
  if (lines.length < 2) return;
  const first = Math.min(...lines.map((line) => line.start));
  for (const cue of text.matchAll(new RegExp(ALL_CUE.source, "giu"))) {
    const at = cue.index ?? 0;
    if (at < first) continue;
    const shared = extractItemOptions(text.slice(at, endOfClause(text, at + cue[0].length)));
    if (!shared) continue;
    for (const line of lines) line.options = { ...shared, ...line.options };
  }
}

// Words after a count that say how, not what: "2 no ice", "two with an extra shot", "2 of them".
const EN_HOW_WORD =
  /^(?:with|without|of|no|not|less|extra|half|light|more|in|on|over|served|made|done|as|very|super|and|the|rest|regular|normal|plain|standard|to|for|each|one|hot|iced|cold|warm|large|medium|small|big|sugar|ice|\d)/iu;
const ZH_HOW_WORD = /^(?:的|要|是|正常|普通|标准|原味|其余|其他|剩下|换成|改成|加|不|少|去|多|半|无|微)/u;

/** Whether the words right after a count name a thing of their own ("2 medium fries", "两份薯条"). */
function countNamesThing(text: string, count: Count): boolean {
  const rest = text.slice(count.end).trimStart();
  if (!rest) return false;
  if (/^[\u3400-\u9fff]/u.test(rest)) {
    const stop = ZH_NOUN_STOP.exec(rest);
    const noun = (stop ? rest.slice(0, stop.index) : rest).trim();
    if (!noun || OPTION_ONLY.test(noun) || ZH_HOW_WORD.test(noun) || onlyChoices(noun)) return false;
    return extractItemOptions(noun) === undefined;
  }
  const word = rest.replace(LEADING_OPTIONS, "").trimStart();
  if (!/^[a-z]/iu.test(word) || EN_HOW_WORD.test(word) || onlyChoices(word)) return false;
  // "three mild", "2 extra spicy": options, not a thing ("4 pepsis chilled" is a thing made so).
  // "two iced two hot": options, then the next count.
  if (word !== rest && /^(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)\b/iu.test(word))
    return false;
  const [first = "", second = ""] = word.split(/\s+/u);
  if (extractItemOptions(first) || (OPTION_MODIFIER.test(first) && extractItemOptions(`${first} ${second}`)))
    return false;
  return !GENERIC_NOUN.test(word.split(/\s+/u)[0] ?? "");
}

const OPTION_MODIFIER = /^(?:extra|medium|not|slightly|very|super|no|less|half|light|more|a)$/iu;

// "and a half sugar", "an iced one": the article counts one when options follow it.
const EN_ARTICLE_COUNT =
  /(?<![\w'])(?<!\b(?:with|without|of|in|for)\s+)an?\s+(?=(?:half|less|no|large|medium|small|hot|iced|cold|regular|normal|plain)\b)/giu;

/** The counts of a later clause, with "a"/"an" before options read as one. */
function laterCounts(text: string, from: number): Count[] {
  const counts = countsIn(text, from, text.length);
  for (const match of text.slice(from).matchAll(EN_ARTICLE_COUNT)) {
    const index = from + (match.index ?? 0);
    if (counts.some((count) => count.index <= index && index < count.end)) continue;
    counts.push({ index, end: index + match[0].length, text: match[0].trim(), qty: 1 });
  }
  return counts.sort((a, b) => a.index - b.index);
}

// A count's piece that names a choice only shops list: "两杯加浓", "two with an extra shot".
const SHOP_OPTION_PIECE = /^\s*(?:的)?(?:加(?!上|起来)|换成|\bwith\b|\bw\/|\badd\b|\bextra\b)/iu;

// A count's piece that keeps the line as it is: "一杯正常", "the other one regular".
const PLAIN_PIECE = /^\s*(?:的)?(?:正常|普通|标准|原味|常规|regular|normal|plain|as usual)/iu;

// After a count, the words that are not the thing: "送到家", "and", "to my office".
const ZH_NOUN_STOP =
  /送到|送去|送过来|送来|送|到|给|吧|啊|呀|呢|了|就行|和|加|还有|再|以内|以下|，|,|。|！|!|？|\?|、|\s|的$/u;
const EN_NOUN_STOP =
  /\s+(?:to|for|and|plus|from|with|please|pls|delivered|at|in|by|under|within|asap|now|today|tonight|too|instead|then|each|in total|total)\b|[,.!?;]/iu;
const OPTION_ONLY =
  /^(?:的|热的|冰的|温的|常温|大杯|中杯|小杯|超大杯|少糖|半糖|无糖|全糖|少冰|去冰|多冰|不辣|微辣|中辣|特辣|冰|热|hot|iced|cold|large|medium|small|big|less sugar|no sugar|no ice|spicy|mild|\s)+$/iu;
// A limit or a refusal after a count ("一杯别超过10块"), not a thing.
const NOT_A_THING =
  /超过|以内|以下|之内|[0-9]+\s*(?:块|元)|钱|^别|^不要|^不用|^不能|\byuan\b|\bmax\b|^(?:kgs?|kilo(?:gram)?s?|g|grams?|lbs?|pounds?|ml|l|lit(?:re|er)s?|oz|公斤|千克|克|斤|毫升|升)\b|^(?:instead|then|now|please|total|in total|each|apiece|all|of those|of these|too|as well|thanks?)\b/iu;
const GENERIC_NOUN =
  /^(?:外卖|东西|吃的|喝的|饭|份|些|点|it|them|one|ones|things?|stuff|something|more|of them|cups?|glass(?:es)?|bottles?|boxes?|packs?|bags?|bowls?|pieces?|servings?|portions?|orders?|items?|people|persons|tickets?|seats?)$/iu;
const LEADING_OPTIONS = /^(?:(?:热的|冰的|大杯|中杯|小杯|少糖|无糖|半糖|hot|iced|large|medium|small)\s*)+/iu;

/**
 * Counted things the catalogue's names did not catch ("一箱牛奶", "a pack of tissues"): lines in the
 * user's own words, searched as written, rather than dropped.
 */
function freeLines(
  text: string,
  named: GazetteerMatch[],
  used: Set<number>,
  problems: NumberProblemSlot[],
): OrderLineSlot[] {
  const lines: OrderLineSlot[] = [];
  const counts = countsIn(text, 0, text.length);
  for (const [index, count] of counts.entries()) {
    if (used.has(count.index)) continue;
    // The thing ends where the next count starts ("仨蛋挞俩可乐").
    const next = counts[index + 1];
    const rest = text.slice(count.end, next && next.index > count.end ? next.index : undefined);
    const cjk = /^[\u3400-\u9fff]/u.test(rest);
    const stop = (cjk ? ZH_NOUN_STOP : EN_NOUN_STOP).exec(rest);
    let noun = (stop ? rest.slice(0, stop.index) : rest).trim();
    if (!cjk) noun = noun.split(/\s+/u).slice(0, 3).join(" ");
    if (
      !noun ||
      noun.length > 12 ||
      OPTION_ONLY.test(noun) ||
      GENERIC_NOUN.test(noun) ||
      NOT_A_THING.test(noun)
    )
      continue;
    if (!cjk && !/^[a-z]/iu.test(noun)) continue;
    const end = count.end + noun.length;
    if (named.some((match) => match.start < end && count.end <= match.end)) continue;
    const thing = noun.replace(LEADING_OPTIONS, "").trim();
    if (!thing) continue;
    if (count.problem) problems.push({ field: "quantity", text: count.text, reason: count.problem });
    used.add(count.index);
    lines.push({
      said: noun,
      text: thing.replace(/^cokes?$/iu, "cola"),
      start: count.index,
      qty: count.qty !== undefined && !count.problem ? count.qty : 1,
      qtyText: count.text,
      options: extractItemOptions(noun) ?? {},
    });
  }
  return lines;
}

// "…, a coke", "and some band-aids": one more thing after a join, said with an article, not a number.
const EN_ARTICLE_THING = /(?:\band\b|\bplus\b|,|&|\+)\s*(?:also\s+)?(?:a|an|some)\s+(?=[a-z])/giu;
const NOT_AN_ARTICLE_THING =
  /^(?:bit|little|lot|few|more|half|quarter|while|moment|minute|second|time|day|week|hurry|rush|couple|pair|dozen|receipt|bag|fork|spoon|napkins?|straws?|chopsticks?|card|note|discount|coupon|refund|ride|taxi|cab|car|table|seat|ticket|reservation)\b/iu;

const CONTAINER_OF = new RegExp(`^${EN_CONTAINER}\\s+of\\b`, "iu");

/** Things joined on with "a"/"an"/"some" that the catalogue's names did not catch ("and a coke"). */
function articleLines(text: string, named: GazetteerMatch[]): OrderLineSlot[] {
  const lines: OrderLineSlot[] = [];
  for (const article of text.matchAll(EN_ARTICLE_THING)) {
    const from = (article.index ?? 0) + article[0].length;
    const rest = text.slice(from);
    const stop = EN_NOUN_STOP.exec(rest);
    const noun = (stop ? rest.slice(0, stop.index) : rest).trim().split(/\s+/u).slice(0, 3).join(" ");
    if (!noun || noun.length > 24 || NOT_AN_ARTICLE_THING.test(noun) || GENERIC_NOUN.test(noun)) continue;
    // "a box of ibuprofen" is a count the free lines read already.
    if (CONTAINER_OF.test(rest)) continue;
    if (OPTION_ONLY.test(noun) || NOT_A_THING.test(noun) || EN_HOW_WORD.test(noun)) continue;
    const end = from + noun.length;
    if (named.some((match) => match.start < end && from < match.end)) continue;
    const thing = noun
      .replace(LEADING_OPTIONS, "")
      .trim()
      .replace(/^cokes?$/iu, "cola");
    if (!thing) continue;
    lines.push({
      said: noun,
      text: thing,
      start: from,
      qty: 1,
      qtyText: article[0].trim(),
      options: extractItemOptions(noun) ?? {},
    });
  }
  return lines;
}

// "一半无糖一半半糖", "half not spicy and half mild": each half of the last line with its own options.
const HALF = /一半|\bhalf(?! sugar| sweet|-sweet| an? | a kilo| kg)(?:\s+of\s+them)?/giu;

function splitInHalves(rest: string, lines: OrderLineSlot[], problems: NumberProblemSlot[]): boolean {
  const halves = [...rest.matchAll(HALF)];
  if (halves.length !== 2) return false;
  const options = halves.map((half, index) =>
    extractItemOptions(
      rest.slice((half.index ?? 0) + half[0].length, halves[index + 1]?.index ?? rest.length),
    ),
  );
  if (options.some((found) => found === undefined)) return false;
  const last = lines[lines.length - 1] as OrderLineSlot;
  if (last.qty % 2 !== 0) {
    // Half of three cups is no count a shop can make: asked, not rounded.
    problems.push({ field: "quantity", text: `${last.qtyText ?? last.qty} / 2`, reason: "fraction" });
    return true;
  }
  const parts = options.map((found) => ({
    ...last,
    qty: last.qty / 2,
    options: { ...last.options, ...found },
  }));
  lines.splice(lines.length - 1, 1, ...parts);
  return true;
}

/**
 * Clauses after the last named thing that name none themselves: splits of the last line across
 * options ("4杯拿铁，两杯冰的两杯热的", "12 teas, 6 with less sugar") or options for every line
 * ("都要少糖", "all large").
 */
function applyLaterClauses(
  text: string,
  from: number,
  lines: OrderLineSlot[],
  problems: NumberProblemSlot[],
  used: Set<number>,
  bounded = false,
) {
  const rest = text.slice(from);
  if (!rest.trim()) return;
  if (splitInHalves(rest, lines, problems)) return;
  const counts = laterCounts(text, from).filter((count) => !countNamesThing(text, count));
  const pieces = counts
    .map((count, index) => {
      // Between two things, the last piece runs to the next thing's words ("one extra wide, medium
      // spicy, with an egg — and a …").
      const until = counts[index + 1]?.index ?? (bounded ? text.length : endOfClause(text, count.end));
      const words = text.slice(count.end, until);
      const options =
        extractItemOptions(words) ??
        (PLAIN_PIECE.test(words) || SHOP_OPTION_PIECE.test(words) || namesShopChoice(words) ? {} : undefined);
      return { count, options, words };
    })
    .filter((piece) => piece.options !== undefined);
  const last = lines[lines.length - 1] as OrderLineSlot;
  const bare = counts[0];
  if (
    pieces.length === 0 &&
    counts.length === 1 &&
    bare &&
    lines.length === 1 &&
    last.qtyText === undefined
  ) {
    // "哪家的燕麦拿铁都可以，来两杯", "a latte, make that 2": a count of its own clause is the line's;
    // "the 18 piece one" is its portion, said for its shop's choices.
    used.add(bare.index);
    if (piecesAfter(text, bare))
      last.said = `${last.said ?? ""} ${text.slice(bare.index, endOfClause(text, bare.end))}`;
    else {
      if (bare.problem) problems.push({ field: "quantity", text: bare.text, reason: bare.problem });
      last.qty = bare.qty !== undefined && !bare.problem ? bare.qty : 1;
      last.qtyText = bare.text;
    }
  }
  if (pieces.length > 0 && last.qtyText !== undefined && ADDS.test(rest)) {
    // "2 hot americanos + 1 iced one", "两杯热美式再来一杯冰的": more of the same thing, not a split.
    for (const piece of pieces) used.add(piece.count.index);
    const { temperature: _t, ice: _i, ...kept } = last.options;
    lines.push(
      ...pieces.map((piece) => ({
        ...last,
        said: `${last.said ?? ""} ${piece.words}`,
        qty: piece.count.qty ?? 1,
        qtyText: piece.count.text,
        options: { ...kept, ...piece.options },
      })),
    );
    return;
  }
  if (pieces.length > 0) {
    // Options said before the splits are every part's ("2 pork chop noodles, mild, one with an egg").
    const lead = extractItemOptions(text.slice(from, (pieces[0] as (typeof pieces)[number]).count.index));
    if (lead) last.options = { ...lead, ...last.options };
    // "每份18只" before the splits: every part's words (its shop's choices are matched in them).
    const leadWords = text.slice(from, (pieces[0] as (typeof pieces)[number]).count.index);
    if (leadWords.trim()) last.said = `${last.said ?? ""} ${leadWords}`;
    for (const piece of pieces) used.add(piece.count.index);
    for (const piece of pieces)
      if (piece.count.problem)
        problems.push({ field: "quantity", text: piece.count.text, reason: piece.count.problem });
    const split = pieces.reduce((sum, piece) => sum + (piece.count.qty ?? 0), 0);
    if (split > last.qty && last.qtyText !== undefined) {
      problems.push({ field: "quantity", text: `${last.qtyText} < ${split}`, reason: "too_large" });
      return;
    }
    const total = last.qtyText === undefined ? split : last.qty;
    const parts: OrderLineSlot[] = pieces.map((piece) => ({
      ...last,
      // Each part's own words, for choices only shops name ("两杯加浓", "two with an extra shot").
      said: `${last.said ?? ""} ${piece.words}`,
      qty: piece.count.qty ?? 1,
      qtyText: piece.count.text,
      options: { ...last.options, ...piece.options },
    }));
    if (total > split) parts.push({ ...last, qty: total - split });
    lines.splice(lines.length - 1, 1, ...parts);
    return;
  }
  // A counted thing of its own ("2 medium fries") keeps its options.
  let own = rest;
  for (const thing of laterCounts(text, from)
    .filter((count) => countNamesThing(text, count))
    .reverse())
    own = own.slice(0, thing.index - from) + own.slice(endOfClause(text, thing.end) - from);
  // Clauses of nothing but choices say more of the last thing ("…, boiled", "，要煎的").
  last.said = `${last.said ?? ""} ${choiceClauses(own)}`;
  const shared = extractItemOptions(own);
  if (!shared) return;
  const targets = ALL_CUE.test(rest) || lines.length > 1 ? lines : [last];
  for (const line of targets) line.options = { ...shared, ...line.options };
}

/** Whether a count is of pieces of a portion ("18 piece one", "18只"), not of things. */
function piecesAfter(text: string, count: Count): boolean {
  return /只$/u.test(count.text) || /^\s*(?:pcs?|pieces?|-piece)\b/iu.test(text.slice(count.end));
}

/** The count before a thing, unless a list join stands between them (then it counts another thing). */
function ownCount(text: string, count: Count | undefined, thingStart: number): Count | undefined {
  if (!count) return undefined;
  const between = text.slice(count.end, thingStart);
  // "沪上阿姨4杯：血糯米奶茶2杯…": a count before a colon totals the list, it counts no one thing.
  if (
    /[:：]/u.test(between) &&
    POSTFIX_COUNT.test(text.slice(thingStart).replace(/^[\p{Script=Han}]{1,8}/u, ""))
  )
    return undefined;
  const joined = listPieces(between).length > 1 || /^\s*(?:[，,、;；+&]|and\b|plus\b)/iu.test(between);
  return joined && /[\p{L}]{2,}/u.test(between.split(/[，,、;；+&]|\band\b|\bplus\b/iu)[0] ?? "")
    ? undefined
    : count;
}

/**
 * Listed things the catalogue's names missed ("ibuprofen and band-aids", "买点布洛芬跟创可贴"): every
 * piece of a list no line covers becomes a line in the user's words, when the request lists two or
 * more things — a lone unknown noun stays the product the planner searches.
 */
function unnamedListed(
  text: string,
  lines: readonly OrderLineSlot[],
  named: readonly { start: number; end: number; entity?: GazetteerMatch["entity"] }[],
  shops: readonly GazetteerMatch[],
): OrderLineSlot[] {
  // Shops and ruled-out names are no things; their words are blanked, positions kept.
  let blanked = text;
  for (const match of shops.filter((candidate) => candidate.entity.kind !== "item"))
    blanked = blanked.slice(0, match.start) + " ".repeat(match.end - match.start) + blanked.slice(match.end);
  const covered = [
    ...named.filter((match) => match.entity?.kind !== "merchant"),
    ...lines.map((line) => ({ start: line.start, end: line.start + 1 })),
  ];
  const things = listedThings(blanked, covered);
  if (lines.length + things.length < 2) return [];
  return things.map((thing) => ({
    said: thing.said,
    text: thing.noun.replace(/^cokes?$/iu, "cola"),
    start: thing.start,
    qty: thing.qty,
    ...(thing.qtyText ? { qtyText: thing.qtyText } : {}),
    options: extractItemOptions(thing.said) ?? {},
  }));
}

// "+ 1 iced one", "再来一杯冰的": a join that adds a count of more.
const ADDED_COUNT =
  /(?:\+|\bplus\b|\band\b|和|加上|再来|再加|外加|另外)\s*(?=(?:[0-9]+|[一两二三四五六七八九十俩仨]|one|two|three|four|five|an?)\b|[一两二三四五六七八九十俩仨])/iu;

/** Where the last thing's own words end: before a join that adds more of it, else `end`. */
function addedMore(text: string, from: number, end: number): number {
  const added = ADDED_COUNT.exec(text.slice(from, end));
  return added ? from + added.index : end;
}
