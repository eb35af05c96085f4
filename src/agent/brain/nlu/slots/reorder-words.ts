/**
 * Words that ask for a past order again, said the many ways people point at it: "my last McDonald's
 * order again", "redo yesterday's Starbucks latte", "repeat my most recent Pagoda order", "the fruit
 * order from last week again", "same as my last order except …", "把我上次点的拿铁再下一单". A past
 * order merely spoken of ("where is my last order", "cancel my last order", "my last order came cold")
 * is not one: these need a word that orders it again (again, redo, repeat, reorder, same, like, as) or
 * goes on to change it (but, except, plus, only, this time).
 */

// A past order named: "my last (McDonald's) order", "yesterday's latte", "the order from last week".
const PAST =
  /\b(?:my|our|the)\s+(?:last|previous|most recent|latest)\s+(?:[\w'’&-]+\s+){0,3}?(?:order|delivery)s?\b|\b(?:yesterday|last (?:week|night|time)|this morning)['’]?s\s+(?:[\w'’&-]+\s+){0,3}?\w+|\b(?:(?:my|the|our)\s+)?(?:[\w'’&-]+\s+){0,2}?(?:order|delivery)\s+(?:from|of)\s+(?:yesterday|last (?:week|night|time)|this morning|the other day)\b/iu;

// Said again, or changed from what it was.
const AGAIN =
  /\b(?:again|redo|re-?do|repeat|reorder|re-order|same|like|as|but|except|plus|only|this time|instead of)\b/iu;

// Words about a past order that ask nothing new of it (where it is, cancel it, it went wrong).
const ABOUT_IT =
  /\b(?:where|status|track|cancel|refund|complain|arrived?|came|late|cold|missing|wrong|broken|spilt|spilled|claim|receipt|how much)\b/iu;

// Chinese: "把我上次点的拿铁再下一单", "上回那单…再来": said by 上次/上回 already; "前天那单再来一次".
const ZH_AGAIN = /(?:前天|上周|上个星期|那天)(?:那|的)?(?:一单|那单|点的|买的).{0,12}再(?:来|点|下|要)/u;

/** Whether the words ask for a past order again (perhaps changed). */
export function asksPastOrderAgain(text: string): boolean {
  if (ZH_AGAIN.test(text)) return true;
  if (!PAST.test(text) || ABOUT_IT.test(text)) return false;
  return AGAIN.test(text.replace(PAST, " "));
}

// The words that point at the past order, or say it again: no change of it.
const REFERENCE =
  /\b(?:(?:just|exactly)\s+)?(?:the\s+)?same\b(?:\s+[\w'’&-]+){0,3}?\s+as(?:\s+(?:yesterday|before|this morning|last (?:week|night|time)))?\b|\b(?:(?:just|exactly)\s+)?(?:like|as)\s+(?:last time|before)\b|\blast time\b|\b(?:again|redo|re-do|repeat|reorder|re-order|the usual|my usual)\b|(?:跟|和)?(?:上次|上回)(?:一样的?|那单|那个|的)?|老样子|照旧|再(?:来|点|下)一单|再点一次/giu;

/** The words without those that point at the past order ("my last Pagoda order again, but …" → "but …"). */
export function withoutPastOrder(text: string): string {
  return text
    .replace(new RegExp(PAST.source, "giu"), " ")
    .replace(REFERENCE, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
