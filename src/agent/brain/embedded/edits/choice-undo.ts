import { withoutChoicesLike } from "../../nlu/slots/shop-choices.ts";

/**
 * A choice taken back after a card: "不要加饭了", "算了不加饭了", "蛋不加了", "饭不用加了". The line
 * goes back to its shop's default for that choice; nothing else of the line changes. Read here as
 * the choice's words with 不 before them ("不加饭"), which the order's line drops from its words.
 */
const NOT_ADDED =
  /(?:不要|别|不用|不)\s*(?:再)?\s*(加(?:个|点)?(?![了啦吧])[\u4e00-\u9fff]{1,2}?)\s*(?:了|啦|吧|$|[，,。！!\s])/u;
// "蛋不加了", "饭就不用加了": the thing said first, then taken back.
const THING_NOT_ADDED = /([\u4e00-\u9fff]{1,2}?)\s*(?:就|也)?(?:不要加|不用加|别加|不加)(?:了|啦|吧)?/u;
// Words before 不加 that are no thing ("算了", "那就", "还是").
const NO_THING = /^[了算就那还是都也全]+/u;

/** The choice taken back, as "不" + its words ("不加饭"), when the turn takes one back. */
export function undoneChoice(text: string): string | undefined {
  const added = NOT_ADDED.exec(text)?.[1];
  if (added) return `不${added.replace(/^加(?:个|点)/u, "加")}`;
  const thing = THING_NOT_ADDED.exec(text)?.[1]?.replace(NO_THING, "");
  if (thing) return `不加${thing}`;
  return undefined;
}

/**
 * A line's words with an edit's choice in place of the one of its kind said before; a choice taken
 * back ("不加饭") leaves the words without it, so the shop's default holds.
 */
export function saidWithChoice(said: string, words: string): string {
  const rest = withoutChoicesLike(said, words);
  return /^不加/u.test(words) ? rest : `${rest} ${words}`;
}
