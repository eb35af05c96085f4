import { parseCount } from "./numbers.ts";

/**
 * The party a request is for — an order ("三个人的饺子", "给5个同事点咖啡", "dumplings for 3 people",
 * "noodles for the two of us") or a ride ("我们一家7口", "3位乘客", "we're 8", "ride to Xixi for 4"): how
 * many people, and where it was said — a count of people is never a count of things ("三个人的饺子" is no
 * 3 of "人的饺子"). The one reader of parties: orders, tastes, per-person counts and rides ask it.
 * Counts said per person ("每人一杯") are per-person.ts's.
 */
export interface PartySaid {
  people: number;
  start: number;
  end: number;
}

const ZH_N = "\\d+|[两二三四五六七八九十]+";
const EN_N = "\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const ZH_PARTY = new RegExp(
  // "给我们四个人", "三个人的", "两人份的", "一行5人", "3位乘客", "五个同事", "我们仨", "我俩", "一家三口"
  `(?:(?:给|帮)?(?:我们|咱们|咱|我家|一共|总共|共|一行|带上|有)\\s*)?(?<n>${ZH_N})\\s*(?:个|位)?\\s*(?:人份|口人|人|位乘客|乘客|同事|朋友|小伙伴|同学|室友)(?!民|参|次|气|均|头|手|份)(?:的|吃的?|一起吃的?)?` +
    `|(?<seats>${ZH_N})\\s*位(?!置|于|数)` +
    `|(?:给|帮)?(?:我们|咱们)?(?<pair>俩|仨)(?:人)?(?:的|吃的?)?|(?<couple>两口子)` +
    `|一家\\s*(?<family>${ZH_N})\\s*口`,
  "u",
);
const EN_PARTY = new RegExp(
  `\\bfor (?:the |all )?(?<of>${EN_N}) of us\\b|\\b(?<us>${EN_N}) of us\\b` +
    `|\\b(?:for )?(?<people>${EN_N})\\s*(?:people|persons|ppl|guests|colleagues|friends|passengers|adults|pax)\\b` +
    `|\\b(?:party|group) of (?<group>${EN_N})\\b|\\bfor (?<couple>us two|(?:a|the) couple)\\b(?! of)|\\bwe(?:'re| are) (?<we>${EN_N})\\b(?!\\s*(?:minutes|mins|min|hours|km|yuan))` +
    `|\\bfor (?<bare>${EN_N})\\b(?!\\s*(?:yuan|rmb|kuai|bucks|dollars|usd|minutes|mins|min|hours|hrs|pm|am|o'clock|:|\\.|[0-9]|cups?|bowls?|boxes|portions?|pieces?|pcs|people|persons|ppl|guests|colleagues|friends|passengers|adults|pax))`,
  "iu",
);

/** The party said in the (normalised) text, when one of two or more is said. */
export function partySaid(text: string): PartySaid | undefined {
  const zh = ZH_PARTY.exec(text);
  if (zh?.groups) {
    const { pair, couple, n, seats, family } = zh.groups;
    const people = couple ? 2 : pair ? (pair === "俩" ? 2 : 3) : parseCount(n ?? seats ?? family ?? "");
    if (people !== undefined && people >= 2 && people <= 60)
      return { people, start: zh.index, end: zh.index + zh[0].length };
  }
  const en = EN_PARTY.exec(text);
  if (en?.groups) {
    const { couple, ...counts } = en.groups;
    const word = Object.values(counts).find((group) => group !== undefined);
    const people = couple ? 2 : word ? parseCount(word) : undefined;
    if (people !== undefined && people >= 2 && people <= 60)
      return { people, start: en.index, end: en.index + en[0].length };
  }
  return undefined;
}
