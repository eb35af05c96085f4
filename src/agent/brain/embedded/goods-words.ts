/**
 * An umbrella is weather advice ("明天要带伞吗", "do I need an umbrella?") or a thing to buy ("加1份雨伞",
 * "order an Umbrella and a Single Rose"). It is bought when it is counted or has a buying word before
 * it and nothing else in the words is about the weather or a question.
 */

const UMBRELLA_WORDS = /带伞|雨伞|\bumbrellas?\b/giu;
const BOUGHT_ZH =
  /(?:买|订|来|加|要|点)\s*(?:[0-9一二两三四五六七八九十几]\s*)?(?:把|个|份|件)?\s*(?:折叠|晴雨|长柄)?雨伞|[0-9一二两三四五六七八九十几]\s*(?:把|个|份|件)\s*(?:折叠|晴雨|长柄)?雨伞/u;
const BOUGHT_EN =
  /\b(?:order|buy|get me|grab|send|deliver|add|plus|and|with)\b[^.?!]{0,40}?\b(?:an?|one|two|three|four|five|\d+)\s+(?:[a-z-]+\s+)?umbrellas?\b|\b(?:one|two|three|four|five|\d+)\s*(?:x\s*)?umbrellas?\b/iu;
const ASKS_ADVICE = /[?？吗]|需要|该不该|要不要|带|\b(?:need|should|bring|take)\b/iu;

/** Whether the words buy an umbrella (counted or with a buying verb), never ask about one. */
export function buysUmbrella(text: string): boolean {
  if (ASKS_ADVICE.test(text.replace(/带伞|雨伞/gu, ""))) return false;
  return BOUGHT_ZH.test(text) || BOUGHT_EN.test(text);
}

/** The words without the umbrella named in them, to see whether anything else is about the weather. */
export function withoutUmbrella(text: string): string {
  return text.replace(UMBRELLA_WORDS, " ");
}

// "send it to my place", "deliver them home": goods sent somewhere, never money sent to someone.
const SENDS_GOODS =
  /\b(?:send|deliver|bring|ship|drop)\s+(?:it|them|that|those|these|everything|all of it)\b/iu;
const MONEY = /[¥￥$]|\d\s*(?:块|元|yuan|rmb|bucks|kuai)\b|转账|\b(?:money|cash|transfer)\b/iu;

/** Whether a piece sends the goods it is about ("1 kg each send it to my place"), not money. */
export function sendsGoods(text: string): boolean {
  return SENDS_GOODS.test(text) && !MONEY.test(text);
}
