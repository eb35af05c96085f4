import { parseCount } from "./numbers.ts";

/**
 * The party an order is for, said without a count per person ("三个人的饺子", "我们四个人点披萨",
 * "两人份的火锅", "dumplings for 3 people", "noodles for the two of us"): how many people, and where
 * it was said — a count of people is never a count of things ("三个人的饺子" is no 3 of "人的饺子").
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
  // "给我们四个人", "三个人的", "两人份的", "我们仨", "我俩", "一家三口"
  `(?:(?:给|帮)?(?:我们|咱们|咱|我家)\\s*)?(?<n>${ZH_N})\\s*(?:个|位)?\\s*(?:人份|人|口人)(?!民|参|次|气|均|头|手)(?:的|吃的?|一起吃的?)?|(?:给|帮)?(?:我们|咱们)?(?<pair>俩|仨)(?:人)?(?:的|吃的?)?|一家(?<family>三|四|五)口`,
  "u",
);
const EN_PARTY = new RegExp(
  `\\bfor (?:the |all )?(?<of>${EN_N}) of us\\b|\\b(?<us>${EN_N}) of us\\b|\\bfor (?<people>${EN_N})\\s*(?:people|persons|ppl|guests|colleagues)\\b|\\bparty of (?<group>${EN_N})\\b|\\bfor (?<bare>${EN_N})\\b(?!\\s*(?:yuan|rmb|kuai|bucks|dollars|usd|minutes|mins|min|hours|hrs|pm|am|o'clock|:|\\.|[0-9]|cups?|bowls?|boxes|portions?|pieces?|pcs|people))`,
  "iu",
);

/** The party said in the (normalised) text, when one of two or more is said. */
export function partySaid(text: string): PartySaid | undefined {
  const zh = ZH_PARTY.exec(text);
  if (zh?.groups) {
    const { n, pair, family } = zh.groups;
    const people = pair ? (pair === "俩" ? 2 : 3) : parseCount(n ?? family ?? "");
    if (people !== undefined && people >= 2 && people <= 60)
      return { people, start: zh.index, end: zh.index + zh[0].length };
  }
  const en = EN_PARTY.exec(text);
  if (en?.groups) {
    const word = Object.values(en.groups).find((group) => group !== undefined);
    const people = word ? parseCount(word) : undefined;
    if (people !== undefined && people >= 2 && people <= 60)
      return { people, start: en.index, end: en.index + en[0].length };
  }
  return undefined;
}
