// Things to buy that the catalogue's names did not catch ("and a coke", a listed thing with its own
// count): read from the words themselves. Part of extractOrderLines (order-lines.ts).
import type { GazetteerMatch } from "../gazetteer.ts";
import { listedThings } from "./item-list.ts";
import {
  EN_CONTAINER,
  GENERIC_NOUN,
  type NumberProblemSlot,
  type OrderLineSlot,
  ZH_COURTESY,
  ZH_NOUN_STOP,
} from "./line-words.ts";
import { extractItemOptions, LEADING_OPTION_WORDS, OPTION_WORDS, onlyOptionWords } from "./options.ts";
import { type Count, countsIn, EN_HOW_WORD } from "./order-counts.ts";
import { portionsBeforePieces } from "./portion-counts.ts";
import { ZH_CHOICE_WORDS } from "./shop-choices.ts";

const EN_NOUN_STOP =
  /\s+(?:to|for|and|plus|from|with|please|pls|delivered|at|in|by|under|within|asap|now|today|tonight|too|instead|then|each|in total|total)\b|[,.!?;]/iu;

// A limit or a refusal after a count ("一杯别超过10块"), not a thing.
const NOT_A_THING = new RegExp(
  `^(?:${ZH_COURTESY})|^(?:傍晚|黄昏|下班|上班|放学|(?:吃)?(?:晚饭|午饭|早饭)(?:前|后|时))|${/超过|以内|以下|之内|[0-9]+\s*(?:块|元)|钱|^别|^不要|^不用|^不能|\byuan\b|\bmax\b|^(?:kgs?|kilo(?:gram)?s?|g|grams?|lbs?|pounds?|ml|l|lit(?:re|er)s?|oz|公斤|千克|克|斤|毫升|升)\b|^(?:instead|then|now|please|total|in total|each|apiece|all|of those|of these|too|as well|thanks?)\b/.source}`,
  "iu",
);

// Words that order rather than name: "要", "再来", "帮我买", "再多来", "多要".
const ORDER_VERBS = /^(?:(?:帮我|给我|我|再|还|也|就)?多?(?:要|来|买|点|拿|订|加))+/u;

/**
 * The thing said right before a count that ends its clause ("苹果两斤，", "果多美：榴莲两个"): the Chinese
 * words back to the last mark or name, without the verb of ordering; none for a verb alone.
 */
function thingBefore(
  text: string,
  count: Count,
  named: readonly GazetteerMatch[],
): { noun: string; start: number; spec: string } | undefined {
  // The count ends its words: a mark, the end, or the next thing's name follows.
  // "番茄汤的一份不辣，": the options of that thing may come between.
  const options = LEADING_OPTION_WORDS.exec(text.slice(count.end))?.[0].length ?? 0;
  const from = count.end + options;
  const after = text.slice(from);
  const nextNamed = named.some((match) => match.start === from + (after.length - after.trimStart().length));
  if (!nextNamed && !/^\s*(?:[，,、；;。！!？?]|和|跟|还有|以及|再|另外|也|送到|送去|送$|$)/u.test(after))
    return undefined;
  // "苹果500g来一份": the pack or weight said between the thing and its count is the thing's.
  const spec = PACK_BEFORE_COUNT.exec(text.slice(0, count.index))?.[0].length ?? 0;
  const end = count.index - spec;
  let start = end;
  while (start > 0 && /[\u3400-\u9fff]/u.test(text[start - 1] ?? "")) start--;
  for (const match of named) if (match.end > start && match.end <= end) start = match.end;
  // "要两份苹果500g来一份": the thing starts after the count said before it (another thing's).
  for (const earlier of countsIn(text, start, end)) start = Math.max(start, earlier.end);
  // "10块麦乐鸡1份": a thing counted before it already is no new thing.
  if (/[0-9]\s*$/u.test(text.slice(0, start))) return undefined;
  const words = text.slice(start, end);
  // "两个要套餐麦旋风一个": the options said after the count before are that thing's, not this one's.
  const verb = LEADING_HOW.exec(words)?.[0].length ?? 0;
  const noun = words.slice(verb).replace(/的$/u, "");
  if (noun.length < 2 || noun.length > 8 || GENERIC_NOUN.test(noun) || onlyOptionWords(noun))
    return undefined;
  // "两份4块烤翅": a count before the count is no thing.
  if (extractItemOptions(noun) || countsIn(noun, 0, noun.length).length > 0) return undefined;
  return { noun, start: start + verb, spec: text.slice(end, count.index) };
}

const LEADING_HOW = new RegExp(
  `^(?:${ORDER_VERBS.source.slice(1)}|${OPTION_WORDS}|${ZH_CHOICE_WORDS}|的)+`,
  "u",
);

const TRAILING_HOW = new RegExp(`(?<=[\\u3400-\\u9fff]{2})(?:${OPTION_WORDS}|${ZH_CHOICE_WORDS}|的)+$`, "u");

const PACK_BEFORE_COUNT =
  /(?:[0-9]+(?:\.[0-9]+)?\s*(?:kg|g|ml|l|克|毫升|升)|整箱|整包|整袋)\s*(?:也)?(?:要|来|买|拿|订|点)?\s*$/iu;

/**
 * Counted things the catalogue's names did not catch ("一箱牛奶", "a pack of tissues"): lines in the
 * user's own words, searched as written, rather than dropped.
 */
export function freeLines(
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
    // "榴莲两个，香蕉一斤": nothing after the count, the thing said before it.
    const before =
      !noun ||
      onlyOptionWords(noun) ||
      named.some((match) => match.start <= count.end + rest.indexOf(noun) && count.end < match.end)
        ? thingBefore(text, count, named)
        : undefined;
    if (before) {
      used.add(count.index);
      if (count.problem) problems.push({ field: "quantity", text: count.text, reason: count.problem });
      lines.push({
        said: `${before.noun}${before.spec}${count.text}`,
        text: before.noun,
        start: before.start,
        qty: count.qty !== undefined && !count.problem ? count.qty : 1,
        qtyText: count.text,
        options: extractItemOptions(noun) ?? {},
      });
      continue;
    }
    if (
      !noun ||
      noun.length > 12 ||
      onlyOptionWords(noun) ||
      GENERIC_NOUN.test(noun) ||
      NOT_A_THING.test(noun)
    )
      continue;
    if (!cjk && !/^[a-z]/iu.test(noun)) continue;
    const end = count.end + noun.length;
    if (named.some((match) => match.start < end && count.end <= match.end)) continue;
    // "两杯生椰大杯去冰": options glued after the thing say how, not what.
    const thing = noun
      .replace(LEADING_OPTION_WORDS, "")
      .replace(cjk ? TRAILING_HOW : /$^/u, "")
      .trim();
    if (!thing) continue;
    // "两份5块麦乐鸡": two portions of the five-piece one; the pieces stay in the words said.
    const previous = counts[index - 1];
    const portions =
      previous && !used.has(previous.index) && portionsBeforePieces(text, [previous, count]) === previous
        ? previous
        : count;
    if (portions.problem) problems.push({ field: "quantity", text: portions.text, reason: portions.problem });
    used.add(count.index);
    used.add(portions.index);
    lines.push({
      said: portions === count ? noun : `${count.text}${noun}`,
      text: thing.replace(/^cokes?$/iu, "cola"),
      start: portions.index,
      qty: portions.qty !== undefined && !portions.problem ? portions.qty : 1,
      qtyText: portions.text,
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
export function articleLines(text: string, named: GazetteerMatch[]): OrderLineSlot[] {
  const lines: OrderLineSlot[] = [];
  for (const article of text.matchAll(EN_ARTICLE_THING)) {
    const from = (article.index ?? 0) + article[0].length;
    const rest = text.slice(from);
    const stop = EN_NOUN_STOP.exec(rest);
    const noun = (stop ? rest.slice(0, stop.index) : rest).trim().split(/\s+/u).slice(0, 3).join(" ");
    if (!noun || noun.length > 24 || NOT_AN_ARTICLE_THING.test(noun) || GENERIC_NOUN.test(noun)) continue;
    // "a box of ibuprofen" is a count the free lines read already.
    if (CONTAINER_OF.test(rest)) continue;
    if (onlyOptionWords(noun) || NOT_A_THING.test(noun) || EN_HOW_WORD.test(noun)) continue;
    const end = from + noun.length;
    if (named.some((match) => match.start < end && from < match.end)) continue;
    const thing = noun
      .replace(LEADING_OPTION_WORDS, "")
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

/**
 * Listed things the catalogue's names missed ("ibuprofen and band-aids", "买点布洛芬跟创可贴"): every
 * piece of a list no line covers becomes a line in the user's words, when the request lists two or
 * more things — a lone unknown noun stays the product the planner searches.
 */
export function unnamedListed(
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
