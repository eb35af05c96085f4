/**
 * Each option choice a request can carry, in words for the user (zh, en) — the shops' own names
 * where they have one ("无糖", "标准糖"). One table for the brain's replies about an edit and the
 * engine's notes on a card that lacks a choice.
 */
const OPTION_WORDS: Record<string, Record<string, [zh: string, en: string]>> = {
  size: {
    small: ["小杯", "small"],
    medium: ["中杯", "medium"],
    large: ["大杯", "large"],
    extra_large: ["超大杯", "extra large"],
  },
  sugar: {
    none: ["无糖", "no sugar"],
    less: ["少糖", "less sugar"],
    half: ["半糖", "half sugar"],
    standard: ["标准糖", "regular sugar"],
    extra: ["多糖", "extra sugar"],
  },
  ice: {
    none: ["去冰", "no ice"],
    less: ["少冰", "less ice"],
    normal: ["正常冰", "regular ice"],
    extra: ["多冰", "extra ice"],
  },
  temperature: {
    hot: ["热的", "hot"],
    iced: ["冰的", "iced"],
    chilled: ["冰镇的", "chilled"],
    room: ["常温", "room temperature"],
  },
  spice: {
    none: ["不辣", "not spicy"],
    mild: ["微辣", "mild"],
    medium: ["中辣", "medium spicy"],
    hot: ["辣", "spicy"],
    extra_hot: ["特辣", "extra spicy"],
  },
  milk: { whole: ["全脂奶", "whole milk"], oat: ["燕麦奶", "oat milk"], skim: ["脱脂奶", "skim milk"] },
  combo: { single: ["单点", "on its own"], meal: ["套餐", "as a meal"] },
};

/** A choice in words, or undefined when the table does not know it. */
export function optionWords(key: string, choice: string): readonly [zh: string, en: string] | undefined {
  return OPTION_WORDS[key]?.[choice];
}

/**
 * The weight a shop writes in a choice's or an item's name ("500g", "1kg", "约2.5kg", "bag, about
 * 2 kg"), in grams; undefined when the text names none. One reading for the brain's weight choice
 * and the engine's check of a card's weights.
 */
export function gramsWritten(text: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)\s*(kg|g)\b/iu.exec(text);
  if (!match) return undefined;
  return Math.round(Number(match[1]) * ((match[2] as string).toLowerCase() === "kg" ? 1000 : 1));
}
