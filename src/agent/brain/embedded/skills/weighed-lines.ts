import { parseCount } from "../../nlu/slots/numbers.ts";
import { gramsWritten } from "../../option-words.ts";
import type { OptionGroupView } from "./option-mapping.ts";

/**
 * A weight said as the count ("两斤香蕉", "3 kg of apples") read twice: once as the count, once as
 * the weight choice the words name ("两斤" is the 1kg bag), which made 2 × 1kg of what was 1 kg.
 * The line is set so count × choice is the weight said: the largest choice that divides it, that
 * many times ("三斤" → 3 × 500g, "两斤" → 1 × 1kg, "2 kg" → 2 × 1kg or 1 × 2kg).
 */
const WEIGHT_SAID =
  /(?<![a-z\d.])(\d+(?:\.\d+)?(?=\s*-?\s*[^\s\d-])|[一二两俩三四五六七八九十]+|(?:half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten)(?=\s))\s*-?\s*(斤|公斤|千克|kilo(?:gram)?s?|kgs?|克|grams?|g)(?![a-z])/giu;
const GRAMS_PER: Record<string, number> = { 斤: 500, 公斤: 1000, 千克: 1000, 克: 1 };

function gramsOfUnit(unit: string): number {
  const lower = unit.toLowerCase();
  if (GRAMS_PER[lower] !== undefined) return GRAMS_PER[lower] as number;
  return /^(?:kilo|kg)/u.test(lower) ? 1000 : 1;
}

/** The weights said, each in grams with the number said with it ("三斤苹果两斤香蕉": 1500/3, 1000/2). */
export function weightsSaid(said: string): { grams: number; count: number }[] {
  const weights: { grams: number; count: number }[] = [];
  for (const match of said.matchAll(WEIGHT_SAID)) {
    // "两盒草莓，每盒一斤", "two bags, 1 kg each": the weight of each portion, not the count.
    const before = said.slice(Math.max(0, (match.index ?? 0) - 3), match.index);
    const after = said.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 6);
    if (
      /每|各/u.test(before) ||
      /\b(?:per|each)\b|^\s*(?:的|一)?(?:份|盒|袋|包|箱|篮|个)/iu.test(after) ||
      /\bper\s*$/iu.test(before)
    )
      continue;
    const word = (match[1] as string).toLowerCase();
    const count = /^half/u.test(word) ? 0.5 : /^an?$/u.test(word) ? 1 : (parseCount(word) ?? Number(word));
    if (Number.isFinite(count) && count > 0)
      weights.push({ grams: Math.round(count * gramsOfUnit(match[2] as string)), count });
  }
  return weights;
}

/**
 * The count and weight choice for a line whose count was said as a weight. Leaves the line as it
 * is when no weight was said, the count is not that weight's number, or no choice divides it.
 */
export function weighedLine(
  qty: number,
  said: string | undefined,
  groups: readonly OptionGroupView[],
  options: Record<string, string>,
  name = "",
): { qty: number; options: Record<string, string> } {
  // A line's words may hold its neighbours' ("来三斤苹果两斤香蕉"): the weight said with this count.
  const weight = weightsSaid(said ?? "").find((each) => each.count === qty);
  if (!weight) return { qty, options };
  for (const group of groups) {
    const sizes = group.choices
      .map((choice) => ({ id: choice.id, grams: gramsWritten(`${choice.zh ?? ""} ${choice.en ?? ""}`) }))
      .filter((choice): choice is { id: string; grams: number } => choice.grams !== undefined);
    if (sizes.length === 0) continue;
    const chosen = sizes.find(
      (size) => size.id === (options[group.key] ?? group.defaultChoice ?? group.choices[0]?.id),
    );
    if (chosen && chosen.grams * qty === weight.grams) return { qty, options };
    const fits = sizes.filter((size) => weight.grams % size.grams === 0).sort((a, b) => b.grams - a.grams)[0];
    if (!fits) return { qty, options };
    return { qty: weight.grams / fits.grams, options: { ...options, [group.key]: fits.id } };
  }
  // No weight to choose: an item sold by a weight of its own ("Fuji Apples (bag, about 2 kg)").
  const each = gramsWritten(name);
  if (each && weight.grams % each === 0 && weight.grams / each !== qty)
    return { qty: weight.grams / each, options };
  return { qty, options };
}
