import { isAfterSaleReport, REFUND } from "./after-sale-acts.ts";
import { parseNumber } from "./numbers.ts";
import { asksPastOrderAgain } from "./reorder-words.ts";

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  last: -1,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  "5th": 5,
  "6th": 6,
};

/** "第二个" → 2, "the second one" → 2, "option 3" → 3, "最后一个"/"the last one" → -1. */
export function extractOrdinal(text: string): number | undefined {
  const zh =
    /第\s*([0-9]+|[一二两三四五六七八九十]+)\s*(?:个|家|杯|款|张|项|种|条|场|辆|部|间|位|趟|支)?/u.exec(text);
  if (zh) return parseNumber(zh[1] as string);
  if (/最后(?:一|那)(?:个|家|杯|款|张|项|场|部|间|位|趟|支)|最后(?:面)?的?那(?:个|家|场|部)/u.test(text))
    return -1;
  const en =
    /\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)\s+(?:[a-z-]{3,12}\s+one|comed(?:y|ie)|crosstalk|drama|musical|opera|recital|stand-?up|symphon(?:y|ie)|orchestra|cinema|one|option|choice|place|shop|restaurant|item|cafe|café|store|show|showing|screening|session|performance|concert|gig|film|movie|event|game|match|play|teahouse|florist|bakery|pharmacy|venue|spot|branch)s?\b|\b(?:go with|pick|choose|take)\s+the\s+(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\b/iu.exec(
      text,
    );
  // "reorder my last one", "repeat the last one": the last order, not the last option listed.
  if (
    en &&
    !(/\b(?:my|previous)\s+last\b|\breorder\b|\brepeat\b|\bagain\b/iu.test(text) && /last/iu.test(en[0]))
  )
    return EN_ORDINALS[((en[1] ?? en[2]) as string).toLowerCase()];
  const numbered = /\b(?:number|option|no\.?|#)\s*(\d+)\b/iu.exec(text);
  if (numbered) return Number(numbered[1]);
  return undefined;
}

const SAME_AGAIN =
  /再(?:来|点|要|下)(?:一|1|两|2)?(?:杯|份|单|个|碗|盒|次)?(?:一样|同样)的|(?:一样|同样)的(?:再|也)(?:来|点|要|下)|(?:一样|同样)的(?:一|1)?(?:单|份|杯)?再(?:来|点|要|下)|(?:和|跟)(?:刚才|刚刚|上一单|前一单)(?:那单|那杯|那份)?一样|(?:常|经常|老|平时)(?:点|喝|买|吃)的(?:那个|那杯|那份|那家)?/u;

/** "就它了" / "that one" point at the item just shown; "上次那个" / "same as last time" at the last order. */
export function extractReference(text: string): "that_one" | "last_time" | undefined {
  if (
    /上次|上回|老样子|老规矩|照旧|跟以前一样|same as (last time|before)|the usual|my usual|what i (had|got) last time|last time|再(?:来|下|点)一单|再点一次|(?:和|跟)之前一样|\bsame (?:again|order|thing again|one again)\b|\bthe same again\b|\border (?:the |that )?same\b|\breorder\b|\brepeat (?:my |the |that )?(?:last |previous )?(?:\w+ )?order\b|\b(?:my )?(?:last|previous) order again\b|\bsame as (?:my |the |our )?(?:last|previous) (?:order|one)\b|\b(?:just )?like (?:my|the|our) (?:last|previous) order\b|\bsame [\w' ]{0,30}?(?:order|thing|one|as)\b[\w' ]{0,12}?\b(?:as )?(?:yesterday|last (?:night|week|time|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|this morning|before)\b|\b(?:like|as) (?:i (?:had|got|ordered) )?(?:yesterday|last night|last week)\b|昨天(?:那|的)?(?:一单|那单|点的|买的)|跟昨天一样|和昨天一样/iu.test(
      text,
    )
  ) {
    return "last_time";
  }
  // "再来一杯一样的", "同样的再点一份", "跟刚才那单一样", "我常点的那个拿铁": the order before, again.
  if (SAME_AGAIN.test(text) || asksPastOrderAgain(text)) return "last_time";
  if (
    /就(它|这个|那个|这家|那家|这款|要这个)了?|就选(它|这个|那个)|that one|this one|that's the one|go with (that|this|it)\b/iu.test(
      text,
    )
  ) {
    return "that_one";
  }
  return undefined;
}

/** Whether the user is changing something already said: "换成热的", "make it large", "no, two cups". */
export function isCorrection(text: string): boolean {
  if (changesMind(text.trim())) return true;
  return /^(?:那就|那)?(?:改|换)|换成|改成|换个|改为|还是要|不对|不是.{0,6}是|\bmake it\b|\bchange (it|that) to\b|\bswitch (it )?to\b|\binstead\b|^(no|actually|wait)[, ]/iu.test(
    text.trim(),
  );
}

const CANCEL =
  /不要了|算了|取消|别买了|不用了|不买了|不[转点订叫打发寄]了|别[转点订叫打发买]了|不需要了|不想要了|\bcancel\b|\bnever ?mind\b|\bnvm\b|\bscratch that\b|\bforget it\b|\b(?:don't|do not) (?:want|need|send|order|book|buy) (?:it|that|this|them)\b|\b(?:don't|do not|no longer) (?:want|need) (?:the|my|that|this) \w+(?: \w+)?(?: any ?more)?\s*$|\bscrap (?:that|it|the \w+(?: order)?)\b|\bcall (?:it|that) off\b/iu;
// Words that call off what was just said, and may go on to say what is wanted instead.
const SOFT_CANCEL = /^(?:算了|\bnever ?mind\b|\bnvm\b|\bscratch that\b|\bforget (?:it|that)\b)/iu;
// What the rest says when it asks for something instead: a count, or a word that asks or changes.
const WANTS_INSTEAD =
  /[0-9一二两三四五六七八九十]|要|换|改|送|\b(?:make|change|switch|instead|just|only|send|deliver|get|one|two|three|four|five|six|seven|eight|nine|ten)\b/iu;
const STILL_REFUSING = /不|别|没|\bno\b|\bnot\b|n't\b|\bnothing\b/iu;

/**
 * Whether the user calls something off: "不要了", "算了", "cancel", "never mind". "算了，要3份" and
 * "never mind, make it two" call off only the earlier words: they correct, not cancel.
 */
export function isCancel(text: string): boolean {
  const trimmed = text.trim();
  if (!CANCEL.test(trimmed)) return false;
  return !changesMind(trimmed);
}

// A clause that rules one thing out ("瑞幸咖啡就算了", "麦当劳的不要了"): something named, then the word.
const RULED_OUT_CLAUSE =
  /(?<=^|[，,。；;！!\s])[^，,。；;！!\s]{2,}?(?:的)?\s*(?:都|也|就)?\s*(?:算了|不要了|不用了)[吧啊哦呢了]*(?=$|[，,。；;！!\s])/gu;

/**
 * Whether the cancel words only rule out a thing named with them, in a turn that asks for something
 * else ("订汉堡两份，麦当劳就算了"): an exclusion inside an order, not calling anything off.
 */
export function cancelsOnlyWhatItExcludes(text: string): boolean {
  return isCancel(text) && !isCancel(text.replace(RULED_OUT_CLAUSE, " "));
}

/** "算了，要3份": a soft "never mind" followed by what is wanted instead. */
function changesMind(text: string): boolean {
  const soft = SOFT_CANCEL.exec(text);
  if (!soft) return false;
  const rest = text.slice(soft[0].length).replace(/[\s,，。.!！~～吧啊呀了嘛]+/gu, "");
  return rest.length >= 2 && WANTS_INSTEAD.test(rest) && !CANCEL.test(rest) && !STILL_REFUSING.test(rest);
}

const AFTER_SALE_PROBLEM =
  /洒了|撒了|漏了|洒出|少送|漏送|少了一|少了(?![0-9两二三四五六七八九十]+\s*(?:块|元|毛|分|岁|斤))(?:[0-9两二三四五六七八九十俩仨]|(?:杯|份|个|件|样|瓶|盒|碗|只|串|袋)(?!钱)|(?:点)?东西)|(?:那|这|上一?)单[^，。,.!?！？]{0,12}少了|送错|不是我点的|坏了|变质|不新鲜|馊了|有异物|有头发|吃出|投诉|差评|赔偿|赔(?:点|些|钱)|\bspilled\b|\bleak(?:ed|ing)\b|\bmissing\b|\bwrong (?:item|order|drink|food|one)\b|\b(?:was|were|is|came) (?:the )?wrong\b|\bdamaged\b|\bstale\b|\bspoiled\b|\bcomplain|\bcompensat|只(?:送了|到了|来了|收到了?|送到了?)\s*[0-9一两二三四五六七八九]|\bonly (?:one|two|three|\d+) (?:of )?(?:the |my )?(?:\w+ ){0,6}(?:arrived|came|showed up|got here)\b|\bgot (?:my|the|our) (?:\w+ )?(?:order|drink|coffee|food|meal) wrong\b/iu;

/**
 * Whether the user reports a problem with something already delivered or asks for money back on it
 * ("上一单的奶茶洒了", "the burger was missing", "帮我申请退款"): after-sale, never a new order.
 * Calling off an order that has not arrived ("取消订单并退款") is a cancellation, not this. Rides
 * ("the driver took a detour"), tickets ("演出改期了我要退票") and lateness are after-sale too.
 */
export function isAfterSale(text: string): boolean {
  if (AFTER_SALE_PROBLEM.test(text) || isAfterSaleReport(text)) return true;
  return REFUND.test(text) && !/取消|\bcancel/iu.test(text);
}

/** Whether a short reply agrees: "好的", "确认", "yes", "go ahead". Long sentences are requests, not confirmations. */
export function isConfirm(text: string): boolean {
  const trimmed = text.trim().replace(/[!！。.,，~～]+$/u, "");
  if (trimmed.length > 16) return false;
  return /^(好的?|好啊|好吧|行|可以|确认|确定|没问题|就这样|对|是的|嗯+|ok|okay|yes|yeah|yep|sure|confirm|go ahead|do it|sounds good|that works|perfect|please do)/iu.test(
    trimmed,
  );
}

/** Whether ticket buyers want adjacent seats: "连座", "坐一起", "seats together". */
export function wantsSeatsTogether(text: string): boolean {
  return /连座|挨着|坐一起|坐在一起|相邻|座位.{0,4}一起|seats? together|sit together|next to each other|adjacent seats|side by side/iu.test(
    text,
  );
}

// The shop said by its kind: "some other fruit place", "a different pharmacy", "别的水果店".
const SHOP_NOUN =
  "(?:shop|store|place|restaurant|merchant|pharmacy|drugstore|bakery|cafe|café|branch|outlet|supermarket|market|florist)";
const OTHER_SHOP_EN = new RegExp(
  `\\b(?:another|a different|some other|other|different)\\s+(?:[a-z]+\\s+){0,2}?${SHOP_NOUN}s?\\b|\\bnot (?:that|this|the same) (?:[a-z]+ )?${SHOP_NOUN}\\b`,
  "iu",
);

/** Whether the user wants the same thing from a different shop: "换一家", "try another shop". */
export function wantsAnotherShop(text: string): boolean {
  return (
    /换(一|个)?家|换个店|换别家|另一家|别的店|其他店|其它店|别家|(?:不要|别用|不用|不要用|别选|不选)(?:这|那)家|(?:换|要|找)(?:个|一个|一家)?(?:别的|其他|其它)[\u3400-\u9fff]{0,4}?(?:店|铺|药房|超市)|\bsomewhere else\b|\belsewhere\b/iu.test(
      text,
    ) || OTHER_SHOP_EN.test(text)
  );
}

/** Whether the user asks to pay or check out ("付款吧", "pay for it", "confirm the payment"). */
export function asksToPay(text: string): boolean {
  return /付款|支付|付钱|买单|结账|下单吧|扣款|\bpay\b|\bcheck ?out\b|\bconfirm\b|\bplace (the|my|this) order\b|\bcharge (it|me)\b/iu.test(
    text,
  );
}

/** Whether the user wants the same for less ("换便宜点的", "anything cheaper?"). */
export function wantsCheaper(text: string): boolean {
  return /便宜(一)?点|更便宜|太贵|有点贵|省点钱|\bcheaper\b|\btoo (expensive|pricey)\b|\bless expensive\b/iu.test(
    text,
  );
}

/** Whether the user wants it sooner ("有没有快一点的", "anything faster?"). */
export function wantsFaster(text: string): boolean {
  return /快(一)?点的|更快|太慢|送得快|\bfaster\b|\bquicker\b|\btoo slow\b|\bsooner\b/iu.test(text);
}
