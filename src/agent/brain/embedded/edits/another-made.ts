import type { ItemOptions } from "../../nlu/slots/types.ts";
import type { EditLine, OrderEdit } from "./read-edit.ts";

/** What of the turn says one more of a line, made another way. */
export interface AnotherSaid {
  /** Whether the turn adds ("再来", "再要", "one more"). */
  adds: boolean;
  /** Whether it says all ("都", "统一", "all"): then the choice is for every cup, not a new line. */
  all: boolean;
  /** How many more ("再来一碗" → 1). */
  more?: number;
  options?: ItemOptions;
  /** A choice only the shop names ("韭叶", "18只的", "加饭的"). */
  choice?: string;
}

/**
 * "再来一碗韭叶中辣的", "再要一份加饭的", "再来一份18只的": more of the card's line (the only one, or the
 * one named) made another way is a line of its own beside it — the old one keeps how it was made.
 * Said with "都"/"统一" the choice is for every cup instead ("再来3杯 统一去冰"); said with no choice
 * ("同样的再来一碗") it is the same line's count.
 */
export function anotherMadeOtherwise(
  said: AnotherSaid,
  lines: EditLine[],
  target: number[] | undefined,
): OrderEdit | undefined {
  const options = said.options ?? {};
  if (!said.adds || said.all || said.more === undefined || said.more <= 0) return undefined;
  if (Object.keys(options).length === 0 && !said.choice) return undefined;
  const index = target?.length === 1 ? target[0] : undefined;
  const line = index === undefined ? undefined : lines[index];
  if (index === undefined || !line) return undefined;
  return {
    op: "split",
    line: index,
    parts: [
      { qty: line.qty, options: {} },
      { qty: said.more, options, ...(said.choice ? { words: said.choice } : {}) },
    ],
  };
}
