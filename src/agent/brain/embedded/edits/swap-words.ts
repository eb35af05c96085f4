import { lastWrittenWord } from "../../nlu/partial-names.ts";
import { extractItemOptions } from "../../nlu/slots/options.ts";
import { onlyChoices } from "../../nlu/slots/shop-choices.ts";
import type { WantedItem } from "../state.ts";
import type { EditLine } from "./read-edit.ts";

// The thing a swap names when the catalogue did not recognise it: "swap it for a chicken wrap",
// "换成鸡肉卷", "swap that for the beef ones" (the pronoun standing for the thing on the card).
const SWAP_EN =
  /\b(?:swap|switch|change|replace|trade)\b.*?\bfor\s+(?:an?\s+|the\s+|some\s+)?([a-z][a-z' -]{2,40}?)(?:\s+instead)?\s*[.!?]*$|\bget me (?:an?\s+|some\s+)?([a-z][a-z' -]{2,40}?) instead\b/iu;
const SWAP_ZH = /(?:换成|改成|换为|改为)(?:一?[个杯份碗])?(\p{Script=Han}{2,10}?)(?:吧|了|啊)?\s*[，。！]?$/u;
const NOT_A_THING =
  /[0-9]|[一二两三四五六七八九十几半]\s*[个杯份碗瓶盒张只串]|^[加少多去不无]|\b(?:extra|shot|with|without|no|less|more|double|light)\b|大杯|中杯|小杯|热|冰|糖|辣|奶|家|公司|单位|办公室|地址|点|分钟|一样|便宜|快|\b(?:large|medium|small|hot|iced|cold|sugar|milk|spicy|home|office|pm|am|one|two|three|cheaper|faster|same)\b/iu;

const COUNT_ONES = /^(?:just|only|a single|single|another|one more|the other|that|this|same)\s+ones?$/iu;

/** The thing a swap names when the catalogue did not recognise it ("swap it for a chicken wrap"). */
export function swappedFor(text: string, lines: readonly EditLine[]): string | undefined {
  const en = SWAP_EN.exec(text) ?? SWAP_PRONOUN.exec(text.trim().replace(LEAD_IN, ""));
  const said = (en?.[1] ?? en?.[2] ?? SWAP_ZH.exec(text)?.[1])?.trim();
  // "make it just one instead": a count, no other thing.
  if (said && COUNT_ONES.test(said)) return undefined;
  // "swap that for the beef ones", "make it the shrimp ones": the pronoun stands for the thing on
  // the card ("Pork & Pickled Cabbage Dumplings" → "beef dumplings"), when the card has one kind.
  const heads = new Set(lines.map((line) => lastWrittenWord(line.en)));
  const [head] = heads;
  const words =
    said && /\s+ones?$/iu.test(said)
      ? heads.size === 1 && head
        ? said.replace(/\s+ones?$/iu, ` ${head}`)
        : undefined
      : said;
  // "面换成韭叶": a choice only the shop names is no thing to swap in.
  if (!words || NOT_A_THING.test(words) || extractItemOptions(words) || onlyChoices(words)) return undefined;
  return words;
}

// "make it the shrimp ones", "the beef one instead": another thing of the card's kind.
const LEAD_IN = /^(?:(?:actually|no|nah|ok(?:ay)?|so|hmm|wait|sorry)[,\s]+)+/iu;
const SWAP_PRONOUN =
  /^(?:make (?:it|them)|i(?:'d| would) (?:like|prefer)|(?:let'?s )?go with|get)?\s*(?:an?\s+|the\s+)?([a-z][a-z' -]{2,40}?\s+ones?)(?:\s+instead)?\s*[.!?]*$/iu;

// "其中一杯换成拿铁": the words of the swap are no part of the thing's name.
const SWAP_LEAD =
  /^(?:其中)?(?:[一两二三四五1-9][杯个份碗])?(?:换成|改成|换为|改为|换|改)(?=\p{Script=Han})/u;

/** The item without the swap's words before its name ("换成拿铁" → "拿铁"). */
export function withoutSwapWords(item: WantedItem): WantedItem {
  if (!SWAP_LEAD.test(item.query)) return item;
  const bare = (words: string) => words.replace(SWAP_LEAD, "");
  return {
    ...item,
    query: bare(item.query),
    ...(item.wanted ? { wanted: bare(item.wanted) } : {}),
    ...(item.searches
      ? {
          searches: item.searches.map((search) =>
            search.keyword ? { ...search, keyword: bare(search.keyword) } : search,
          ),
        }
      : {}),
  };
}
