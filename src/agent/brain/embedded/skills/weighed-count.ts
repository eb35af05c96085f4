import { parseNumber } from "../../nlu/slots/numbers.ts";
import type { WantedItem } from "../state.ts";
import type { OptionGroupView } from "./option-mapping.ts";
import type { Candidate } from "./order-search.ts";

// A count said in weight: "两斤", "3公斤", "1.5kg", "500克".
const SAID_WEIGHT =
  /([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]+)\s*(斤|公斤|千克|kgs?|kilo(?:gram)?s?|克|g(?![a-z]))/giu;
const PORTIONS_SAID = /(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:份|盒|袋|个|串|箱|篮|包)|每/u;
const GRAMS_PER: Record<string, number> = { 斤: 500, 公斤: 1000, 千克: 1000, 克: 1 };

function unitGrams(unit: string): number {
  const lower = unit.toLowerCase();
  if (GRAMS_PER[lower] !== undefined) return GRAMS_PER[lower] as number;
  return /^k/u.test(lower) ? 1000 : 1;
}

/** The grams a weight choice's name says ("500g", "1kg", "1 kg"), if it says. */
export function choiceGrams(name: string | undefined): number | undefined {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(kg|g|公斤|千克|克|斤)\s*$/iu.exec(name ?? "");
  if (!match) return undefined;
  return Math.round(Number(match[1]) * unitGrams(match[2] as string));
}

/** The weight the item's count was said in, in grams: "香梨三斤" (qty 3) → 1500. */
export function weightSaid(item: WantedItem): number | undefined {
  // "两份香蕉，每份2斤": the count is of portions, the weight is each one's.
  if (PORTIONS_SAID.test(item.said ?? "")) return undefined;
  for (const match of (item.said ?? "").matchAll(SAID_WEIGHT)) {
    const raw = match[1] as string;
    const amount = /^[0-9.]+$/u.test(raw) ? Number(raw) : parseNumber(raw);
    if (amount === undefined || amount !== item.qty) continue;
    return Math.round(amount * unitGrams(match[2] as string));
  }
  return undefined;
}

/**
 * How a weight is bought where a shop sells by the weighed portion: the largest portion that makes it
 * exactly, so many times ("两斤" of 500g/1kg is one 1kg, "三斤" three 500g). Undefined when no portion
 * adds up to it: the count is then left as said, and the card says what it holds.
 */
export function portionsOf(grams: number, groups: readonly OptionGroupView[]) {
  for (const group of groups) {
    const sizes = group.choices
      .map((choice) => ({ id: choice.id, grams: choiceGrams(choice.zh) ?? choiceGrams(choice.en) }))
      .filter((choice): choice is { id: string; grams: number } => (choice.grams ?? 0) > 0)
      .sort((a, b) => b.grams - a.grams);
    const fits = sizes.find((size) => grams % size.grams === 0);
    if (fits) return { qty: grams / fits.grams, group: group.key, choice: fits.id };
  }
  return undefined;
}

/**
 * A count said in weight is a weight, not how many portions: "巨峰葡萄要两斤" at a shop that sells
 * 500g and 1kg portions is one 1kg (not two of 1kg). The best candidates' portions decide; the item
 * keeps that portion as its choice, so the card and the request agree.
 */
export function weighedCounts(items: readonly WantedItem[], perItem: readonly Candidate[][]): WantedItem[] {
  return items.map((item, index) => {
    const grams = weightSaid(item);
    const first = perItem[index]?.[0];
    if (grams === undefined || !first) return item;
    const portions = portionsOf(grams, first.optionGroups);
    if (!portions) return item;
    return {
      ...item,
      qty: portions.qty,
      // The weight is this choice now; the words said ("两斤") name no other portion.
      said: (item.said ?? "").replace(SAID_WEIGHT, " "),
      choices: { ...item.choices, [portions.group]: portions.choice },
    };
  });
}
