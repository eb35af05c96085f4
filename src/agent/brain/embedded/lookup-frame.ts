import { kindOfEntity } from "./kinds.ts";

// Look-up or action: a question about a thing ("离我公司最近的药店", "is there a KFC near my office",
// "一杯拿铁多少钱", "how much is a ride to the airport", "我公司地址是什么") asks to be told, not to
// have something ordered, booked or sent. It is a look-up unless the turn also holds a word that acts
// ("帮我点", "order", "get me", "book", "I'd like").

/** Words that make a turn an action whatever it asks ("帮我点", "order me", "I'd like", "来一杯"). */
const ACTS =
  /帮我|给我(?:来|点|买|送|订|叫)|替我|麻烦你?|^请|^(?:点|订|叫|买|来|要|送)|下单|就(?:点|订|买|要)|来[一两二三四五六七八九十几]\s*[杯份个瓶盒碗束张]|送(?!达)|寄(?:到|过来|来)|点(?:一|两|个|份|杯|些|几|了)|外卖|\b(?:please|pls|plz)\b|^(?:(?:can|could|would) you\s+)?(?:order|book|get|buy|send|bring|call|deliver|grab|reserve|pay|transfer)\b|\b(?:get me|order me|book me|i want|i'd like|i would like|i'll have|i'll take|can i get|can i have|could i get|i need)\b|\bdeliver(?:ed|y)?\b|\border\b(?! (?:status|history))/iu;

/** Asking what something costs ("多少钱", "什么价", "how much is", "the price of"). */
const PRICE =
  /多少钱|几块钱?|什么价|啥价|价格|价钱|价位|贵不贵|贵吗|卖多少|多少一(?:杯|份|个|张|瓶|盒|斤)|一(?:杯|份|个|张|瓶|盒|斤)多少|要多少|\bhow much\b|\bprice\b|\bcost(?:s)?\b|\bhow expensive\b|\bfare\b/iu;
// "how much money do I have", "这个月花了多少钱", "how much do I owe": balances and statements, not prices.
const NOT_A_PRICE =
  /余额|还剩|花了|消费|欠|退(?:了|款)|\bbalance\b|\bleft\b|\bspent\b|\bspend\b|\bowe\b|\brefund|how much (?:money )?(?:do|did|have|am) i\b|how much (?:longer|time)\b/iu;

/** Asking where a place is or whether there is one ("哪里有", "最近的", "有没有…吗", "is there", "nearest"). */
const PLACE =
  /哪里|哪儿|哪有|在哪|哪家|最近的|离.{0,8}最近|有没有|有什么|有啥|有哪些|附近|周边|旁边|边上|楼下|周围|[^\s]{1,12}有.{1,12}[吗嘛][?？]?$|\bwhere\b|\bis there\b|\bare there\b|\bany\b.{0,30}\b(?:near|around|by|close)\b|\bnearest\b|\bclosest\b|\bnear (?:me|my|here|home|the office|work|us|the)\b|\baround (?:here|me|my|home|the office|work)\b|\bclose to\b/iu;
/** A shop or kind of place named with words rather than a brand ("药店", "pharmacy", "noodle places"). */
const PLACE_NOUN =
  /店|馆|铺|药房|超市|便利店|餐厅|饭店|商场|市场|\b(?:shops?|stores?|pharmac(?:y|ies)|drugstores?|restaurants?|caf[eé]s?|places?|spots?|supermarkets?|markets?|florists?|bakery|bakeries|joints?)\b/iu;

/** Asking for a saved address ("我公司地址是什么", "what's my home address", "我存了哪些地址"). */
const ADDRESS_WORD = /地址|\baddress(?:es)?\b/iu;
const ADDRESS_CHANGE =
  /改(?:成|为|一下|下)?|换(?:成|为)|更新|修改|设(?:成|为|置)|\b(?:change|update|set|edit|replace|move)\b/iu;

const TO_SAVED_PLACE =
  /(?:改(?:成|为|到)?|换(?:成|为|到)?)\s*(?:我的?)?(?:家|家里|公司|单位|办公室)(?:的地址)?(?:吧|哦|啊|呀|哈)?[。！!.]*$|\b(?:to|for)\s+(?:my\s+|the\s+)?(?:home|office|work|place)(?:\s+(?:please|instead|thanks))?[.!]*$/iu;

export type LookUp = "price" | "place" | "address" | "address_change";

/** Whether the turn holds a word that acts (orders, books, sends). */
export function actsOn(text: string): boolean {
  return ACTS.test(text.trim());
}

/** Whether the turn asks what something costs, with nothing to act on. */
export function asksPrice(text: string): boolean {
  return PRICE.test(text) && !NOT_A_PRICE.test(text) && !actsOn(text);
}

/**
 * Whether the turn asks where a place is or whether there is one, about `thing` (a shop, a kind of
 * thing sold, a dish): a place word or a brand is enough; a dish or kind needs a word of nearness or
 * "where" ("dumplings near home", "哪里有卖水果的").
 */
export function asksPlace(text: string, thing: "shop" | "goods" | "none"): boolean {
  if (!PLACE.test(text) || actsOn(text) || asksPrice(text)) return false;
  if (thing === "shop" || PLACE_NOUN.test(text)) return true;
  return (
    thing === "goods" &&
    /哪|最近|附近|周边|旁边|边上|楼下|周围|\b(?:where|near|nearest|closest|around|close)\b/iu.test(text)
  );
}

/** "地址改成家", "change the address to my office": the order's address moved to a saved place. */
export function movesToSavedPlace(text: string): boolean {
  return ADDRESS_WORD.test(text) && TO_SAVED_PLACE.test(text.trim());
}

/** Whether the turn asks for a saved address, or to change one. */
export function addressAsked(text: string): "address" | "address_change" | undefined {
  if (!ADDRESS_WORD.test(text)) return undefined;
  if (!/家|公司|单位|办公室|\b(?:home|office|work|saved|my)\b|我的?|存/iu.test(text)) return undefined;
  // "送到公司地址" / "deliver to my office address": an order's destination, not a question.
  if (
    /送到|送去|寄到|送过来|\bdeliver|\bsend (?:it|them)\b|\border\b|打车|叫车|\b(?:ride|taxi|cab)\b/iu.test(
      text,
    )
  )
    return undefined;
  if (actsOn(text)) return undefined;
  // "地址改成家", "change the address to my office": where this order goes, one of the saved places —
  // not a saved address rewritten (that names a new street).
  if (TO_SAVED_PLACE.test(text.trim())) return undefined;
  if (ADDRESS_CHANGE.test(text)) return "address_change";
  // "地址是家" tells where an order goes; only a question asks what is saved.
  return ADDRESS_QUESTION.test(text) ? "address" : undefined;
}

const ADDRESS_QUESTION =
  /是什么|是啥|是哪|在哪|哪些|哪个|多少|什么地址|吗|[?？]|查|看看|告诉我|\b(?:what|which|where|show|tell|list|remind)\b/iu;

const GOES_THERE =
  /打车|叫车|打的|约车|导航|怎么走|怎么去|咋走|路线|\b(?:ride|taxi|cab|uber|directions?|route|how (?:do|can) i get|take me)\b/iu;

// "杭州东站在哪", "西湖文化广场在什么位置": where a named place is — not something of the user's on its
// way ("我的外卖到哪了", "司机在哪"), which is a status.
const WHERE_IS =
  /^(?![\s\S]*(?:我|你|司机|骑手|师傅|车|单|外卖|快递|包裹|票))[\p{Script=Han}A-Za-z0-9·()（） ]{2,24}?(?:在哪(?:里|儿)?|在什么(?:位置|地方)|的位置|位置在哪)[吗呢啊呀]?[?？]?$/u;

/**
 * Whether a turn asks where (or whether) there is a shop or a place selling something, by the things
 * it names: a brand or a kind sold in its own shops ("药", "flowers") is a shop; a dish or kind of
 * food is goods. Going there (a ride, the way) is no look-up of the place.
 */
export function placeLookUp(
  entities: readonly { entity: { kind: string; id: string; zh: string }; score: number }[],
  text: string,
): boolean {
  if (GOES_THERE.test(text)) return false;
  if (WHERE_IS.test(text.trim())) return true;
  const named = entities.filter((match) => match.score >= 0.8);
  const shop = named.some(
    (match) =>
      match.entity.kind === "merchant" ||
      (match.entity.kind === "category" && kindOfEntity(match.entity)?.shop !== undefined),
  );
  const goods = named.some((match) => match.entity.kind === "item" || match.entity.kind === "category");
  return asksPlace(text, shop ? "shop" : goods ? "goods" : "none");
}
