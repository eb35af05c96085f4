import { wordStem } from "../../nlu/partial-names.ts";
import type { EditLine } from "./read-edit.ts";

// How an edit's words name a line of the card: by its own name among the others, by a brand's word
// for it, or by the everyday word for what it is.

/** A line's Chinese name without its bracketed size or kind ("薯条（中）" → "薯条"). */
export const baseZh = (line: EditLine): string => line.zh.replace(/[（(].*?[）)]/gu, "");

/**
 * The text as one line reads it: every other line's name blanked, longest first, so "生椰拿铁再加一杯"
 * names 生椰拿铁 and not also 拿铁 inside it, and "拿铁再加一杯" names 拿铁, not 生椰拿铁 by its tail.
 */
export function claimedText(text: string, lines: EditLine[], index: number): string {
  const own = baseZh(lines[index] as EditLine);
  const names = [...new Set(lines.map(baseZh))]
    .filter((name) => name.length >= 2)
    .sort((left, right) => right.length - left.length);
  let claimed = text;
  for (const name of names)
    claimed = claimed.replaceAll(name, (name === own ? "\uE000" : "\uE001").repeat(name.length));
  return own.length >= 2 ? claimed.replaceAll("\uE000".repeat(own.length), own) : claimed;
}

/** "nuggets" for McNuggets, "flurry" for McFlurry: a word said without the brand's short prefix. */
export function brandedWord(cardWord: string, text: string): boolean {
  return (text.match(/[a-z]{5,}/gu) ?? []).some((said) => {
    const stem = wordStem(said);
    const card = wordStem(cardWord);
    return (
      stem.length >= 5 && card.length > stem.length && card.length - stem.length <= 3 && card.endsWith(stem)
    );
  });
}

// Everyday words for what a shelf name sells ("水" for 农夫山泉 550ml×24, "奶" for 伊利纯牛奶):
// the thing by what it is, known from the line's English name.
const SHELF_WORDS: readonly [RegExp, string][] = [
  [/\bwater\b/iu, "(?:矿泉|纯净)?水"],
  [/\bmilk\b(?!\s*tea)/iu, "(?:牛|纯)?奶"],
  [/\beggs?\b/iu, "(?:鸡)?蛋"],
  [/\b(?:tissues?|napkins?)\b/iu, "纸(?:巾)?"],
];

/** "水要两箱", "奶来两箱", "蛋不要了": a line named by the everyday word for what it is, said first. */
export function shelfWordSaid(text: string, en: string): boolean {
  return SHELF_WORDS.some(
    ([sold, word]) =>
      sold.test(en) &&
      new RegExp(
        `(?:^|[\\s，,。；;])(?:那|还有)?${word}(?=\\s*(?:要|来|多|换|改|再|加|减|少|不|都|也|还|就|[0-9一两二三四五六七八九十]))`,
        "u",
      ).test(text),
  );
}

/** A word of a line's name as said of one or several ("latte(s)", "sandwich(es)", "McFlurry/McFlurries"). */
export function plurals(word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return /[^aeiou]y$/u.test(word) ? `${escaped.slice(0, -1)}(?:y|ies)` : `${escaped}(?:e?s)?`;
}

/** "鸡腿堡" for 香辣鸡腿堡, "薯条" for 薯条（中）: a name's last three or two characters said alone. */
export function zhTail(name: string, text: string): boolean {
  for (const size of [3, 2]) {
    if (name.length <= size) continue;
    const tail = name.slice(-size);
    if (text.includes(tail) && !/^[的了个杯份]/u.test(tail)) return true;
  }
  return false;
}
