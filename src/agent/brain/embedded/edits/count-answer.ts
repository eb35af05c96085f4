import { parseCount } from "../../nlu/slots/numbers.ts";
import type { Lang } from "../../types.ts";
import type { DialogueState } from "../state.ts";

// An answer to Dimple's own question of how many ("how many tickets?", "only 2 left — make it 2?",
// "below the minimum — add more of it?"), said as a bare count with words around it that add
// nothing: "2", "ok, 2 then", "fine, just one then", "alright 3 please", "好吧，那就两张", "那就3份吧".

const HEAD =
  /^\s*(?:(?:ok(?:ay)?|fine|alright|all right|sure|well|right|yes|yeah|yep|so|hmm+|then|just|only|make it|let'?s (?:do|say|go with)|go with)\b[\s,，.!]*|(?:好吧|好的|好|行吧|行|嗯+|那就|那|就|只要|只|要)[\s,，。！]*)+/iu;
const TAIL =
  /(?:[\s,，]*(?:\b(?:then|please|pls|thanks|thank you|i guess|instead|is fine|will do|works|is ok(?:ay)?|of them)\b|吧|了|就行|就好|也行|就可以|好了)[\s.!。！~]*)+$/iu;
const COUNT = /^(\d{1,2}|[a-z]+|[一两俩二三四五六七八九十]+)\s*(?:张|份|杯|个|盒|碗|tickets?|seats?)?$/iu;

/** The count a turn answers with, or undefined when it says more than a count. */
export function bareCount(text: string): number | undefined {
  const core = text.replace(HEAD, "").replace(TAIL, "").trim();
  const word = COUNT.exec(core)?.[1];
  const count = word ? parseCount(word) : undefined;
  return count !== undefined && Number.isInteger(count) && count > 0 && count <= 50 ? count : undefined;
}

/**
 * The turn in the words the question's own reader takes: tickets counted ("2 tickets", "2张"), an
 * order's count changed ("make it 2", "改成2份"). Undefined when Dimple asked no count, or the turn
 * says more than one.
 */
export function countAnswerText(text: string, state: DialogueState, lang: Lang): string | undefined {
  const count = bareCount(text);
  if (count === undefined) return undefined;
  const zh = lang === "zh";
  if (state.awaiting?.intent === "buy_tickets" && state.awaiting.slot === "quantity")
    return zh ? `${count}张` : `${count} tickets`;
  const fewer = state.shown?.kind === "substitute" || state.awaiting?.slot === "more_items";
  if (fewer && state.order?.items.length === 1) return zh ? `改成${count}份` : `make it ${count}`;
  return undefined;
}
