import type { Intent } from "../nlu/intents.ts";
import { onlyShopKind } from "../nlu/shop-kind-words.ts";
import { asksPastOrderAgain } from "../nlu/slots/reorder-words.ts";
import { declinedPart, notOffered, unsupportedIn } from "./declined-parts.ts";
import { placeLookUp } from "./lookup-frame.ts";
import type { Understanding } from "./skills/context.ts";
import { showKindAsked } from "./skills/event-kinds.ts";
import { categoryOf } from "./skills/event-match.ts";
import { ingredientOf } from "./skills/ingredient-words.ts";
import { asksWhatWasOrdered, ORDER_COST_ASKED, RECENT_ORDERS_ASKED } from "./skills/past-order-status.ts";
import { menuAsked } from "./skills/shop-menu.ts";
import { REFUND_ASKED, SPENT_ASKED } from "./skills/spending.ts";
import { mealByTaste } from "./skills/taste-words.ts";
import { areaOf } from "./skills/ticket-draft.ts";
import { readsAsTransfer } from "./skills/transfer-reading.ts";

// Which intent a turn is acted on: the classifier's reading, corrected by what the catalogue, the
// event list and a few unmistakable words say (a show named with tickets is a purchase, a car asked
// for is a ride, a dish by name is an order).

/** Below this intent probability the brain asks instead of acting. */
export const CLARIFY_BELOW = 0.45;

/** Intents a complaint about a delivered order is mistaken for ("奶茶洒了，退款" is no new milk-tea order). */
export const AFTER_SALE_READINGS = new Set<string>([
  "order_delivery",
  "cancel_order",
  "order_status",
  "out_of_scope",
  "smalltalk",
  "payment",
  "ride_hail",
  "buy_tickets",
  "search_events",
  "route",
]);

// Asking after something already bought: "我的票出了吗", "where's my latte", "外卖到哪了".
export const STATUS_ASKED =
  /到哪|到了吗|出了吗|出票了|好了吗|怎么还没|进度|状态|\bwhere(?:'s| is| are)\b|\bstatus\b|\bhas my\b|\bis my\b|\bare my\b/iu;
// Tickets Dimple does not sell: flights, trains, buses, boats.
const TRAVEL_TICKETS =
  /机票|车票|火车|高铁|动车|船票|航班|\bflights?\b|\bplane\b|\btrain\b|\bbus\b|\bferry\b|\bairline\b/iu;
// Words for any kind of show ("周六有什么演出", "performances on Saturday").
const ANY_SHOW = /演出|表演|节目|\bperformances?\b|\bshows\b|\bevents?\b|\bwhat'?s on\b/iu;
export const TICKET_WORDS = /票|[0-9一二两三四五六七八九十几]\s*张|座位|入场|\btickets?\b|\bseats?\b/iu;

/** Whether the turn names an event of the world (by title in 《》 or by the gazetteer). */
export function namesShow(nlu: Understanding, text: string): boolean {
  const show = (nlu.slots.entities ?? []).some(
    (match) => match.entity.kind === "event" && match.score >= 0.8,
  );
  return show || /《[^》]{2,}》/u.test(text);
}

/** A show or a kind of show named ("有没有郎朗的音乐会"): a search for shows the classifier leans to is meant. */
export function namesShowOrKind(nlu: Understanding, text: string): boolean {
  return namesShow(nlu, text) || categoryOf(text) !== undefined;
}

/** Naming a show without asking for tickets: about the show, unless the turn is clearly something else. */
function showIntent(intent: Intent, text: string): Intent {
  // "下周有没有五月天": a band's name is no forecast; the weather only when a weather word is said.
  if (intent === "weather" && !WEATHER_WORDS.test(text)) return "search_events";
  return ["buy_tickets", "search_events", "route", "search_place", "ride_hail", "weather"].includes(intent)
    ? intent
    : "search_events";
}

// Playing music or video is something Dimple cannot do, even when a singer with a concert is named
// ("播放周杰伦的歌", "play some Jay Chou songs"): not a search for shows.
const PLAYBACK =
  /播放|放(?:一)?首|来(?:一)?首|听(?:一)?首|放(?:点|些)?(?:歌|音乐)|听(?:点|些)?(?:歌|音乐)|(?:听|放)[^，。,！？]{1,8}的歌|\bplay\b(?=.*\b(?:songs?|music|tracks?|album|playlist|radio|podcast|spotify|video)\b)|^(?:(?:can|could|would|will) you |please |pls )?play\b(?! (?:a|the) (?:game|match)\b)|(?:放|播)(?:一下|下)|\bplay music\b|\bput on (?:some )?(?:music|songs?)\b/iu;

// Waiting on something already ordered: "还要多久到", "how much longer for my coffee".
const WAITING_ON_ORDER =
  /还要多久|\bwhere(?:'s| is) (?:the|my) (?:car|driver|taxi|cab|rider|courier)\b|车到哪|\b(?:is|are) (?:the|my) (?:driver|rider|courier|car|taxi|cab|delivery guy)s? (?:close|near|nearby|here|coming|almost here|far)\b|(?:司机|骑手|师傅)(?:到哪|在哪|快到了吗|还有多远|还有多久)|多久(?:能)?(?:到|送到|送达)|怎么还没|how much longer|how long (?:until|till|before|for) (?:my|it|the)|when (?:will|does) (?:my|it|the) \w*\s*(?:arrive|get here|come)|\b(?:is|are) my \w+(?: \w+)? (?:on (?:its|the|their) way|coming|here yet)|\bwhere(?:'s| is) (?:it|my (?:\w+ )?order|my food)\b(?! (?:located|from))|\b(?:has|did) (?:it|my (?:\w+ )?order) (?:arrived?|come|shipped|left)\b|(?:现在|已经|送)?到哪(?:了|儿了|里了)|(?:送到|到)了(?:吗|没)/iu;
// Weather words: without one, a "weather" reading of a turn naming a kind of show is a misreading
// ("周日有足球赛吗" is about a match, not Sunday's sky).
const WEATHER_WORDS =
  /天气|下雨|雨|雪|温度|气温|度数|多少度|冷|热|晴|阴|伞|风|雾|霾|weather|rain|snow|umbrella|temperature|forecast|cold|hot|warm|sunny|cloudy|wind|degrees|jacket|coat/iu;
const TICKETS_CALLED_OFF =
  /^(?:帮我)?退票|把[^，。,]{0,12}?票(?:给我)?退(?:了|掉)?|票(?:帮我|给我)?退(?:了|掉)|\b(?:cancel|refund) (?:my |the |our |those |these )?[\w' -]{0,30}?(?:tickets?|bookings?)\b/iu;
const UMBRELLA_ASKED =
  /(?:要不要|需不需要|需要|用不用|得)带(?:把)?伞|带不带伞|\b(?:need|bring|take|pack) (?:an |my )?umbrella\b/iu;
// A yes-or-no question about the sky: "明天下雪不", "外面冷不冷", "周末晴吗", "下不下雨".
const WEATHER_YES_NO =
  /(?:下雨|下雪|有雨|有雪|降温|升温|刮风|起风|冷|热|晴|阴|凉)(?:吗|么|嘛|不|没|没有)[?？!！。~～]*$|(冷|热|晴|凉)不\1(?!闹)|下不下(?:雨|雪)|带(?:把)?伞(?:吗|么|不|没)[?？!！。]*$/u;
const REORDER_ASKED =
  /\breorder\b|\brepeat (?:my |the |that )?(?:last |previous )?(?:\w+ )?order\b|\bsame (?:again|order)\b|\border (?:the |that )?same\b|再(?:来|下|点)一单|再点一次/iu;
// Asking what is left, not sending: "还剩几块钱", "show me my wallet".
const BALANCE_WORDS =
  /余额|还剩|剩(?:多少|几)|钱包|零钱|\bbalance\b|\bwallet\b|how much (?:money )?(?:do i have|is left|have i got)/iu;

// Asking after one's own order by what it holds: "where's my coffee", "did my Pagoda order arrive".
const MINE_ASKED_AFTER =
  /\bwhere(?:'s| is| are)\s+(?:my|our)\s+(?!(?:home|office|house|place|car|keys?|phone|wallet)\b)[\w' ]{2,30}\??\s*$|\b(?:did|has|have|is|are)\s+(?:my|our)\s+[\w' ]{2,30}?\b(?:arrived?|come|been delivered|delivered|here yet|on (?:its|the|their) way|shipped)\b|我的.{1,10}?(?:到哪了|到了吗|送到了吗|到了没)/iu;

// Asking which shops there are: "which bubble tea shops deliver to my office?", "哪些奶茶店能送到公司".
const SHOPS_ASKED =
  /^(?:(?:so|ok|hey|hi),?\s+)?(?:which|what|are there any|is there any|any)\b[^?.,]{0,30}\b(?:shops?|stores?|places|restaurants?|cafes?|bakeries|pharmacies|florists?|supermarkets?)\b[^.,]{0,12}\b(?:deliver|near|nearby|around|close|open)\b|哪些[^，。,]{0,8}(?:店|超市|药店|餐厅)[^，。,]{0,6}(?:能送|送得到|可以送|附近|开着)/iu;

// Asking what is near ("a quiet cafe near my office", "where's the nearest hospital") without a
// word that orders, sends or books: a search of the map.
const NEARBY_ASKED =
  /附近|周边|周围|楼下|离我最近|最近的|\bnearest\b|\bnearby\b|\bnear (?:me|my|here|home|the office|work|us)\b|\bclose by\b|\bclosest\b|\baround here\b|\bin the area\b/iu;
const ORDERING_WORDS =
  /点|送|外卖|买|订|叫|打车|来[一两三杯份个瓶]|\b(?:order|deliver(?:ed|y)?|bring|buy|send|book|get me|taxi|cab|ride)\b/iu;

const RIDE_ASKED =
  /\b(?:taxi|cab|uber|didi|ride|xl|minivan|van|(?:\d|six|seven)[- ]seater)\b|打车|叫车|打的|叫个车|约车|网约车|滴滴|送(?:我|我们)(?:过去|去|到|回)|\btake (?:me|us) (?:to|home|back|there|over)\b|\bdrive (?:me|us)\b|\bpick (?:me|us) up\b|\b(?:premium|premier|comfort|comfortable|express|economy|private|business|big|bigger|large) car\b|\bbook (?:me |us )?(?:a |an )?car\b|^\s*(?:a |an |the )?car (?:from|to)\b|\b(?:need|want|get|grab) (?:me |us )?(?:a |an )?car\b|\b(?:one|two|a|an|\d) (?:big |bigger |large )?cars? for (?:the |all )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|us|me)\b/iu;
// A kind of car named is a car wanted ("明早8点 快车 从家去东站", "要专车").
const CAR_WANTED =
  /\b(?:need|want|like|get|book|call|order)\s+(?:me\s+|us\s+)?(?:a|an)\s+(?:ride|taxi|cab|car|uber|didi)\b|叫(?:个|辆|一辆)?车|打(?:个)?车|约(?:个|辆)?车|快车|专车|出租车|网约车|商务车/iu;
// A seat for a child in a car is no seat at a show ("a ride with a child seat").
const CAR_SEAT = /儿童座椅|安全座椅|宝宝座椅|\b(?:child|car|baby|booster|kid'?s?) seats?\b/iu;
const HOW_QUESTION = /\bhow\b|\bwhat\b|\bwhich\b|多久|多远|怎么|多少钱|几公里|\bcost\b|\bfare\b/iu;

// Travelling by one's own means, or weighing ways against each other ("骑车去白马湖", "cycle to Xixi",
// "地铁和打车哪个快", "is metro or taxi faster"): a question of routes, not a car to book.
const OWN_MEANS =
  /骑(?:车|行|单车|自行车|共享)|走路|步行|坐地铁|搭地铁|坐公交|\b(?:cycle|cycling|bike|biking|walk|walking|on foot|by metro|by subway|by bus)\b/iu;
const MODES_COMPARED =
  /哪个(?:更)?(?:快|近|省|便宜|好)|哪种(?:更)?(?:快|好)|还是.{0,6}(?:快|好|划算)|\b(?:faster|quicker|cheaper|better)\b.{0,30}\bor\b|\bor\b.{0,30}\b(?:faster|quicker|cheaper|better)\b/iu;
const BOOKING =
  /叫(?:个|辆|一辆)?车|约(?:个|辆)?车|帮我打|\b(?:book|call|get) (?:me |us )?(?:a |an )?(?:taxi|cab|car|ride|uber)\b/iu;

/** Whether a ride reading is really a question of how to get there on one's own or which way is best. */
function travelsOtherwise(text: string): boolean {
  return (OWN_MEANS.test(text) || MODES_COMPARED.test(text)) && !BOOKING.test(text);
}

/** The text without the places it names: "Longfor Binjiang Paradise Walk" is no walking. */
function withoutPlaceNames(
  text: string,
  entities: readonly { entity: { kind: string }; text: string }[],
): string {
  return entities
    .filter((match) => match.entity.kind === "poi")
    .reduce((rest, match) => rest.split(match.text).join(" "), text);
}

/** Gazetteer kinds that can only mean something to buy. */
export const CATALOGUE_KINDS = new Set(["item", "category", "merchant"]);

/**
 * The intent to act on. The classifier reads phrasing; the gazetteer knows the catalogue. When the
 * classifier is unsure or says "not something we do" about a turn naming a menu item, a shop or a
 * kind of food ("点个麦辣鸡腿堡", "a burger"), or asking for "the usual", it is an order.
 */
export function resolveIntent(nlu: Understanding, text = ""): Intent {
  const entities = nlu.slots.entities ?? [];
  if (PLAYBACK.test(text) && !TICKET_WORDS.test(text)) return "out_of_scope";
  // A train ticket, a hotel or a restaurant table asked for as the whole request: no service here
  // offers it, so it is declined by name — never tickets to a play or a delivery in its place.
  if (notOffered(text) && !namesShow(nlu, text) && !declinedPart(text) && !RIDE_ASKED.test(text))
    return "out_of_scope";
  if (readsAsTransfer(text, nlu.slots)) return "payment";
  // "把我周杰伦的票退了", "cancel my Mayday tickets": a booking called off, not another one bought.
  if (TICKETS_CALLED_OFF.test(text) && !/规则|政策|吗|能不能|可不可以|\bcan i\b|\bpolicy\b|\?/iu.test(text))
    return "cancel_order";
  // "看看明天要不要带伞", "do I need an umbrella tomorrow": the forecast, whatever else the words sound like.
  if (UMBRELLA_ASKED.test(text) && !RIDE_ASKED.test(text)) return "weather";
  if (WEATHER_YES_NO.test(text.trim()) && !RIDE_ASKED.test(text) && !ORDERING_WORDS.test(text))
    return "weather";
  // "帮我买去上海的高铁票", "订个酒店": travel and stays Dimple cannot book (a show's name inside
  // "上海" is no show), unless a car is what is asked ("taxi to my flight").
  if (unsupportedIn(text)?.key === "travel" && !RIDE_ASKED.test(text)) return "out_of_scope";
  // "repeat my coffee order", "再来一单": ordering again, not asking where an order is.
  if (
    (REORDER_ASKED.test(text) || asksPastOrderAgain(text)) &&
    ["order_status", "out_of_scope", "smalltalk"].includes(nlu.intent)
  )
    return "order_delivery";
  // "japanese food for the two of us at home, 120 max", "halal lunch to the office": a meal asked by
  // its taste, to a place or within a budget, is an order.
  if (mealByTaste(text) && ["out_of_scope", "smalltalk"].includes(nlu.intent)) return "order_delivery";
  // "这个月花了多少", "did I get my money back?": a question about the statement, never an order of
  // whatever it names ("花" is no flower here, "coffee" no latte).
  if (SPENT_ASKED.test(text) || REFUND_ASKED.test(text)) return "wallet_balance";
  if (RECENT_ORDERS_ASKED.test(text) || ORDER_COST_ASKED.test(text)) return "order_status";
  if (CAR_SEAT.test(text) && RIDE_ASKED.test(text) && !HOW_QUESTION.test(text)) return "ride_hail";
  // "I don't need the car anymore", "不转了": calling something off, whatever the classifier made of it.
  if (nlu.slots.cancel && ["out_of_scope", "smalltalk"].includes(nlu.intent)) return "cancel_order";
  // "where's my coffee?", "did my fruit order arrive?": something of the user's on its way, not a place.
  if (MINE_ASKED_AFTER.test(text) && !NEARBY_ASKED.test(text)) return "order_status";
  // "我刚才点的啥来着", "刚才那单买的是什么": what the user's own order holds, answered from it.
  if (asksWhatWasOrdered(text)) return "order_status";
  // "which bubble tea shops deliver to my office?": a question about shops, answered with a list.
  if (SHOPS_ASKED.test(text) && !nlu.slots.amountFen) return "search_place";
  // "离我公司最近的药店", "is there a KFC near my office": a question about a place, no order.
  if ((placeLookUp(entities, text) || menuAsked(entities, text)) && !nlu.slots.destination)
    return "search_place";
  if (
    NEARBY_ASKED.test(text) &&
    !ORDERING_WORDS.test(text) &&
    ["out_of_scope", "order_delivery", "route", "smalltalk"].includes(nlu.intent) &&
    !nlu.slots.destination
  )
    return "search_place";
  // "burger for lunch, anywhere but McDonald's": something to eat with a shop ruled out is bought
  // elsewhere — the shop named is no place asked about.
  if (
    nlu.intent === "search_place" &&
    (nlu.slots.order?.exclusions ?? []).some((exclusion) => exclusion.kind === "merchant") &&
    entities.some((match) => match.entity.kind === "item" || match.entity.kind === "category") &&
    !NEARBY_ASKED.test(text) &&
    !/\bwhere\b|哪/iu.test(text)
  )
    return "order_delivery";
  // "订两份关东煮套餐，地址是家里", "我想要一束康乃馨花束，地址是单位": goods named as written, counted,
  // with where they go and nothing asked about places — an order, not a look for shops.
  if (
    nlu.intent === "search_place" &&
    nlu.slots.quantity !== undefined &&
    nlu.slots.addressLabel !== undefined &&
    entities.some((match) => ["item", "category"].includes(match.entity.kind) && match.method === "exact") &&
    !NEARBY_ASKED.test(text) &&
    !/\bwhere\b|\bwhich\b|哪|[?？]|有没有|吗/iu.test(text)
  )
    return "order_delivery";
  const place = entities.some((match) => match.entity.kind === "poi" && match.score >= 0.8);
  if (
    WAITING_ON_ORDER.test(text) &&
    !place &&
    ["route", "order_delivery", "ride_hail", "out_of_scope", "search_place"].includes(nlu.intent)
  )
    return "order_status";
  // "ride to the airport this Friday night": a ride asked for with a time, no weather word.
  if (nlu.intent === "weather" && !WEATHER_WORDS.test(text) && RIDE_ASKED.test(text)) return "ride_hail";
  // "下周有没有五月天": a show named with no weather word is about the show ("天" of a band's name is no sky).
  if (
    nlu.intent === "weather" &&
    !WEATHER_WORDS.test(text) &&
    (categoryOf(text) || showKindAsked(text) || ANY_SHOW.test(text) || namesShow(nlu, text))
  )
    return namesShow(nlu, text) && TICKET_WORDS.test(text) ? "buy_tickets" : "search_events";
  if (
    BALANCE_WORDS.test(text) &&
    ["payment", "out_of_scope", "smalltalk"].includes(nlu.intent) &&
    !nlu.slots.recipient
  )
    return "wallet_balance";
  // A show named by its title ("《浙江队 vs 上海申花》", "Joker Xue Extraterrestrial Tour") with
  // tickets or seats asked for is a ticket purchase, whatever else the sentence holds ("and a taxi").
  // A seat area of it said ("Mayday on Dec 6, 3 lower stand", "五月天 看台两张") asks for tickets too.
  if (namesShow(nlu, text)) {
    if (TICKET_WORDS.test(text) || areaOf(text)) return "buy_tickets";
    // "mayday flowers to my home": an act's name that is also a word, beside goods named as written
    // and sent somewhere with nothing of a show said, is what the goods are for.
    const goods = entities.some(
      (match) => ["item", "category"].includes(match.entity.kind) && match.method === "exact",
    );
    const sent = nlu.slots.addressLabel !== undefined || ORDERING_WORDS.test(text);
    if (goods && sent && !ANY_SHOW.test(text) && !categoryOf(text)) return "order_delivery";
    return showIntent(nlu.intent, text);
  }
  // "来四张票", "2 seats for …" with nothing on a menu named: tickets, not a delivery of whatever a
  // word inside a team's name sounds like ("上海申花" is no flower).
  const menuItem = entities.some((match) => match.entity.kind === "item");
  // "a Big Mac from McDonald's to the office": a dish from a shop, delivered — not a trip from it.
  const origin = nlu.slots.origin?.toLowerCase();
  const fromShop = entities.some(
    (match) =>
      match.entity.kind === "merchant" && origin !== undefined && origin.includes(match.text.toLowerCase()),
  );
  // "anything from THE BEAST under 200 to the office?": whatever a shop sells, within a budget.
  const anyGoods = /\b(?:anything|something|whatever)\b/iu.test(text) || nlu.slots.budgetMaxFen !== undefined;
  if (
    (menuItem || (anyGoods && !RIDE_ASKED.test(text))) &&
    fromShop &&
    ["route", "ride_hail", "out_of_scope", "search_place", "smalltalk"].includes(nlu.intent)
  )
    return "order_delivery";
  if (
    TICKET_WORDS.test(text) &&
    !TRAVEL_TICKETS.test(text) &&
    !menuItem &&
    ["order_delivery", "out_of_scope", "smalltalk", "search_place"].includes(nlu.intent)
  )
    return "buy_tickets";
  // "周六的话剧，来两张" / "Teahouse tomorrow, three tickets": a listing asked with a count of tickets is a purchase.
  if (nlu.intent === "search_events" && TICKET_WORDS.test(text) && nlu.slots.quantity !== undefined)
    return "buy_tickets";
  // "帮我找找周日的相声": a kind of show asked about, whatever the classifier made of the verb.
  if (
    (categoryOf(text) || showKindAsked(text) || ANY_SHOW.test(text)) &&
    !menuItem &&
    (nlu.intent === "out_of_scope" || nlu.intent === "smalltalk" || nlu.confidence < CLARIFY_BELOW)
  )
    return TICKET_WORDS.test(text) && !TRAVEL_TICKETS.test(text) ? "buy_tickets" : "search_events";
  if (
    ["ride_hail", "route", "out_of_scope", "smalltalk"].includes(nlu.intent) &&
    (nlu.slots.destination || nlu.slots.origin) &&
    travelsOtherwise(withoutPlaceNames(text, entities))
  )
    return "route";
  // "I need a ride from home to X": a car asked for outright, however sure the classifier is of a route.
  if (nlu.intent === "route" && CAR_WANTED.test(text) && !HOW_QUESTION.test(text)) return "ride_hail";
  // "get me a taxi to Chaoshan Mountain": a car asked for, with nothing to eat or drink named.
  const food = entities.some((match) => match.entity.kind === "item" || match.entity.kind === "category");
  if (
    RIDE_ASKED.test(text) &&
    !food &&
    !HOW_QUESTION.test(text) &&
    ["order_delivery", "route", "out_of_scope", "smalltalk", "search_place"].includes(nlu.intent) &&
    nlu.confidence < 0.95
  )
    return "ride_hail";
  // "明天凌晨5点半去机场", "3位乘客去东站", "a group of 6 to the airport": a trip with the clock time to set
  // off or the people going, nothing to eat and no question of how — a car, not a request Dimple cannot do.
  const party = (nlu.slots.party ?? 0) >= 2;
  if (
    (["out_of_scope", "smalltalk", "weather"].includes(nlu.intent) || (party && nlu.intent === "route")) &&
    nlu.slots.destination &&
    (nlu.slots.datetime?.timeKnown || party) &&
    !food &&
    !HOW_QUESTION.test(text) &&
    !WEATHER_WORDS.test(text)
  )
    return "ride_hail";
  if (nlu.intent === "order_delivery") return nlu.intent;
  // "snacks from the supermarket to my place": a kind of shop is where the thing is bought, not a start.
  if (
    food &&
    ["route", "ride_hail"].includes(nlu.intent) &&
    nlu.slots.origin &&
    onlyShopKind(nlu.slots.origin)
  )
    return "order_delivery";
  // "到我家，帮我叫2个汉堡": something to eat or drink is called for, and no car is named.
  if (nlu.intent === "ride_hail" && food && !RIDE_ASKED.test(text) && !/车|\bcar\b/iu.test(text))
    return "order_delivery";
  // "some mangoes to the office": something to eat sent to a saved place, with no car or way asked.
  if (
    food &&
    ["route", "ride_hail"].includes(nlu.intent) &&
    SENT_TO.test(text) &&
    !RIDE_ASKED.test(text) &&
    !HOW_QUESTION.test(text) &&
    !travelsOtherwise(withoutPlaceNames(text, entities))
  )
    return "order_delivery";
  // "taxi to West Lake", "叫个车去西湖": a car asked for is a ride, not directions.
  if (nlu.intent === "route" && nlu.confidence < 0.95 && RIDE_ASKED.test(text) && !HOW_QUESTION.test(text))
    return "ride_hail";
  // A dish or drink by name outweighs a lukewarm guess at another intent ("a latte to my office").
  if (
    food &&
    nlu.confidence < 0.6 &&
    !TICKET_WORDS.test(text) &&
    !entities.some((match) => match.entity.kind === "poi")
  )
    return "order_delivery";
  if (!isUnsure(nlu)) return nlu.intent;
  const named = entities.some((match) => CATALOGUE_KINDS.has(match.entity.kind));
  if (named || nlu.slots.reference === "last_time") return "order_delivery";
  // "anything with coconut jelly to my home": a thing wished for by what is in it, and sent somewhere.
  return ingredientOf(text) && (ORDERING_WORDS.test(text) || SENT_TO.test(text))
    ? "order_delivery"
    : nlu.intent;
}

const SENT_TO = /送到|送去|\bto (?:my|the|our) (?:home|office|place|work|flat|apartment)\b/iu;

/** Whether the catalogue vouches for an order the classifier was unsure about. */
export function catalogueVouches(nlu: Understanding): boolean {
  return (
    (nlu.slots.entities ?? []).some((match) => CATALOGUE_KINDS.has(match.entity.kind)) ||
    nlu.slots.reference === "last_time"
  );
}

/**
 * A car asked for outright ("Sunday at 8, a comfort car to X", "cab to the station"), with nothing
 * to eat or drink named and no question of how: vouches for the classifier's lukewarm guess of a ride.
 */
export function rideAsked(nlu: Understanding, text: string): boolean {
  const food = (nlu.slots.entities ?? []).some(
    (match) => match.entity.kind === "item" || match.entity.kind === "category",
  );
  return RIDE_ASKED.test(text) && !food && !HOW_QUESTION.test(text);
}

/** The classifier found nothing it does with confidence (or only small talk). */
export function isUnsure(nlu: Understanding): boolean {
  return nlu.intent === "out_of_scope" || nlu.intent === "smalltalk" || nlu.confidence < CLARIFY_BELOW;
}
