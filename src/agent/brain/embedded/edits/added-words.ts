import type { OrderLineSlot } from "../../nlu/slots/line-words.ts";
import { extractItemOptions } from "../../nlu/slots/options.ts";
import { onlyChoices } from "../../nlu/slots/shop-choices.ts";
import type { WantedItem } from "../state.ts";
import { ADD, type SaidItem } from "./read-edit.ts";

// Words that are no thing to buy, though a count may stand before them: places, times, money, people.
const NOT_A_THING =
  /家|公司|单位|办公室|地址|点钟|分钟|小时|块钱|元|人|\b(?:home|office|minutes?|hours?|yuan|people)\b/iu;

/**
 * A thing added to the card by words the catalogue names differently ("再来三个蛋挞" for 葡式蛋挞,
 * "加一份麦乐鸡" for 麦乐鸡（5块）): the NLU read it as a line with no match; it is added, searched by
 * the words said (at the card's shop first), never taken for more of what the card already has.
 */
export function addedByWords(
  text: string,
  line: OrderLineSlot,
): { said: SaidItem; wanted: WantedItem } | undefined {
  if (line.match || !ADD.test(text)) return undefined;
  const words = line.text.trim();
  const han = /^\p{Script=Han}{2,8}$/u.test(words);
  const latin = /^[a-z][a-z' -]{2,30}$/iu.test(words);
  if ((!han && !latin) || NOT_A_THING.test(words)) return undefined;
  if (extractItemOptions(words) || onlyChoices(words)) return undefined;
  return {
    said: { zh: words, en: words, qty: line.qty, counted: line.qtyText !== undefined, options: line.options },
    wanted: {
      query: words,
      qty: line.qty,
      options: line.options,
      searches: [{ keyword: words }],
      // With its count, so "两份鸡翅" stays two servings of a pack named "（2块）".
      said: `${line.qtyText ?? ""} ${line.said ?? text}`.trim(),
    },
  };
}
