import { parseCount } from "../../nlu/slots/numbers.ts";

// How many tickets, when the words say it more plainly than the quantity reader hears it: the total
// after a breakdown ("我两张再给朋友一张，一共三张"), a family ("两大一小", "2 adults and a kid"), or a
// number right before "tickets"/"seats" when another number (a date: "Dec 5 matinee, 3 economy seats")
// was read as the count.

const N = "(\\d{1,2}|[一两俩二三四五六七八九十]|one|two|three|four|five|six|seven|eight|nine|ten)";
const TOTAL_COUNT = new RegExp(
  `(?:一共|总共|总计|合计|加起来)(?:要|买|是)?\\s*${N}\\s*张|\\b${N}\\s+(?:tickets?|seats?|tix)\\s+(?:in total|altogether|total)\\b|\\b(?:in total|altogether)\\s+${N}\\s+(?:tickets?|seats?|tix)\\b`,
  "iu",
);
const ZH_FAMILY = /([一两俩二三四五六七八九\d])\s*大\s*([一两俩二三四五六七八九\d])\s*小/u;
const EN_FAMILY = new RegExp(
  `\\b${N}\\s+adults?\\s*(?:,|and|\\+|&|with)?\\s*(?:${N}|a|an)\\s+(?:kids?|child(?:ren)?|children)\\b`,
  "iu",
);
const BEFORE_TICKETS = new RegExp(
  `\\b${N}\\s+(?:[a-z-]+\\s+){0,3}?(?:tickets?|seats?|tix)\\b|${N}\\s*张`,
  "iu",
);

const first = (match: RegExpMatchArray | null) => match?.slice(1).find((group) => group !== undefined);

/** The number of tickets the words say outright, or undefined to leave it to the quantity reader. */
export function ticketCountOf(text: string): number | undefined {
  const total = first(text.match(TOTAL_COUNT));
  if (total) return parseCount(total);
  const zh = text.match(ZH_FAMILY);
  if (zh?.[1] && zh[2]) {
    const adults = parseCount(zh[1]);
    const kids = parseCount(zh[2]);
    if (adults !== undefined && kids !== undefined) return adults + kids;
  }
  const en = text.match(EN_FAMILY);
  if (en?.[1]) {
    const adults = parseCount(en[1]);
    const kids = en[2] ? parseCount(en[2]) : 1;
    if (adults !== undefined && kids !== undefined) return adults + kids;
  }
  // "cheapest seat for Eason Chan", "a ticket to Teahouse", "just me": one, said in the singular.
  if (SINGLE_TICKET.test(text) && !/\b(?:tickets|seats|tix)\b|张/iu.test(text)) return 1;
  return undefined;
}

const SINGLE_TICKET =
  /\b(?:a|an|one|1|single|(?:the )?cheapest|(?:the )?best|a cheap)\s+(?:[a-z-]+\s+){0,2}?(?:ticket|seat)\b(?!s)|\bjust (?:for )?me\b|\bonly me\b|\bjust myself\b/iu;

/** The number said right before "tickets", "seats" or "张" (the first such), if any. */
export function countBeforeTickets(text: string): number | undefined {
  const word = first(text.match(BEFORE_TICKETS));
  return word ? parseCount(word) : undefined;
}
