// Splits of a line's count said right after it with no clause mark between: "两杯生椰拿铁 一杯少冰一杯去冰
// 再来个提拉米苏", "两碗片儿川 一碗加蛋微辣 一碗不辣" (normalising drops the spaces between Chinese words, so no
// mark is left). Part of extractOrderLines (order-lines.ts): the line's own words end where its splits
// start, and the splits are read as later clauses of that line.
import { ALL_CUE } from "./line-words.ts";
import { extractItemOptions } from "./options.ts";
import { type Count, countNamesThing, laterCounts } from "./order-counts.ts";
import { namesShopChoice } from "./shop-choices.ts";

/**
 * Where the splits of a counted line start in its tail (`from`..`to`, the words after the thing), or
 * undefined when the tail holds none: each split is a count (other than the line's own) followed by
 * options or a shop's choices, they add up to no more than the line's count, and the line said a count above one
 * (or one with options of its own, the pieces other values of them: "一杯大杯一杯中杯").
 */
export function splitsStart(
  text: string,
  from: number,
  to: number,
  line: { qty: number; qtyText?: string },
  own?: Count,
): number | undefined {
  if (line.qtyText === undefined || line.qty < 1) return undefined;
  // "3份 2份煎的1份水煮 都要18只的": what is said of all of them ends the splits.
  const all = text.slice(from, to).search(ALL_CUE);
  if (all > 0) to = from + all;
  const counts = laterCounts(text, from).filter(
    (count) =>
      count.end <= to &&
      !(own && count.index < own.end && own.index < count.end) &&
      !countNamesThing(text, count),
  );
  if (counts.length === 0) return undefined;
  let sum = 0;
  for (const [index, count] of counts.entries()) {
    const words = text.slice(count.end, counts[index + 1]?.index ?? to);
    // Options the NLU reads ("少冰") or choices only shops name ("水煮", "煎的", "二细").
    const says = extractItemOptions(words) !== undefined || namesShopChoice(words);
    if (count.problem || count.qty === undefined || !says) return undefined;
    sum += count.qty;
  }
  const first = counts[0] as Count;
  // "丝绒拿铁一杯大杯一杯中杯": one with options of its own, then more with other values of them.
  if (line.qty === 1) return besideOne(text, from, first, counts, to) ? first.index : undefined;
  if (sum > line.qty) return undefined;
  return first.index;
}

/** Whether each piece after a line of one gives another value to an option said for that one. */
function besideOne(text: string, from: number, first: Count, counts: readonly Count[], to: number): boolean {
  const own = extractItemOptions(text.slice(from, first.index)) as Record<string, unknown> | undefined;
  if (!own) return false;
  return counts.every((count, index) => {
    const words = text.slice(count.end, counts[index + 1]?.index ?? to);
    const said = (extractItemOptions(words) ?? {}) as Record<string, unknown>;
    return Object.entries(said).some(([key, value]) => own[key] !== undefined && own[key] !== value);
  });
}

// "每人一杯拿铁 4杯热的4杯冰的": one each for a party, then the whole party's cups split by options.
const PER_PERSON_BEFORE = /(?:每人|每个人|每位|一人|人手)\s*(?:各)?\s*(?:点|来|要|买|订)?\s*$/u;
const PARTY_MAX = 60;

/**
 * The count a line was read with, as splitsStart wants it; a count of one said per person ("每人一杯")
 * stands for the party, which the splits after it may add up to.
 */
export function lineCount(count: Count | undefined, text = ""): { qty: number; qtyText?: string } {
  if (count?.qty === 1 && PER_PERSON_BEFORE.test(text.slice(0, count.index)))
    return { qty: PARTY_MAX, qtyText: count.text };
  return count && !count.problem && count.qty !== undefined
    ? { qty: count.qty, qtyText: count.text }
    : { qty: 1 };
}
