import type { SeededRandom } from "../../../kernel/random.ts";
import { OPTION_ASKS, type OptionAsk } from "./asks.ts";
import type { FrameLine, Lang } from "./types.ts";
import type { ShopItem, WorldFacts } from "./world-facts.ts";

/** One wanted line while composing: which items match, how many, which options. */
export interface Want {
  itemKey: string;
  noun: string;
  plural?: string;
  category: string;
  words: string[];
  matches: (item: Pick<ShopItem, "nameZh" | "nameEn" | "category">) => boolean;
  qty: number;
  options: OptionAsk[];
}

/** Items the generator names: in stock, with short names a person would type. */
export const usableName = (item: ShopItem) =>
  item.stock >= 5 &&
  item.nameZh.length <= 8 &&
  item.nameEn.length <= 28 &&
  !/[()（）+0-9/]/.test(item.nameZh + item.nameEn);

export const offers = (item: ShopItem, option: OptionAsk) =>
  item.optionGroups.some(
    (group) => group.key === option.group && group.choices.some((choice) => choice.id === option.choice),
  );

/** Choices this item offers that the phrasebooks can ask for, skipping each group's default. */
export function askableOptions(item: ShopItem): OptionAsk[] {
  return item.optionGroups.flatMap((group) =>
    group.choices
      .filter((choice) => choice.id !== group.defaultChoice && OPTION_ASKS[group.key]?.[choice.id])
      .map((choice) => ({ group: group.key, choice: choice.id })),
  );
}

export function namedWant(item: ShopItem, lang: Lang, qty: number, options: OptionAsk[]): Want {
  const keyword = lang === "zh" ? item.nameZh : item.nameEn;
  const lower = keyword.toLowerCase();
  return {
    itemKey: item.nameZh,
    noun: keyword,
    category: item.category,
    words: [item.nameZh, item.nameEn],
    matches: (candidate) =>
      lang === "zh" ? candidate.nameZh.includes(keyword) : candidate.nameEn.toLowerCase().includes(lower),
    qty,
    options,
  };
}

/** How many of an item a person asks for, mostly one to three. */
export const quantity = (random: SeededRandom) => random.pick([1, 1, 2, 2, 2, 3, 3, 4, 5]);

/**
 * The frame line of a want: every item name that satisfies it (anywhere: a shop beyond the places the
 * generator read may still deliver), and the option ids.
 */
export function frameLine(want: Want, catalogue: WorldFacts["catalogue"]): FrameLine {
  const names = catalogue.filter(want.matches).flatMap((item) => [item.nameZh, item.nameEn]);
  return {
    itemKey: want.itemKey,
    words: want.words.concat(want.noun).filter(Boolean),
    acceptableNames: [...new Set(names)],
    qty: want.qty,
    ...(want.options.length
      ? {
          options: Object.fromEntries(
            want.options.map((option) => [
              option.group,
              OPTION_ASKS[option.group]?.[option.choice]?.accept ?? [option.choice],
            ]),
          ),
        }
      : {}),
  };
}
