import { pinyin } from "pinyin-pro";
import type { GazetteerMatch } from "../gazetteer.ts";
import { EN_CONTAINER } from "./line-words.ts";
import { OPTION_WORDS } from "./options.ts";

const CJK = /[\u3400-\u9fff]/u;
const EVERYDAY_WORDS =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|tomorrow|later|please|thanks|order|orders|seats?|tickets?|office|house|home|store|shop)$/iu;
// A container alone, that counts what follows ("two bowls of noodles"): no typo of a name that ends
// in one ("Beef Rice Bowl"). "bouquet of roses" for Rose Bouquet is a name said the other way round.
const CONTAINER_WORDS = new RegExp(`^${EN_CONTAINER}$`, "iu");
// Words that only say how a thing comes ("skim", "oat milk", "iced"): no typo of a product that
// holds them ("1 iced with skim" is a latte with skim milk, not a carton of Skim Milk).
const ONLY_OPTION_WORDS = new RegExp(`^(?:(?:${OPTION_WORDS})\\s*)+$`, "iu");
const COMMON_LEAD = /^[想要叫点来买送帮给吃喝请让我你他她它就再还也都]/u;

function spelled(text: string): string {
  return pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" })
    .join("")
    .replace(/[^a-z]/gu, "")
    .toLowerCase();
}

/**
 * Drops gazetteer matches too weak to act on: a homophone must spell the whole name syllable for
 * syllable over at least two characters ("换成" is not 花, "要" is not 药), and an English typo
 * match needs a name long enough that one edit is a typo rather than another word ("make" is not
 * "cake", "late" is not "latte"). Exact names, typed pinyin and partial Chinese names of two or more characters stay.
 */
export function trustedMatches(matches: readonly GazetteerMatch[]): GazetteerMatch[] {
  return matches.filter((match) => {
    if (match.method === "exact") return true;
    const chinese = CJK.test(match.text);
    if (match.method === "pinyin") {
      if (!chinese) return true;
      const expected = (match.entity.pinyin ?? spelled(match.entity.zh))
        .toLowerCase()
        .replace(/[^a-z]/gu, "");
      // A two-character homophone starting like a request ("想叫" is not 香蕉) is the request.
      const length = [...match.text].length;
      if (length === 2 && COMMON_LEAD.test(match.text)) return false;
      return length >= 2 && spelled(match.text) === expected;
    }
    if (chinese) return [...match.text].length >= 2 && match.score >= 0.55;
    // A real word of its own is no typo ("Sunday" is not a sundae).
    if (EVERYDAY_WORDS.test(match.text.trim()) || CONTAINER_WORDS.test(match.text.trim())) return false;
    if (ONLY_OPTION_WORDS.test(match.text.trim())) return false;
    // A typo keeps the word's length or adds a letter ("lattee"); a shorter word is another word ("late").
    const long =
      match.entity.en.length >= 6 ||
      (match.entity.en.length >= 5 && match.text.length >= match.entity.en.length);
    return long && match.score >= 0.8;
  });
}
