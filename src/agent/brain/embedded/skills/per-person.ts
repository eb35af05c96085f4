import { partySize } from "./ride-wishes.ts";

/**
 * A group order said per person ("我们五个人，每人一杯拿铁", "lattes for the 4 of us, one each"): each
 * line's count is for one person, and the order holds it that many times. Only a count said per
 * person counts: "每人30以内" and "30 yuan each" are budgets, not portions.
 */
const ZH_EACH =
  /(?:每人|每个人|每位|一人|人手)\s*(?:各)?\s*[一二两1-5]\s*(?:杯|份|个|碗|盒|瓶|束|块|只|串|支)/u;
const EN_EACH =
  /\b(?:one|a cup|a glass|a bowl|a box|a portion|a piece) (?:each|apiece|per person|per head|for each of us|for everyone|for everybody)\b|\beach of us (?:gets?|wants?|has|have|needs?)\b|\bone for each\b/iu;
// A total said outright ("一共5杯", "5 in total") is the count, whatever is said per person.
const TOTAL_SAID = /一共|总共|共\s*[0-9一二两三四五六七八九十]+\s*(?:杯|份|个)|\bin total\b|\baltogether\b/iu;

/** How many people a per-person count is for, when the turn says one; undefined otherwise. */
export function perPersonTimes(text: string): number | undefined {
  if (!(ZH_EACH.test(text) || EN_EACH.test(text)) || TOTAL_SAID.test(text)) return undefined;
  const people = partySize(text);
  return people !== undefined && people >= 2 && people <= 60 ? people : undefined;
}
