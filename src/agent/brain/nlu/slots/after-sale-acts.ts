/**
 * After-sale dialogue acts, by rule: what went wrong with something already bought. Rules, not the
 * intent classifier, because a complaint names the very thing it is about ("奶茶洒了" names a milk
 * tea) and a classifier reads it as an order for it.
 */

/** What the user reports: a delivery problem, a ride problem, a ticket refund, or just "refund it". */
export type AfterSaleKind =
  | "spilled"
  | "missing_item"
  | "wrong_item"
  | "quality"
  | "late"
  | "detour"
  | "lost_item"
  | "ticket_refund"
  | "refund";

const TICKET_CHANGE =
  /改期|延期|推迟了|换了?时间|(?:演出|活动|比赛|演唱会|话剧)(?:被)?取消了|取消了(?:演出|活动|比赛)|退票|\bresched|\bpostpon|\b(?:show|concert|event|match|performance|gig) (?:was |got |has been )?(?:cancell?ed|moved|rescheduled)|\brefund (?:my |the |our )?tickets?\b|\bticket refund\b/iu;
const DETOUR =
  /绕路|绕远|绕了|多绕|故意绕|\bdetour|\b(?:took|taking|drove) (?:the |a )?(?:long|longer|roundabout) (?:way|route)\b|\blonger route\b/iu;
const LOST_ITEM =
  /(?:落|忘|丢|掉)(?:在)?(?:了)?(?:出租车|网约车|车)(?:上|里)|东西落在|\bleft (?:my|a|an|the) [\w ]{1,24} in (?:the|his|her|your) (?:car|taxi|cab)\b|\blost (?:my|a|an) [\w ]{1,24} in (?:the|a) (?:car|taxi|cab)\b|\blost (?:and found|item)\b/iu;
const SPILLED = /洒|撒了|撒出|漏了|漏出|漏液|\bspill|\bleak/iu;
const MISSING =
  /少送|漏送|少了|没送|没有送|缺了|只(?:送了|到了|来了|收到了?)[0-9一两二三四五六七八九]|\bonly (?:one|two|three|\d+) (?:of )?(?:the |my )?(?:\w+ ){0,6}(?:arrived|came|showed up|got here|was in)\b|\bonly (?:got|received) (?:one|two|three|\d+)\b|\bmissing\b|\bdidn'?t (?:get|come|receive|arrive)\b|\bforgot (?:the|my)\b|\bwasn'?t in the bag\b|\b(?:came|arrived|showed up|got here|was delivered|were delivered) without\b/iu;
const WRONG =
  /送错|不是我点的|给错|拿错|\bwrong (?:item|order|drink|food|one|dish|flavou?r)\b|\bnot what i ordered\b|\bgot the wrong\b|\bgot (?:my|the|our) (?:\w+ )?(?:order|drink|coffee|food|meal) wrong\b|\b(?:was|were|is|came) (?:the )?wrong\b/iu;
const QUALITY =
  /坏了|变质|不新鲜|馊|异物|头发|虫子|凉了|冷掉|难吃|发霉|是凉的|凉的|冰凉|不热|温吞|难喝|不好喝|不好吃|太咸|太齁|\bawful\b|\bterrible\b|\bdisgusting\b|\bgross\b|\btast(?:ed|es) (?:bad|off|weird|awful|burnt)\b|\blukewarm\b|\bwatery\b|\bsoggy\b|\bburnt\b|\bstale\b|\bspoiled\b|\brotten\b|\bmou?ldy\b|\bwent off\b|\bhair in\b|\bcold\b|\binedible\b|\bquality\b/iu;
// Said only of something that was brought: "送了这么久才到", "it came way late".
const DELIVERED_LATE =
  /(?:这么|好|很|半天)久才(?:到|送到|送来)|[0-9一二两三四五六七八九十几半]+\s*个?(?:半)?(?:小时|钟头)才(?:到|送到|送来)|\b(?:came|arrived|showed up|got here) (?:way |so |really |very )?late\b|\btook (?:forever|ages|over an hour) to (?:arrive|come|get here)\b/iu;
const LATE =
  /超时|迟到|太慢|晚了\s*[0-9一二两三四五六七八九十几半]+\s*(?:个)?(?:分钟|小时)|晚到|(?:等了|过了)\s*[0-9一二两三四五六七八九十几半]+\s*(?:分钟|小时)(?:还没|都没)|\b\d+\s*(?:min(?:ute)?s?|hours?) late\b|\b(?:is|was|are|were|running|arrived|came) (?:very |so |really )?late\b|\blate delivery\b|\bway too late\b/iu;
// "退钱", "退那一个的钱", "退一份的钱": money asked back, for a part said between.
export const REFUND =
  /退款|退(?:[^，。,.!！?？\s钱]{0,5}的)?钱|退(?:一半|部分|点|些)钱|退货|退一半|\brefund|\bmoney back\b/iu;
const CANCEL = /取消|\bcancel/iu;
// A late complaint is about an order ("我要迟到了" is not); these say it is.
const ORDER_WORDS =
  /订单|外卖|这单|上一单|骑手|送餐|配送|\border\b|\bdelivery\b|\brider\b|\bfood\b|\bcoffee\b|\bmeal\b/iu;

/** The after-sale act of a turn, most specific first; undefined when the turn reports none. */
export function afterSaleKind(text: string): AfterSaleKind | undefined {
  if (TICKET_CHANGE.test(text)) return "ticket_refund";
  // "别绕路" / "no detours" tell a driver what not to do; they report nothing.
  if (
    DETOUR.test(text) &&
    !/[别不]要?绕|不许绕|\b(?:don'?t|do not) (?:take a )?detour|\bno detours?\b/iu.test(text)
  )
    return "detour";
  if (LOST_ITEM.test(text)) return "lost_item";
  if (SPILLED.test(text)) return "spilled";
  if (WRONG.test(text)) return "wrong_item";
  if (MISSING.test(text)) return "missing_item";
  if (QUALITY.test(text)) return "quality";
  if ((LATE.test(text) && ORDER_WORDS.test(text)) || DELIVERED_LATE.test(text)) return "late";
  if (REFUND.test(text) && !CANCEL.test(text)) return "refund";
  return undefined;
}

// A state of goods, never an option wanted ("要凉的", "a cold brew" are orders).
const SAID_OF_GOODS =
  /(?:是|都是|全是)凉的|凉了|冷掉|变质|馊|发霉|难吃|难喝|不新鲜|压坏|坏了|\b(?:was|were|is|are) (?:stone |ice |really |totally |all )?cold\b|\bsoggy\b|\bstale\b|\bspoiled\b|\brotten\b|\bmou?ldy\b|\btasted (?:bad|off|weird|awful|burnt)\b|\bhair in\b|\bsquashed\b|\bcrushed\b/iu;
// Said of something already brought: "昨天的", "上次", "送来", "yesterday's".
const ALREADY_BROUGHT =
  /昨天|前天|上次|上回|刚才|刚刚|送来|送到的|收到的?|\byesterday\b|\blast (?:night|time)\b|\bearlier\b|\b(?:arrived|got here|showed up)\b/iu;

/**
 * Kinds a turn may name on its own without other after-sale words ("the driver took a detour"), and
 * the state of goods already brought ("昨天的两个巨无霸都是凉的").
 */
export function isAfterSaleReport(text: string): boolean {
  const kind = afterSaleKind(text);
  if (kind === "quality" && SAID_OF_GOODS.test(text) && ALREADY_BROUGHT.test(text)) return true;
  return kind === "ticket_refund" || kind === "detour" || kind === "lost_item" || kind === "late";
}
