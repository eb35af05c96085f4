import { GENERIC_NOUN } from "../../nlu/slots/line-words.ts";
import { containerKinds } from "../kinds.ts";
import type { WantedItem } from "../state.ts";
import type { Candidate } from "./order-search.ts";

/**
 * A thing wanted by what is in it, with no name of the thing ("一杯带芋圆的", "想喝有椰果的",
 * "something with taro balls"): the item is anything whose name, description or toppings hold
 * those words — a menu name first ("芋圆葡萄"), then an item of the same kind that offers it as a
 * topping, with that topping chosen (the item's `said` carries the words to the option mapping).
 */

// "带芋圆的", "有椰果的", "加珍珠的", "含芝士的": the whole product is the wish.
const ZH_WISH =
  /^(?:给我|帮我|我想|我要|想)?(?:要|来|点|喝|买)?(?:[一两二三四五六七八九十]|[0-9]+)?[杯份个碗盒束]?(?:带|有|加|含|放)(?:了|点|些|一些|个)?(\p{Script=Han}{1,6}?)的?$/u;
// "something with taro balls", "anything topped with pearls": no thing named, only what is in it.
const EN_WISH =
  /\b(?:something|anything|one|a drink|a tea|(?:an?|one|two|three|four|five|[0-9]+)\s+(?:cups?|glass(?:es)?|mugs?|bowls?|drinks?|teas?))\s+(?:with|w\/|that has|containing|topped with|with some)\s+(?:some\s+|extra\s+)?([a-z][a-z ]{1,24}?)(?=\s*(?:[,.!?;]|$)|\s+(?:to|for|please|pls|and|less|no|half|but|delivered|sent|at|in|on)\b)/iu;

// What every drink's options say ("加冰的", "with less sugar"): an option, not what the thing is.
const OPTION_ONLY = /^(?:冰|糖|奶|热|辣|料|小料|ice|sugar|milk|less \w+|no \w+|extra \w+)$/iu;

/** The words of what is in the thing, when the words name nothing but that ("带芋圆的" → 芋圆). */
export function ingredientOf(words: string | undefined): string | undefined {
  if (!words) return undefined;
  const found = ZH_WISH.exec(words.trim())?.[1] ?? EN_WISH.exec(words)?.[1]?.trim().toLowerCase();
  return found && !OPTION_ONLY.test(found) ? found : undefined;
}

/**
 * The turn's items with a wish said by what is in it read as that ("带芋圆的" is no name to search);
 * with no item at all, the words "something with taro balls" make one. A follow-up editing a
 * carried order makes none.
 */
export function wishesByIngredient(
  items: WantedItem[],
  text: string,
  editing: boolean,
  /** The turn's count ("要两杯加芋圆的"), for a wish made from the words alone. */
  count?: number,
): WantedItem[] {
  const read = items.map((item) => {
    const ingredient = ingredientOf(item.query);
    const said = item.said ?? text;
    return ingredient
      ? ingredientItem(ingredient, { qty: item.qty, options: item.options, said, ...within(said) })
      : item;
  });
  // A container said alone ("a cup", "一碗") is no thing: the wish in the words says what it is.
  const containers =
    read.length === 1 && !read[0]?.ingredient && GENERIC_NOUN.test(read[0]?.query.trim() ?? "");
  if ((read.length > 0 && !containers) || editing) return read;
  // The wish may be one clause of several ("要一杯加芋圆的，送公司").
  const ingredient =
    ingredientOf(text) ??
    text
      .split(/[，,。.!！?？;；]/u)
      .map(ingredientOf)
      .find(Boolean);
  const counted = containers
    ? { qty: read[0]?.qty ?? 1, options: read[0]?.options ?? {} }
    : count !== undefined && count > 0 && Number.isInteger(count)
      ? { qty: count }
      : {};
  return ingredient ? [ingredientItem(ingredient, { ...counted, said: text, ...within(text) })] : read;
}

/** The kinds of thing the words' container says ("a cup with…" → drinks), as the item's `within`. */
function within(words: string): { within?: string[] } {
  const kinds = containerKinds(words);
  return kinds ? { within: kinds } : {};
}

/** An English word without its plural ending ("taro balls" → "taro ball"); other words as they are. */
export const singular = (word: string) => word.replace(/(?<=[a-z]{3})(?:es|s)$/u, "");

/** The item for a wish said by what is in it: searched by those words, kept to things that hold them. */
export function ingredientItem(
  ingredient: string,
  base: Partial<WantedItem> & { said?: string },
): WantedItem {
  const one = singular(ingredient);
  const keywords = one === ingredient ? [ingredient] : [ingredient, one];
  return {
    qty: 1,
    options: {},
    ...base,
    query: ingredient,
    searches: keywords.map((keyword) => ({ keyword })),
    ingredient,
  };
}

/** Whether the candidate holds the words: in its names, its description, or a topping it offers. */
export function holdsIngredient(candidate: Candidate, ingredient: string): "name" | "option" | undefined {
  const words = wordsOf(ingredient);
  const has = (text: string | undefined) => {
    const lower = (text ?? "").toLowerCase();
    return words.some((word) => lower.includes(word));
  };
  if (has(candidate.nameZh) || has(candidate.nameEn) || has(candidate.description)) return "name";
  const offered = candidate.optionGroups.some((group) =>
    group.choices.some((choice) => !/^(?:none|no)$/u.test(choice.id) && (has(choice.zh) || has(choice.en))),
  );
  return offered ? "option" : undefined;
}

function wordsOf(ingredient: string): string[] {
  const lower = ingredient.toLowerCase();
  const one = singular(lower);
  return one === lower ? [lower] : [lower, one];
}
