import type { ItemOptions } from "../../nlu/slots/types.ts";
import { optionWords } from "../../option-words.ts";
import { say } from "../say.ts";

/** The options an order edit sets, in words ("少糖、大杯", "less sugar, large"). */
export function optionText(options: ItemOptions, lang: "zh" | "en"): string {
  return Object.entries(options)
    .map(([key, value]) => {
      const words = optionWords(key, String(value));
      return words ? say(lang, words[0], words[1]) : String(value);
    })
    .join(say(lang, "、", ", "));
}
