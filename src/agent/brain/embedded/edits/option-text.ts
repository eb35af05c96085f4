import type { ItemOptions } from "../../nlu/slots/types.ts";
import { say } from "../say.ts";

// Each option choice in words, zh and en.
const OPTION_WORDS: Record<string, Record<string, [string, string]>> = {
  size: {
    small: ["小杯", "small"],
    medium: ["中杯", "medium"],
    large: ["大杯", "large"],
    extra_large: ["超大杯", "extra large"],
  },
  sugar: {
    none: ["不要糖", "no sugar"],
    less: ["少糖", "less sugar"],
    half: ["半糖", "half sugar"],
    standard: ["正常糖", "regular sugar"],
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
    hot: ["辣", "hot"],
    extra_hot: ["特辣", "extra hot"],
  },
  milk: { whole: ["全脂奶", "whole milk"], oat: ["燕麦奶", "oat milk"], skim: ["脱脂奶", "skim milk"] },
  combo: { single: ["单点", "on its own"], meal: ["套餐", "as a meal"] },
};

/** The options an order edit sets, in words ("少糖、大杯", "less sugar, large"). */
export function optionText(options: ItemOptions, lang: "zh" | "en"): string {
  return Object.entries(options)
    .map(([key, value]) => {
      const words = OPTION_WORDS[key]?.[String(value)];
      return words ? say(lang, words[0], words[1]) : String(value);
    })
    .join(say(lang, "、", ", "));
}
