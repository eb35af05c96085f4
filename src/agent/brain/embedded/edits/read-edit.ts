import { wordStem } from "../../nlu/partial-names.ts";
import { parseCount } from "../../nlu/slots/numbers.ts";
import { extractItemOptions, onlyOptionWords } from "../../nlu/slots/options.ts";
import { shopChoiceSaid } from "../../nlu/slots/shop-choices.ts";
import type { ItemOptions } from "../../nlu/slots/types.ts";
import { anotherMadeOtherwise } from "./another-made.ts";
import { undoneChoice } from "./choice-undo.ts";
import {
  countInChoice,
  countSaid,
  countTo,
  halfOfLine,
  LESS,
  linesWithOptions,
  SAME,
  saysSameAgain,
} from "./count-words.ts";
import {
  ADD,
  ALL,
  COUNTED_EN,
  COUNTED_ZH,
  DOUBLE,
  ONE_OF,
  OTHER,
  REMOVE,
  REPLACE,
  SOME_OF,
  STOP_EN,
} from "./edit-words.ts";
import { baseZh, brandedWord, claimedText, plurals, shelfWordSaid, zhTail } from "./line-naming.ts";

/**
 * The edit reader: what a turn said after a card changes in the order on it — add, remove or
 * replace a line, set a count, set an option on one line, some of its cups or all lines, split a
 * line ("一杯少糖一杯不要糖"), or change where or when it goes. It reads word classes (adding,
 * removing, replacing, "one of them", "all of them", an ordinal, a line named by its words or its
 * kind) over what the NLU already extracted; it never decides by a whole sentence.
 */

/** A line of the card being edited, as the reader sees it. */

export interface EditLine {
  /** The card's names of the item and what the user called it. */
  zh: string;
  en: string;
  query?: string;
  qty: number;
  /** Kind words that name it too ("汉堡", "burger" for a Big Mac). */
  kinds?: string[];
  /** Its options and choices ("combo": "meal"), by which "drop one of the meals" names it. */
  options?: Record<string, string>;
}

/** An item this turn names (from the NLU's order lines), before it is matched to the card. */
export interface SaidItem {
  zh: string;
  en: string;
  qty: number;
  /** Whether a count was said for it ("两个卤蛋"), not just implied. */
  counted: boolean;
  options: ItemOptions;
  /** The user's own words for it ("kiwis" for Kiwifruit ×6). */
  words?: string;
}

/** What the turn carries that an edit may use. */
export interface EditSlots {
  quantity?: number;
  quantityDelta?: number;
  options?: ItemOptions;
  ordinal?: number;
  addressLabel?: "home" | "office";
  /** A time the order should come at, when the turn gives one. */
  time?: boolean;
  /** Items the turn rules out ("no pepsi after all", "可乐不要了"): a card line that is one goes. */
  excluded?: { zh: string; en: string }[];
}

/** One part of a split line: its count, its options, and a choice only the shop names ("加椰果"). */
export type SplitPart = { qty: number; options: ItemOptions; words?: string };

export type OrderEdit =
  | { op: "add"; items: number[] }
  | { op: "remove"; lines: number[] }
  | { op: "replace"; lines: number[]; items: number[]; count?: number }
  | { op: "qty"; lines: number[]; qty?: number; delta?: number; multiply?: number }
  | { op: "options"; lines: number[]; options: ItemOptions; count?: number; words?: string }
  | { op: "split"; line: number; parts: SplitPart[] }
  | { op: "address"; label: "home" | "office" }
  | { op: "time" };

export interface ReadEdit {
  ops: OrderEdit[];
  /** A change that needs a line the turn did not pick among several ("make it large" with two lines). */
  unsure?: "which_line";
}

// "change the drink to soy milk", "make the broth tomato": a choice named by its group, not a thing.
const GROUP_TO =
  /\b(?:the )?(drink|beverage|side|soup|broth|base|sauce|crust|topping|filling|cooking|wrapping|rice|noodles?)\s+(?:to|into|for)\s+(?:an? |some )?([a-z][a-z' -]{1,30}?)\s*(?:[,.!?;]|\bplease\b|\bpls\b|\binstead\b|$)/iu;

/** The choice words a turn names by their group, when the group names no line of the card. */
function groupChoice(text: string, lines: EditLine[]): { group: string; value: string } | undefined {
  const said = GROUP_TO.exec(text);
  if (!said?.[1] || !said[2] || linesNamed(said[1], lines).length > 0) return undefined;
  return { group: said[1].toLowerCase(), value: said[2].trim().toLowerCase() };
}

/** Whether a thing the turn names is only the group or the choice of "the drink to soy milk". */
function inGroupChoice(
  words: string | undefined,
  grouped: { group: string; value: string } | undefined,
): boolean {
  if (!words || !grouped) return false;
  const lower = words.toLowerCase().trim();
  return grouped.value.includes(lower) || wordStem(lower) === wordStem(grouped.group);
}

/** Which lines the turn names: by the card's names, the words the user used for it, or its kind. */
export function linesNamed(text: string, lines: EditLine[]): number[] {
  const lower = text.toLowerCase();
  const found: number[] = [];
  lines.forEach((line, index) => {
    const zh = baseZh(line);
    const zhNames = [zh, line.query ?? "", ...(line.kinds ?? [])].filter((name) =>
      /\p{Script=Han}/u.test(name),
    );
    const said = claimedText(lower, lines, index);
    const enWords = [line.en, line.query ?? "", ...(line.kinds ?? [])]
      .filter((name) => !/\p{Script=Han}/u.test(name))
      .flatMap((name) => name.toLowerCase().split(/[^a-z']+/u))
      .filter((word) => word.length >= 3 && !STOP_EN.has(word));
    const zhHit = zhNames.some((name) => name.length >= 2 && (said.includes(name) || zhTail(name, said)));
    // "avocado packs" names Avocados ×4: a word said in the singular or the plural.
    const enHit =
      enWords.some((word) => new RegExp(`\\b${plurals(wordStem(word))}\\b`, "iu").test(lower)) ||
      enWords.some((word) => brandedWord(word, lower));
    if (zhHit || enHit || shelfWordSaid(lower, line.en)) found.push(index);
  });
  return found;
}

/** Whether a said item is one of the card's lines (the same name either way round). */
function sameItem(said: SaidItem, line: EditLine): boolean {
  const names = [
    line.zh.replace(/[（(].*?[）)]/gu, ""),
    line.en.toLowerCase(),
    (line.query ?? "").toLowerCase(),
    // "Kiwifruit ×8" said of the card's "Kiwifruit ×6": a pack's size is no other thing.
    ...[line.zh, line.en.toLowerCase()].map(bareName),
  ];
  const kinds = (line.kinds ?? []).map((kind) => kind.toLowerCase());
  if ([said.zh, said.en.toLowerCase()].some((name) => kinds.includes(name))) return true;
  const saidNames = [
    said.zh,
    said.en.toLowerCase(),
    bareName(said.zh),
    bareName(said.en.toLowerCase()),
  ].filter((name) => name.length >= 2);
  return saidNames.some((name) =>
    names.some((known) => known.length >= 2 && (known === name || known.includes(name))),
  );
}

/** A name without its pack size or bracketed detail ("Kiwifruit ×6" → "kiwifruit"). */
function bareName(name: string): string {
  return name
    .replace(/[（(].*?[）)]/gu, "")
    .replace(/\s*[×x]\s*[0-9]+\s*$/iu, "")
    .trim();
}

/** Clauses that each give a count and an option ("一杯少糖一杯不要糖", "one less sugar, one no sugar"). */
export function splitParts(text: string): SplitPart[] | undefined {
  let pieces = text
    .split(/[，,、;；]|\band\b/u)
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (pieces.length < 2)
    pieces = text
      .split(/(?=(?:[0-9]+|[一两二三四五])\s*(?:杯|个|份|碗))/u)
      .map((piece) => piece.trim())
      .filter(Boolean);
  if (pieces.length < 2) return undefined;
  const parts: SplitPart[] = [];
  for (const piece of pieces) {
    const options = extractItemOptions(piece);
    // "一杯加椰果，另一杯什么都不加": a choice only the shop names makes a part too.
    const words = shopChoiceSaid(piece);
    const zh = COUNTED_ZH.exec(piece);
    const en = COUNTED_EN.exec(piece);
    const qty = parseCount((zh?.[1] ?? en?.[1] ?? "").toLowerCase());
    if (((!options || Object.keys(options).length === 0) && !words) || !qty) return undefined;
    parts.push({ qty, options: options ?? {}, ...(words ? { words } : {}) });
  }
  return parts.length >= 2 ? parts : undefined;
}

/** Reads the edit a turn makes to the card's lines; undefined when it changes nothing on it. */
export function readOrderEdit(
  text: string,
  slots: EditSlots,
  lines: EditLine[],
  said: SaidItem[],
): ReadEdit | undefined {
  if (lines.length === 0) return undefined;
  const ops: OrderEdit[] = [];
  // Without a word that adds or swaps, the user's own words for a thing that name a card line are
  // that line ("make the masks 2 packs" for the card's Surgical Masks, whatever "masks" matched);
  // words that only say how ("skim", "oat milk") are no thing at all. "Change the eggs to 4" swaps nothing.
  const swapsOrAdds = (REPLACE.test(text) && !countTo(text)) || ADD.test(text);
  const onCard = (item: SaidItem, line: EditLine) =>
    sameItem(item, line) || (!swapsOrAdds && !!item.words && linesNamed(item.words, [line]).length > 0);
  const grouped = groupChoice(text, lines);
  const same = saysSameAgain(text);
  const newItems = said
    .map((item, index) => ({ item, index }))
    .filter(
      ({ item }) => !((item.words && onlyOptionWords(item.words)) || inGroupChoice(item.words, grouped)),
    )
    .filter(({ item }) => !(same && (SAME.test(item.en) || SAME.test(item.zh))))
    .filter(({ item }) => !lines.some((line) => onCard(item, line)));
  const newIndexes = newItems.map(({ index }) => index);
  // The lines named, leaving out what the new items' own names happen to contain.
  const named = linesNamed(
    newItems.reduce((rest, { item }) => rest.replace(item.zh, " "), text),
    lines,
  );
  const byOrdinal =
    slots.ordinal === undefined
      ? undefined
      : slots.ordinal === -1
        ? lines.length - 1
        : slots.ordinal >= 1 && slots.ordinal <= lines.length
          ? slots.ordinal - 1
          : undefined;
  // A line the NLU's match of a said item names ("coke" is the card's Coca-Cola), when no word of
  // the card's own names was said.
  const saidOnCard = lines.flatMap((line, index) => (said.some((item) => onCard(item, line)) ? [index] : []));
  const picked =
    byOrdinal !== undefined
      ? [byOrdinal]
      : named.length > 0
        ? named
        : saidOnCard.length > 0
          ? saidOnCard
          : undefined;
  const only = lines.length === 1 ? [0] : undefined;
  // "drop one of the meals", "one less meal": the lines the options said are on, when no name is.
  const byOptions = picked ? undefined : linesWithOptions(slots.options, lines);
  const optionsName = !!byOptions && (LESS.test(text) || REMOVE.test(text));
  const someOf = SOME_OF.exec(text);
  const oneOf = ONE_OF.test(text) && !someOf;
  // How many of the line's cups a change is for: "one of them" one, "two of them" two, "half of
  // them" half of the one line meant.
  const part = oneOf
    ? 1
    : someOf
      ? parseCount((someOf[1] ?? someOf[2] ?? "").toLowerCase())
      : halfOfLine(text, picked ?? only, lines);
  const all = ALL.test(text);
  let unsure: ReadEdit["unsure"];
  // "and for my colleague the same", "my friend wants the same": every line (or those named) again.
  if (same) ops.push({ op: "qty", lines: picked ?? lines.map((_, index) => index), multiply: 2 });

  const replacing = REPLACE.test(text) || (REMOVE.test(text) && newIndexes.length > 0);
  if (newIndexes.length > 0 && replacing && !ADD.test(text.replace(/换|改/gu, ""))) {
    const target = picked ?? only;
    if (target)
      ops.push({ op: "replace", lines: target, items: newIndexes, ...(part ? { count: part } : {}) });
    else unsure = "which_line";
  } else if (newIndexes.length > 0) {
    if (ADD.test(text)) ops.push({ op: "add", items: newIndexes });
  } else if (
    REMOVE.test(text) &&
    (picked ?? byOptions) &&
    (!slots.options || byOptions) &&
    !undoneChoice(text)
  ) {
    const removed = (picked ?? byOptions) as number[];
    const qtyOff = part ?? slots.quantity;
    const single = removed.length === 1 ? lines[removed[0] as number] : undefined;
    if (
      single &&
      qtyOff !== undefined &&
      qtyOff < single.qty &&
      (part || COUNTED_ZH.test(text) || COUNTED_EN.test(text))
    )
      ops.push({ op: "qty", lines: removed, delta: -qtyOff });
    else ops.push({ op: "remove", lines: removed });
  }

  // "no pepsi after all", "可乐不要了": what the turn rules out is taken off the card.
  const ruledOut = lines.flatMap((line, index) =>
    (slots.excluded ?? []).some((item) => sameItem({ ...item, qty: 1, counted: false, options: {} }, line))
      ? [index]
      : [],
  );
  if (ruledOut.length > 0 && newIndexes.length === 0 && !ops.some((op) => op.op === "remove"))
    ops.push({ op: "remove", lines: ruledOut });

  const parts = newIndexes.length === 0 ? splitParts(text) : undefined;
  const choice = parts ? undefined : (grouped?.value ?? undoneChoice(text) ?? shopChoiceSaid(text));
  const another = parts
    ? undefined
    : anotherMadeOtherwise(
        { adds: ADD.test(text), all, more: slots.quantityDelta, options: slots.options, choice },
        lines,
        picked ?? only,
      );
  if (another) ops.push(another);
  else if (parts) {
    const target = picked ?? only;
    if (target && target.length === 1) ops.push({ op: "split", line: target[0] as number, parts });
    else if (!target) unsure = "which_line";
  } else if (
    slots.options &&
    Object.keys(slots.options).length > 0 &&
    newIndexes.length === 0 &&
    !optionsName
  ) {
    const other = OTHER.test(text) && !all ? (picked ?? lines.map((_, index) => index)).slice(-1) : undefined;
    const target = other ?? picked ?? (all || !part ? lines.map((_, index) => index) : only);
    if (target)
      ops.push({ op: "options", lines: target, options: slots.options, ...(part ? { count: part } : {}) });
    else unsure = "which_line";
  } else if (choice && newIndexes.length === 0 && !optionsName && !ops.some((op) => op.op === "remove")) {
    // "make one of them mushroom broth", "换成8寸", "改成煎的": a choice only the shop names, for the
    // line named, the only one (one of its portions when "one of them" is said), or all when all are said.
    const target = picked ?? (all ? lines.map((_, index) => index) : only);
    if (target)
      ops.push({
        op: "options",
        lines: target,
        options: {},
        words: choice,
        ...(part ? { count: part } : {}),
      });
    else unsure = "which_line";
  }

  // "2 of the eggs", "4 of the mango ones": with no choice said, a count for the line named.
  const someCount = someOf && !ops.some((op) => op.op === "options") && (picked ?? only) ? part : undefined;
  const quantity = slots.quantity ?? someCount ?? countSaid(text, said, picked, lines, onCard);
  const counting =
    newIndexes.length === 0 &&
    !parts &&
    (!someOf || someCount !== undefined) &&
    !ops.some((op) => op.op === "remove" || op.op === "qty" || op.op === "split");
  // "add an oat milk to both", "两杯都加燕麦奶": an option put on every line; its "an" or "两杯" counts nothing.
  const optionsToAll = all && ops.some((op) => op.op === "options") && !/再|more|another/iu.test(text);
  if (same) {
    // the "same again" op carries the change
  } else if (counting && DOUBLE.test(text)) {
    const target = picked ?? only;
    if (target) ops.push({ op: "qty", lines: target, multiply: 2 });
    else unsure = "which_line";
  } else if (optionsToAll) {
    // the options op carries the change
  } else if (counting && slots.quantityDelta !== undefined) {
    const target = picked ?? only;
    if (target) ops.push({ op: "qty", lines: target, delta: slots.quantityDelta });
    else unsure = "which_line";
  } else if (
    counting &&
    quantity !== undefined &&
    !((slots.options || choice) && quantity === 1 && !byOptions) &&
    !countInChoice(choice, quantity)
  ) {
    const less = LESS.test(text) && (!slots.options || !!byOptions);
    const target = picked ?? byOptions ?? only;
    if (target)
      ops.push({
        op: "qty",
        lines: target,
        ...(less ? { delta: -quantity } : { qty: quantity }),
      });
    else unsure = "which_line";
  }
  // Something new named that the turn neither adds nor swaps in ("来杯奶茶送到公司"): another order,
  // not an edit of this one — its address or count must not land on the old card.
  if (newIndexes.length > 0 && !ops.some((op) => op.op === "add" || op.op === "replace") && !unsure)
    return undefined;
  if (slots.addressLabel) ops.push({ op: "address", label: slots.addressLabel });
  if (slots.time) ops.push({ op: "time" });
  if (ops.length === 0 && !unsure) return undefined;
  return { ops, ...(unsure ? { unsure } : {}) };
}
