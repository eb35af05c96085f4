import { saysCountEach } from "../../nlu/slots/each-person.ts";
import { partySaid } from "../../nlu/slots/party.ts";

/**
 * A group order said per person ("我们五个人，每人一杯拿铁", "lattes for the 4 of us, one each"): each
 * line's count is for one person, and the order holds it that many times. Only a count said per
 * person counts: "每人30以内" and "30 yuan each" are budgets, not portions.
 */
const SHARED = /\b(?:share|sharing|shared|split)\b|一起吃|分着/iu;
// A total said outright ("一共5杯", "5 in total") is the count, whatever is said per person ("一共6个人"
// is the party, not a count).
// A sum is no count: "一共别超过65", "under 100 yuan in total" are budgets.
const TOTAL_SAID =
  /(?:一共|总共|共)\s*(?:要|来|点)?\s*[0-9一二两三四五六七八九十]+\s*(?:杯|份|个(?!\s*人)|碗|盒)|(?<!(?:yuan|rmb|kuai|bucks|[0-9])\s*)\b(?:in total|altogether)\b/iu;

// "…一人一份照烧鸡肉饭，另外来两碗味增汤": a thing said "besides", with its own count, is for the table,
// not for each.
const BESIDES =
  /^[\s，,。；;]*(?:另外|另加|还有|再来|再加|再要|外加|加上|额外|\b(?:also|besides|plus an?(?:other)?|and also)\b)/iu;

/** Whether a line's own words say it besides the per-person things (its count is the whole table's). */
export function besidesParty(said: string | undefined): boolean {
  return said !== undefined && BESIDES.test(said);
}

/** How many people a per-person count is for, when the turn says one; undefined otherwise. */
export function perPersonTimes(text: string): number | undefined {
  if (!saysCountEach(text) || TOTAL_SAID.test(text) || SHARED.test(text)) return undefined;
  return partySaid(text)?.people;
}
