import type { OrderLineSlot } from "../../nlu/slots/line-words.ts";
import { extractItemOptions } from "../../nlu/slots/options.ts";
import { onlyChoices } from "../../nlu/slots/shop-choices.ts";
import type { WantedItem } from "../state.ts";
import { ADD } from "./edit-words.ts";
import type { SaidItem } from "./read-edit.ts";

// Words that are no thing to buy, though a count may stand before them: places, times, money, people.
const NOT_A_THING =
  /家|公司|单位|办公室|地址|点钟|分钟|小时|块钱|元|人|\b(?:home|office|minutes?|hours?|yuan|people)\b/iu;
// Words that say how or how many, never what: "同样的再来一碗", "全部去冰", "统一少糖", a meal named
// ("早饭还没吃"), a change of mind ("不要了").
const NO_THING =
  /一样|同样|照旧|照样|统一|全部|全都|所有|都要|每(?:一)?[杯个份碗]|早饭|早餐|午饭|午餐|中饭|晚饭|晚餐|夜宵|宵夜|没吃|不要|别要|去掉|凑/u;
// "家里体温计也坏了", "纸巾用完了": the thing, without where it was and what happened to it.
const THING_SAID =
  /^(?:(?:家里|家|公司里?|办公室里?|宿舍里?)(?:的)?)?(\p{Script=Han}{2,8}?)(?:也|都|又)?(?:坏了|用完了|用光了|没了|吃完了|喝完了|不够了|不够用了|没有了|快没了|丢了)$/u;

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
  const words = thingSaid(line.text.trim());
  if (NO_THING.test(words)) return undefined;
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

/** The thing in words that say what happened to it ("家里体温计也坏了" → "体温计"), else the words. */
function thingSaid(words: string): string {
  return THING_SAID.exec(words)?.[1] ?? words;
}
