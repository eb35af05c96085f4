import { parseCount } from "../../nlu/slots/numbers.ts";
import { partySize } from "./ride-wishes.ts";

/**
 * A group order said per person ("我们五个人，每人一杯拿铁", "lattes for the 4 of us, one each"): each
 * line's count is for one person, and the order holds it that many times. Only a count said per
 * person counts: "每人30以内" and "30 yuan each" are budgets, not portions.
 */
const ZH_EACH =
  /(?:每人|每个人|每位|一人|人手)\s*(?:各)?\s*(?:(?:点|来|要|买|订)\s*[一二两1-5]?|[一二两1-5])\s*(?:杯|份|个|碗|盒|瓶|束|块|只|串|支)/u;
// "一人鲜切水果拼盘1份", "每人来个汉堡一个": the thing between the person and its count (no money said).
const ZH_EACH_THING =
  /(?:每人|每个人|每位|一人)\s*(?:各)?\s*(?:点|来|要|买|订)?[^，,。；;！!0-9]{1,12}?(?<![0-9])[一二两1-5]\s*(?:杯|份|个|碗|盒|瓶|束|只|串|支)/u;
const EN_EACH =
  /\b(?:one|a cup|a glass|a bowl|a box|a portion|a piece) (?:each|apiece|per person|per head|for each of us|for everyone|for everybody)\b|\beach of us (?:gets?|wants?|has|have|needs?)\b|\bone for each\b/iu;
// "a latte each for the 4 of us", "1 Bento per person, 4 people", "a sundae for each of us, we're two":
// one of a thing (no money in the words between) for every one of the party.
const EN_ONE_THING_EACH =
  /\b(?:a|an|one|1)\s+(?:(?!yuan\b|rmb\b|kuai\b|bucks\b)[^\s,.!?¥$0-9]+\s+){1,6}?(?:each for|each|per person|per head|for each of us|for everyone|for everybody)\b/iu;
// "cheeseburgers for everyone, there are 5 of us": a thing for each one, unless it is shared.
const EN_FOR_EACH = /\bfor (?:each of us|everyone|everybody|each person|every one of us)\b/iu;
const SHARED = /\b(?:share|sharing|shared|split)\b|一起吃|分着/iu;
// The party said as colleagues, friends or classmates ("三个同事", "六个同学", "我们俩"): how many people
// share the order.
const ZH_COLLEAGUES = /([2-9]|[两二三四五六七八九十])\s*个\s*(?:同事|朋友|小伙伴|同学|室友|人)|我们(俩|仨)/u;
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
  const each = [ZH_EACH, ZH_EACH_THING, EN_EACH, EN_ONE_THING_EACH, EN_FOR_EACH].some((pattern) =>
    pattern.test(text),
  );
  if (!each || TOTAL_SAID.test(text) || SHARED.test(text)) return undefined;
  const said = ZH_COLLEAGUES.exec(text);
  const colleagues = said?.[2] ? (said[2] === "俩" ? "2" : "3") : said?.[1];
  const party = partySize(text);
  // "三个同事，一人…": "一人" is one person's share, not a party of one.
  const people = party !== undefined && party >= 2 ? party : colleagues ? parseCount(colleagues) : party;
  return people !== undefined && people >= 2 && people <= 60 ? people : undefined;
}
