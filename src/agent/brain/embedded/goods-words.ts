/**
 * Words that are goods and weather alike ("雨伞", "umbrella", "冰块杯", "cups of ice", "raincoat",
 * "冰淇淋"): a thing the catalogue sells is read as goods when the sentence orders it — a verb of
 * buying or sending with a place to deliver to ("帮我买两把雨伞送到公司"), or the thing counted or
 * with a buying word right before it ("加1份雨伞", "order an Umbrella and a Single Rose") — and
 * nothing in it asks for advice ("明天要带伞吗", "do I need an umbrella tomorrow"). Whether a shop
 * in reach of the address sells it is the planner's to find (and to say when none does).
 */

/** A catalogue thing named in the words: its text as matched. */
export interface GoodsMatch {
  text: string;
}

const ADVICE =
  /(?:要不要|需不需要|需要|用不用|得|该不该|该)带|带不带|\b(?:do|will|would|should|shall) (?:i|we) (?:need|bring|take|pack)\b|\b(?:need|bring|take|pack) (?:an |my |a )?(?:umbrella|coat|jacket|raincoat)\b(?![^.?!]*\b(?:to my|to the|deliver|send)\b)/iu;
const QUESTION = /[?？吗]|\b(?:should|will it|is it|do i)\b/iu;
const ORDER_VERB =
  /买|订|点|送|来[一两三四五六七八九十0-9]?\s*[杯份个瓶盒束袋碗把件]|外卖|\b(?:order|buy|get me|grab|deliver|bring|send)\b/iu;
const DELIVERY_PLACE =
  /送(?:到|去|往|来)|到(?:我)?(?:家|公司|单位|办公室)|\bto (?:my |the |our )?(?:office|home|place|house|work|desk)\b|\bdeliver(?:ed|y)?\b/iu;
const BOUGHT_ZH =
  /(?:买|订|来|加|要|点|送)\s*(?:[0-9一二两三四五六七八九十几]+\s*)?(?:把|个|份|件|杯|瓶|盒|支)?\s*\p{Script=Han}{0,3}$|[0-9一二两三四五六七八九十几]\s*(?:把|个|份|件|杯|瓶|盒|支)\s*\p{Script=Han}{0,3}$/u;
const BOUGHT_EN =
  /\b(?:order|buy|get me|grab|send|deliver|add|plus|and|with)\b[^.?!]{0,40}?\b(?:an?|one|two|three|four|five|six|\d+)\s+(?:[a-z-]+\s+){0,2}$|\b(?:one|two|three|four|five|six|\d+)\s*(?:x\s*)?(?:[a-z-]+\s+){0,2}$/iu;

/** Whether the words order the catalogue things named in them, never ask about them. */
export function boughtGoods(text: string, goods: readonly GoodsMatch[]): boolean {
  if (goods.length === 0) return false;
  const rest = withoutGoods(text, goods);
  if (ADVICE.test(text)) return false;
  if (ORDER_VERB.test(rest) && DELIVERY_PLACE.test(rest)) return true;
  if (QUESTION.test(rest)) return false;
  const lower = text.toLowerCase();
  return goods.some((match) => {
    const at = lower.indexOf(match.text.toLowerCase());
    if (at < 0) return false;
    const before = text.slice(Math.max(0, at - 48), at);
    return BOUGHT_ZH.test(before) || BOUGHT_EN.test(before);
  });
}

/** The words without the catalogue things named in them, to see whether anything else is about the weather. */
export function withoutGoods(text: string, goods: readonly GoodsMatch[]): string {
  let rest = text;
  for (const match of goods) rest = rest.replace(new RegExp(literal(match.text), "giu"), " ");
  return rest;
}

const literal = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

// "send it to my place", "deliver them home": goods sent somewhere, never money sent to someone.
const SENDS_GOODS =
  /\b(?:send|deliver|bring|ship|drop)\s+(?:it|them|that|those|these|everything|all of it)\b/iu;
const MONEY = /[¥￥$]|\d\s*(?:块|元|yuan|rmb|bucks|kuai)\b|转账|\b(?:money|cash|transfer)\b/iu;

/** Whether a piece sends the goods it is about ("1 kg each send it to my place"), not money. */
export function sendsGoods(text: string): boolean {
  return SENDS_GOODS.test(text) && !MONEY.test(text);
}
