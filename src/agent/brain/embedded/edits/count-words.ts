import { parseCount } from "../../nlu/slots/numbers.ts";
import type { ItemOptions } from "../../nlu/slots/types.ts";
import type { EditLine, SaidItem } from "./read-edit.ts";

// Words of an edit about how many: the same again for someone else, half of a line, one less, a
// count a line goes to ("change noodles to 3"), and lines named by the options they carry.

// "the same for my colleague", "same again", "my friend wants the same" — not "the same shop/time/size".
export const SAME =
  /\bsame (?:again|thing|order|one|for)\b|\b(?:want|wants|have|has|get|gets|take|takes|order|orders|like|likes) the same\b|\bthe same\b(?=\s*(?:$|[,.!;+&]|plus\b|and\b|too\b|as well\b|for\b|please\b|pls\b))(?!\s*(?:as (?:before|last|usual)))/iu;
const NOT_SAME =
  /\bsame for (?:both|all|each|every|them|the (?:other|rest))\b|\bthe same (?:way|size|shop|store|place|address|time|day|options?)\b/iu;
const HALF =
  /\bhalf (?:of )?(?:them|those|these|the\b)|\bhalf (?:with|w\/|without|no|less|extra|more|large|small|iced|hot)\b/iu;
export const LESS = /^少|少(?:一|两|[0-9])|\bless\b|\bfewer\b/iu;
// "change noodles to 3", "cucumbers down to one", "bump the tarts up to 6": the count the line goes to.
const COUNT_TO =
  /\b(?:to|down to|up to|back to)\s+([0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?::|[ap]\.?m\b|o'?clock|inch|"|pieces?|pcs?|minutes?|mins?|hours?))/iu;

/** The count a turn gives a line it names, when the NLU read none: a card line said with its count, or "to N". */
export function countSaid(
  text: string,
  said: SaidItem[],
  picked: number[] | undefined,
  lines: EditLine[],
  onCard: (item: SaidItem, line: EditLine) => boolean,
): number | undefined {
  if (picked?.length !== 1) return undefined;
  const line = lines[picked[0] as number] as EditLine;
  const counted = said.filter((item) => item.counted && onCard(item, line));
  if (counted.length === 1) return counted[0]?.qty;
  return countTo(text);
}

/** The count after "to" ("change noodles to 3", "down to one"), if the turn says one. */
export function countTo(text: string): number | undefined {
  const to = COUNT_TO.exec(text)?.[1];
  return to ? parseCount(to.toLowerCase()) : undefined;
}

/** The lines that carry every option said ("meal" names the lines made as meals), if not all of them. */
export function linesWithOptions(options: ItemOptions | undefined, lines: EditLine[]): number[] | undefined {
  const said = Object.entries(options ?? {});
  if (said.length === 0) return undefined;
  const found = lines.flatMap((line, index) =>
    said.every(([key, value]) => line.options?.[key] === value) ? [index] : [],
  );
  return found.length > 0 && found.length < lines.length ? found : undefined;
}

/** "make it 8 inch", "the 18 piece one": the number is the choice's own (a size, a portion), no count. */
export const countInChoice = (choice: string | undefined, quantity: number): boolean =>
  !!choice && new RegExp(`(?:^|[^0-9])${quantity}(?![0-9])`, "u").test(choice);

/** Whether the turn asks for the same again ("the same for my colleague"), not "the same size". */
export const saysSameAgain = (text: string): boolean => SAME.test(text) && !NOT_SAME.test(text);

/** "half of them no sugar": half of the one line meant, when it has two or more. */
export function halfOfLine(text: string, meant: number[] | undefined, lines: EditLine[]): number | undefined {
  if (!HALF.test(text) || meant?.length !== 1) return undefined;
  const half = Math.floor((lines[meant[0] as number]?.qty ?? 0) / 2);
  return half > 0 ? half : undefined;
}
