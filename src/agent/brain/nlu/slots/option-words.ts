import { OPTION_PRESETS } from "../../../../ecosystem/commerce/option-groups.ts";
import type { GazetteerMatch } from "../gazetteer.ts";
import { packOf } from "../partial-names.ts";
import type { OrderLinesSlot } from "./order-lines.ts";
import { GROUPED_CHOICE } from "./shop-choices.ts";

/**
 * English words that choose an option of a dish, not a dish of their own: "less rice", "extra rice",
 * "add egg" (a modifier and the choice's noun), "w/ soy milk instead of cola", "with a sprite"
 * (a choice's name after a word that attaches it), and portion or size choices said with their
 * number ("the 18 piece one", "8 inch"). The phrases come from the shops' own option groups, so a
 * choice the world adds is read the same way.
 */

const CHOICES = Object.values(OPTION_PRESETS).flatMap((groups) =>
  (groups as readonly { choices: readonly { en: string }[] }[]).flatMap((group) =>
    group.choices.map((choice) => choice.en.toLowerCase()),
  ),
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const MODIFIER = /^(?:less|extra|more|add|no|double|regular)\s+/u;

// The nouns the modifier choices are about ("rice" of "Less rice", "egg" of "Add egg").
const MODIFIED = [
  ...new Set(
    CHOICES.filter((name) => MODIFIER.test(name) && /^[a-z]+(?: [a-z]+)?$/u.test(name.replace(MODIFIER, "")))
      .map((name) => name.replace(MODIFIER, ""))
      .filter((noun) => !/^(?:sugar|ice|topping|wrapping|card|choice)$/u.test(noun)),
  ),
];
// Choice names that are things in their own right ("Soy milk", "Sprite", "Tapioca pearls").
const NAMED = [
  ...new Set(
    CHOICES.filter((name) => /^[a-z][a-z ]+$/u.test(name) && !MODIFIER.test(name) && name.length >= 4),
  ),
];
const MODIFIED_PHRASE = new RegExp(
  `\\b(?:less|extra|more|add(?: an?| some)?|double|plus(?: an?)?|no)\\s+(?:${MODIFIED.map(escapeRegExp).join("|")})s?\\b`,
  "giu",
);
const ATTACHED_PHRASE = new RegExp(
  `(?:\\bw/\\s*|\\b(?:with|instead of|swap(?:ped)? (?:to|for)|switch(?:ed)? to|sub(?:stitute)?(?: for)?|change (?:it |the drink )?to|as the drink,?)\\s+)(?:an?\\s+|the\\s+|some\\s+)?(?:${NAMED.map(escapeRegExp).join("|")})s?\\b`,
  "giu",
);
// "18 pieces", "8 inch": the numbers the option groups sell.
const COUNTED = CHOICES.map((name) => /^(\d+) (pieces|inch)$/u.exec(name)).filter(
  (found): found is RegExpExecArray => found !== null,
);
const COUNTED_PHRASE = new RegExp(
  `\\b(${[...new Set(COUNTED.map((found) => found[1]))].join("|")})\\s*-?\\s*(pcs?|pieces?|inch(?:es)?|in)\\b`,
  "giu",
);

function spans(pattern: RegExp, text: string): { start: number; end: number }[] {
  return [...text.matchAll(pattern)].map((found) => ({
    start: found.index ?? 0,
    end: (found.index ?? 0) + found[0].length,
  }));
}

// "soy milk as the drink", "a sprite for my drink": the choice named, then what it is.
const AS_THE_CHOICE = new RegExp(
  `\\b(?:an?\\s+)?(?:${NAMED.map(escapeRegExp).join("|")})s?\\s+(?:as|for) (?:the|my|a) (?:drink|side|topping)\\b`,
  "giu",
);

// How a dish is made or cut, said on its own after the dish ("dumplings, pan fried", "beef noodles,
// extra wide noodles"): the shops' choices that read as a manner (hyphenated or "-ed", "extra …"),
// spelled with or without their hyphen, and the dish's own noun after them.
const MANNERS = [
  ...new Set(
    CHOICES.filter(
      (name) => /^[a-z][a-z -]+$/u.test(name) && /-|ed$|^extra (?!large|shot|rice|hot)/u.test(name),
    ),
  ),
];
const SET_OFF_CHOICE = new RegExp(
  `(?<=[,;(]\\s*)(?:${MANNERS.map((name) => escapeRegExp(name).replace(/-/gu, "[- ]?")).join("|")})(?:\\s+(?:noodles?|dumplings?|crust|style|ones?))?\\b`,
  "giu",
);

// "in a gift box", "with gift wrapping": how a thing is packed (the wrapping choices' own nouns), no
// second thing called a gift box.
const PACKINGS = [
  ...new Set(
    CHOICES.filter((name) => /\b(?:box|wrap|wrapping|packaging)$/u.test(name)).map((name) =>
      name.split(" ").slice(-2).join(" "),
    ),
  ),
];
const PACKED_PHRASE = new RegExp(
  `\\b(?:in|with)\\s+(?:an?\\s+|the\\s+|some\\s+)?(?:[a-z]+\\s+)?(?:${PACKINGS.map(escapeRegExp).join("|")})(?:es)?\\b`,
  "giu",
);
// "roses, deluxe gift box", "…, gift boxed please": a packing choice set off after the thing, by its
// whole name or its packing words, or said as how the thing comes ("gift-boxed", "gift wrapped").
const PACKING_NAMES = [
  ...new Set([...CHOICES.filter((name) => /\b(?:box|wrap|wrapping|packaging)$/u.test(name)), ...PACKINGS]),
];
const SET_OFF_PACKING = new RegExp(
  `(?<=[,;(]\\s*)(?:an?\\s+|the\\s+)?(?:${PACKING_NAMES.map(escapeRegExp).join("|")})(?:es|ed)?\\b|\\bgift[- ]?(?:boxed|wrapped)\\b`,
  "giu",
);

// "tomato broth", "thin crust": a choice said with its group's name (see shop-choices.ts).
const GROUPED_PHRASE = new RegExp(GROUPED_CHOICE, "giu");

// "(burger only)", "just the sandwich": no meal, and no other burger.
const SINGLE = /\b(?:burger|sandwich) only\b|\bjust the (?:burger|sandwich)\b/giu;

/** Where the text names an option's choice in English (modifier phrases and attached choice names). */
export function optionWordSpans(text: string): { start: number; end: number }[] {
  return [
    ...spans(MODIFIED_PHRASE, text),
    ...spans(ATTACHED_PHRASE, text),
    ...spans(AS_THE_CHOICE, text),
    ...spans(SINGLE, text),
    ...spans(SET_OFF_CHOICE, text),
    ...spans(PACKED_PHRASE, text),
    ...spans(SET_OFF_PACKING, text),
    ...spans(GROUPED_PHRASE, text),
  ];
}

/**
 * The gazetteer's matches without the dishes found inside an option's words ("rice" of "less rice",
 * "Soy Milk" of "w/ soy milk"), when something else is ordered for the option to belong to.
 */
export function withoutOptionWords(text: string, matches: readonly GazetteerMatch[]): GazetteerMatch[] {
  const options = optionWordSpans(text);
  if (options.length === 0) return [...matches];
  const food = (match: GazetteerMatch) => match.entity.kind === "item" || match.entity.kind === "category";
  const inside = (match: GazetteerMatch) =>
    food(match) && options.some((span) => span.start <= match.start && match.end <= span.end);
  // Something said before the first option's words ("beef bowl with extra rice") is what it belongs to.
  const first = Math.min(...options.map((span) => span.start));
  const before = text.slice(0, first).replace(/[\s,;:+-]+/gu, "");
  if (!matches.some((match) => food(match) && !inside(match)) && before.length < 3) return [...matches];
  return matches.filter((match) => !inside(match));
}

/**
 * The text with a portion or size said with its number written as one token ("the 18 piece one" →
 * "the pc18     one", "8 inch" → "in8   "), so it counts no 18 things; `option-mapping` reads the
 * token back as the choice. Lengths are kept, so positions still hold.
 */
export function tagCountedChoices(text: string): string {
  return text.replace(COUNTED_PHRASE, (found, number: string, unit: string) =>
    `${/^in/iu.test(unit) ? "in" : "pc"}${number}`.padEnd(found.length, " "),
  );
}

/**
 * A count that is the pack the dish is sold in is one pack: "10pc nuggets" is one Chicken McNuggets
 * (10 pc), "6 kiwis" one Kiwifruit ×6 — never ten boxes of ten.
 */
export function packCountsAsOne(order: OrderLinesSlot): OrderLinesSlot {
  return {
    ...order,
    lines: order.lines.map((line) =>
      line.match && line.qty > 1 && line.qtyText !== undefined && packOf(line.match.entity.en) === line.qty
        ? { ...line, qty: 1 }
        : line,
    ),
  };
}
