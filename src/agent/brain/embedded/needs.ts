import type { Intent } from "../nlu/intents.ts";
import { normalizeText } from "../nlu/normalize.ts";
import { extractLaterAct, type LaterActSlot } from "../nlu/slots/later-acts.ts";
import { onlyHowWords } from "../nlu/slots/options.ts";
import { extractSavedEnds } from "../nlu/slots/places.ts";
import { ARRIVAL_ONLY_ZH } from "./arrival-words.ts";
import { unsupportedIn } from "./declined-parts.ts";
import { boughtGoods, sendsGoods, withoutGoods } from "./goods-words.ts";
import type { Understanding } from "./skills/context.ts";
import { saysBeforeShow } from "./skills/show-relative.ts";
import { areaOf } from "./skills/ticket-draft.ts";

// One message, several needs ("点杯喜茶，再叫个车去公司", "pay bob 50 and order me a coffee", "买杯咖啡
// 顺便查下明天天气"): the message is cut at its clause breaks and connectives, each piece is read on
// its own, and pieces are glued back into needs. A piece starts a need of its own only when it asks
// for a service by itself (a car, money sent, tickets, something to buy, a reminder, the weather, a
// route) and that service differs from the need before it; anything else — an item list ("two
// lattes and a muffin"), an address ("送到家"), a wish ("要挨着坐"), a time — belongs with its
// neighbour. Two rides or two transfers, each with its own verb and target, are two needs.

/** The services a need can ask for; `none` is a piece that cannot stand alone. */
export type Service =
  | "order"
  | "ride"
  | "transfer"
  | "tickets"
  | "remind"
  | "weather"
  | "route"
  | "info"
  | "unsupported"
  /** A complaint about something delivered, to be compensated ("拿铁洒了，帮我申请赔偿"). */
  | "claim"
  /** Something to buy named without a verb ("和一个可颂", "and eggs"): an order, or a list's next entry. */
  | "item"
  | "none";

/** One need of a message: its words (an exact span of the message) and its service. */
export interface Need {
  text: string;
  service: Service;
}

/** Reads a piece of text as the NLU does (the brain passes its own classifier and resolver). */
export type ReadPiece = (text: string) => Understanding & { resolved: Intent };

// Where a message may hold a second need: punctuation, spaces between Chinese words, connectives.
const BREAK =
  /[，,;；。!！?？\n]+\s*|(?<=\p{Script=Han}|\p{Emoji_Presentation})\s+(?=\p{Script=Han}|[a-z])(?!vs?\.?\s)|\s*(?:然后|顺便|还有(?![票货位座空多没吗的])|另外|并且|同时|以及|接着|之后再|外加|加上|再|[和跟](?=帮我|给我|叫|打车|订|转|查|提醒))|\s+(?:and(?!\s+a\s+half\b)|then|also|plus|after that|afterwards|as well as)\b\s*|\s*[&+]\s*/giu;

/** The message cut at every possible break; the pieces' texts join back to the message exactly. */
export function pieces(text: string): string[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(BREAK)) {
    const at = match.index ?? 0;
    if (at > 0 && at < text.length) cuts.push(at);
  }
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut > from) parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts.filter((part) => part.length > 0);
}

const RIDE_CUE =
  /[打叫约订喊]\s*(?:个|辆|台|一辆|一个)?\s*(?:出租|专|快|网约)?车|辆\s*(?:出租|专|快|网约)?车|[约订叫][^，。,.？?]{0,16}?(?:出发|走)的车|打的|\b(?:taxi|cab|uber|didi|ride|lift)\b|\b(?:get|book|call|order) (?:me |us )?(?:a |an )?car\b|\bcar (?:to|home|back)\b/iu;
const TRANSFER_CUE =
  /转账|转(?:给)?\s*\S{0,8}?\s*[0-9一二两三四五六七八九十百千]|还(?:给)?\S{1,6}?[0-9一二两三四五六七八九十百]|\b(?:send|pay|transfer|venmo|wire)\b/iu;
const REMIND_CUE = /提醒我|提醒一下|记得提醒|\bremind (?:me|us)\b|\bset (?:a |an )?reminder\b/iu;
const WEATHER_CUE =
  /天气|带伞|雨伞|\bumbrella\b|下雨吗|会下雨|会不会下雨|有雨吗|几度|多少度|气温|冷不冷|热不热|\bweather\b|\bforecast\b|\b(?:gonna|going to|will it) rain\b|\brain(?:ing)? (?:on|tomorrow|today|later)\b|\btemperature\b/iu;
const UMBRELLA = /带伞|雨伞|\bumbrella\b/iu;
// A trip said without a verb for the car ("明早7:40从家去公司 快车", "tomorrow 6:30am from home to
// the station, premier car"): a ride all the same when a car is named anywhere in it.
const CAR_NAMED = /车|打的|\b(?:car|cab|taxi|ride|uber|lift|premier|express|xl|6-seater|six-seater)\b/iu;
const ROUTE_CUE =
  /怎么走|怎么去|多久|多远|路线|几公里|\bhow (?:long|far)\b|\bhow (?:do|can) i get\b|\bdirections?\b|\broute\b/iu;
// Tickets said as such ("3 Lower Stand tickets for Eason"): a purchase of its own, not a seat wish.
const SAYS_TICKETS = /票|\btix\b|\btickets?\b/iu;
const TICKET_CUE = /票|[0-9一二两三四五六七八九十几]\s*张|\btix\b|\btickets?\b|\bseats?\b/iu;
// "点" of a clock time ("8点半") orders nothing.
const ORDER_CUE =
  /(?<![0-9一二两三四五六七八九十几]\s*)点(?![半钟整])|买|订|来[一两三四五六七八九十]?[杯份个瓶盒束袋碗]|外卖|\b(?:order|get me|grab|buy|deliver|bring)\b/iu;
// A ride "there" / "过去" goes where the need before it goes (the show): it is that need's ride.
const RIDE_THERE =
  /过去|去现场|去场馆|去那|送我(?:们)?过去|\bthere\b|\bover\b|\bto the (?:venue|show|concert|gig|game|match|stadium|theatre|theater|arena)\b|\b(?:for|before) the (?:show|concert|gig|game|match|performance|recital|play|film|movie|screening|start)\b|\bin time\b|按时|准时|赶(?:得)?上|开场前|开演前/iu;
const POINTS_BACK =
  /^(?:(?:please|pls|and|but)\s+)?(?:(?:send|deliver|bring|drop|get|ship)\s+(?:it|them|that|those|these|everything|all|the lot)\b|(?:arriving|delivered)\b|(?:deliver(?:ed)? )?(?:by|before|around|no later than)\s+(?:\d|noon|tonight|tomorrow|today|lunch|dinner|then)|(?:no more than|not more than|under|below|max(?:imum)?|at most|less than|within|keep it under)\s+[¥￥$]?\d|(?:just |but )?(?:not|no)\s+\w+(?:\s+(?:though|please|pls))?[.!]*$)/iu;
// Words a clause of options may hold besides them ("as a meal please", "都要少冰", "both with oat milk").
const HOW_FILLER =
  /的|都|要|请|吧|全部|[，,。.!！、]|\s|\b(?:as|and|with|please|pls|both|all|each|them|it|make|a|an|the|for|one|ones)\b/giu;
const CATALOGUE = new Set(["item", "category", "merchant"]);
const LEANS_BACK =
  /^(?:就)?(?:买|要|订|选|来)?(?:更)?(?:便宜|贵|好)(?:的|点的)?那(?:个|场|家|一个)(?:吧)?$|^(?:要|买|来|订)?(?:最便宜|最贵|便宜)?的?\s*[0-9一两二三四五六七八九十]+\s*张(?:票)?(?:就行|就好|吧)?$/u;
// Only where it goes: "地址是家里", "收货地址写公司", "到单位吧".
const ADDRESS_ONLY =
  /^(?:(?:收货|送货|配送)?地址(?:是|在|为|写|填)?|送(?:到|去|往)?|寄到|到)\s*(?:我|我们)?的?(?:家|家里|公司|单位|办公室)(?:吧|哦|啊|呀|哈)?[。！!.]*$/u;

const NOT_PUNCTUATION = /[^\p{P}\s]/u;
// "send to my office", "deliver to my home please": where the thing before goes, said without "it".
const ADDRESS_ONLY_EN =
  /^(?:(?:please|pls|and)\s+)?(?:send|deliver|bring|ship|drop off)\s+(?:over\s+)?(?:to|at)\s+(?:my|the|our)\s+(?:home|office|place|work|house|flat|apartment)(?:\s+(?:please|pls|thanks))?[.!]*$/iu;

/** The service a piece asks for by itself, or `none` when it leans on its neighbour. */
export function serviceOf(text: string, read: ReadPiece): Service {
  // The checks on the words alone come first: a piece they decide is never understood (read) at all.
  if (laterActOf(text) === "remind" || REMIND_CUE.test(text)) return "remind";
  if (unsupportedIn(text)) return "unsupported";
  const words = bare(text);
  // "send it to my office", "arriving tomorrow at 9:30", "no more than ¥2 apiece": where, when or for
  // how much the thing before goes — never a need of its own.
  if ([POINTS_BACK, ADDRESS_ONLY, ADDRESS_ONLY_EN, ARRIVAL_ONLY_ZH].some((pattern) => pattern.test(words)))
    return "none";
  // ", as a meal,", "，要套餐，", ", large, no sugar,": how the things before come, never a need of its own.
  if (onlyHowWords(words, HOW_FILLER)) return "none";
  // "be there 90 minutes before it starts", "开演前90分钟到现场": when the ride before (or after) it
  // goes, counted back from the show — never a need of its own, whatever a word of it nearly names.
  if (saysBeforeShow(words) && !RIDE_CUE.test(words)) return "none";
  // "买便宜那个", "两张", "最便宜的一张": which one or how many of what the need before asks for.
  if (LEANS_BACK.test(words)) return "none";
  // "!", "？", "。" (a message's end cut off as a piece): punctuation alone asks for nothing.
  if (!NOT_PUNCTUATION.test(text)) return "none";
  const nlu = read(text);
  const slots = nlu.slots;
  const intent = nlu.resolved;
  const catalogue = (slots.entities ?? []).some((match) => CATALOGUE.has(match.entity.kind));
  // A seat area said with no verb ("3 lower stand", "两张内场") is where to sit at the show before it,
  // never a thing to buy (a near match of "lower" is no flower) — unless the piece names its show
  // itself ("2 Floor tickets for Mayday", "周六的周杰伦来一张内场"): then it is that show's tickets.
  if (areaOf(text) && !ORDER_CUE.test(text) && !exactlyNamesGoods(slots.entities))
    return namesShow(slots.entities) || (intent === "buy_tickets" && SAYS_TICKETS.test(text))
      ? "tickets"
      : "none";
  // A pick from a list ("第一个", "the second one") answers the conversation, whatever its words.
  if ((slots.ordinal !== undefined || slots.reference === "that_one") && !RIDE_CUE.test(text)) return "none";
  // "file a claim for it", "帮我申请赔偿": a complaint about what came, never a new order of it.
  if (slots.afterSale && !ORDER_CUE.test(bare(text))) return "claim";
  if (
    intent === "payment" &&
    TRANSFER_CUE.test(text) &&
    (slots.recipient || slots.amountFen !== undefined) &&
    !sendsGoods(text)
  )
    return "transfer";
  // "加1份雨伞", "order an Umbrella and a Single Rose": an umbrella bought is no weather question.
  const goods = (slots.entities ?? []).filter((match) => ["item", "category"].includes(match.entity.kind));
  const bought = boughtGoods(text, goods) && !WEATHER_CUE.test(withoutGoods(text, goods));
  if ((intent === "weather" || UMBRELLA.test(text)) && WEATHER_CUE.test(text) && !bought) return "weather";
  // A car asked for is a ride unless the words name a thing of the catalogue as written: a near match
  // ("starts" for a Starbucks) is no order ("a car to get me there an hour before it starts").
  if (
    RIDE_CUE.test(text) &&
    !exactlyNamesGoods(slots.entities) &&
    (intent === "ride_hail" || nlu.confidence < 0.9)
  )
    return "ride";
  if (intent === "ride_hail" && slots.destination && nlu.confidence >= 0.8) return "ride";
  // Asking what is on and buying tickets for it are one need ("郎朗音乐会还有票吗，来一张").
  // "and 2 Family Buckets": a thing from the catalogue is no show, however sure the classifier is.
  if (
    (intent === "buy_tickets" || intent === "search_events") &&
    (TICKET_CUE.test(text) || (nlu.confidence >= 0.8 && !catalogue))
  )
    return "tickets";
  if (intent === "route" && ROUTE_CUE.test(text) && !catalogue) return "route";
  if (catalogue && !TICKET_CUE.test(text)) return ORDER_CUE.test(text) ? "order" : "item";
  if (
    intent === "order_delivery" &&
    ORDER_CUE.test(text) &&
    (slots.product || slots.order || nlu.confidence >= 0.9)
  )
    return "order";
  if (["wallet_balance", "order_status", "search_place"].includes(intent) && nlu.confidence >= 0.8)
    return "info";
  return "none";
}

/**
 * The act about time a piece is, exactly as slot extraction reads it (`extractSlots`' `later`: the
 * text normalised, case kept), without the rest of the understanding (the gazetteer, the classifier).
 */
export function laterActOf(text: string): LaterActSlot | undefined {
  return extractLaterAct(normalizeText(text, { keepCase: true }));
}

/** Whether the words name a thing of the catalogue as written (not a near match of another word). */
function exactlyNamesGoods(entities: Understanding["slots"]["entities"]): boolean {
  return (entities ?? []).some((match) => CATALOGUE.has(match.entity.kind) && match.method === "exact");
}

/** Whether a piece carries its own target: where a ride goes, whom money goes to, what to remind. */
function ownTarget(text: string, service: Service, read: ReadPiece): boolean {
  const slots = read(text).slots;
  if (service === "ride") return RIDE_CUE.test(text) && !!slots.destination && !RIDE_THERE.test(text);
  if (service === "transfer")
    return TRANSFER_CUE.test(text) && !!slots.recipient && slots.amountFen !== undefined;
  return service === "remind" && REMIND_CUE.test(text);
}

/**
 * The needs of a message, in the order said. One need when it asks for one thing (then its text is
 * the whole message). A ride "there" after tickets stays with the tickets (their skill books it).
 */
export function splitNeeds(text: string, read: ReadPiece): Need[] {
  const parts = pieces(text);
  if (parts.length < 2) return [{ text, service: "none" }];
  const needs: Need[] = [];
  let leading = "";
  for (const part of parts) {
    const read1 = serviceOf(part, read);
    // Words naming a thing, without a verb, after a reminder or a transfer belong to it ("remind me
    // to buy milk and eggs", "send bob 20 and li hua 30"); anywhere else they are an order.
    const listed = ["remind", "transfer"].includes(needs.at(-1)?.service ?? "");
    const last = needs.at(-1);
    // "pay li hua 35.5 for lunch and bob 20 for the cab": a payee and a sum with the verb left out
    // is the transfer's next payee, whatever its note names.
    const nextPayee =
      last?.service === "transfer" &&
      ELIDED_PAYEE.test(bare(part)) &&
      !OWN_VERB.test(bare(part)) &&
      !OTHER_VERB.test(bare(part));
    // "给李华转200，备注电影票": the note of a transfer is its words, never a need of its own.
    const noted = last?.service === "transfer" && NOTE_START.test(bare(part));
    const service: Service =
      nextPayee || noted ? "none" : read1 === "item" ? (listed ? "none" : "order") : read1;
    if (!last) {
      if (service === "none") leading += part;
      // "这周六下午看疯狂动物城2，两大一小，看完叫车回家": a show named before the ride is the tickets',
      // and the ride (there or back) goes with them.
      else if (service === "ride" && leading && namesEvent(leading, read))
        needs.push({ text: leading + part, service: "tickets" });
      // "Jay Chou on Saturday, 2 Lower Stand seats, oh and remind me…": a show named with its seats
      // before another need is a purchase of its own.
      else if (service !== "ride" && leading && TICKET_CUE.test(leading) && namesEvent(leading, read)) {
        needs.push({ text: leading, service: "tickets" });
        needs.push({ text: part, service });
      } else if (service !== "ride" && leadingRide(leading, read)) {
        needs.push({ text: leading, service: "ride" });
        needs.push({ text: part, service });
      } else needs.push({ text: leading + part, service });
      continue;
    }
    // Two rides (or transfers, reminders) each with its own verb and target are two needs.
    // Two shows, each named with its own tickets ("cheapest Lang Lang ticket + cheapest Beethoven 9
    // ticket"), are two purchases too.
    const twice =
      (["ride", "transfer", "remind"].includes(service) &&
        ownTarget(part, service, read) &&
        ownTarget(last.text, service, read)) ||
      (service === "tickets" && last.service === "tickets" && otherShow(part, last.text, read));
    const joins =
      service === "none" ||
      (service === last.service && !twice) ||
      (service === "ride" && last.service === "tickets" && !ownTarget(part, service, read));
    // "the latte arrived spilled, file a claim for it", "the fries from my last order were missing, I
    // want a refund": what is named before the claim is what went wrong, not a thing to buy.
    const complained =
      service === "claim" &&
      last.service === "order" &&
      (!ORDER_CUE.test(last.text) || !!read(last.text).slots.afterSale);
    if (complained) last.service = "claim";
    if (joins || complained) last.text += part;
    else needs.push({ text: part, service });
  }
  if (needs.length === 0) return [{ text, service: "none" }];
  return needs.map((need, index) => {
    const before = needs[index - 1];
    const there =
      need.service === "ride" && before
        ? (rideThere(need.text, before.text, read) ?? rideToWished(need.text, before.text, read))
        : undefined;
    return { ...need, text: (there ?? need.text).trim() };
  });
}

/** Whether a piece names a show with tickets asked, other than the one the need before it names. */
function otherShow(part: string, before: string, read: ReadPiece): boolean {
  const shows = (text: string) =>
    (read(text).slots.entities ?? [])
      .filter((match) => match.entity.kind === "event" && match.score >= 0.8)
      .map((match) => match.entity.id);
  const mine = shows(part);
  const theirs = shows(before);
  return (
    TICKET_CUE.test(part) && mine.length > 0 && theirs.length > 0 && !mine.some((id) => theirs.includes(id))
  );
}

/** Whether the words name a show of the world. */
function namesEvent(text: string, read: ReadPiece): boolean {
  return namesShow(read(text).slots.entities);
}

function namesShow(entities: Understanding["slots"]["entities"]): boolean {
  return (entities ?? []).some((match) => match.entity.kind === "event" && match.score >= 0.8);
}

/** Words before the first need that are a ride of their own: a trip with a car named. */
function leadingRide(text: string, read: ReadPiece): boolean {
  if (!CAR_NAMED.test(text) || ROUTE_CUE.test(text)) return false;
  const nlu = read(text);
  return !!nlu.slots.destination && ["ride_hail", "route"].includes(nlu.resolved);
}

// "再给Bob转200": a transfer with its own verb is a need of its own, not the last one's next payee.
const OWN_VERB = /转|\b(?:send|pay|transfer|venmo|wire)\b/iu;

// A transfer's note said in a piece of its own: "备注电影票", "附言：奶茶", "note: concert tickets".
const NOTE_START = /^(?:备注|附言|留言|注明|\b(?:note|memo|message|reference|remark)\b)/iu;
// "order me 2 americanos": a verb of another service is never a payee's name.
const OTHER_VERB = /^(?:order|get|grab|buy|book|call|remind|点|买|订|叫|来|提醒)/iu;

// A payee and a sum without a verb: "bob 20 for the cab", "李华30".
const ELIDED_PAYEE =
  /^(?:给\s*)?[\p{L}][\p{L}'.-]*(?:\s[\p{L}][\p{L}'.-]*)?\s*[¥￥]?\d+(?:\.\d+)?(?:\s*(?:块|元|yuan|rmb|bucks))?(?:\s|$|[，,。])/iu;

const PLACE_OF_LABEL = { home: ["家", "home"], office: ["公司", "the office"] } as const;

/**
 * A ride "there" after a need that goes somewhere ("点杯咖啡送公司，再叫个车过去"): the ride goes
 * where that need goes. Undefined when the ride names its own place or the need before names none.
 */
function rideThere(ride: string, before: string, read: ReadPiece): string | undefined {
  if (!RIDE_THERE.test(ride) || read(ride).slots.destination) return undefined;
  const slots = read(before).slots;
  const zh = /\p{Script=Han}/u.test(ride);
  const label = slots.addressLabel
    ? PLACE_OF_LABEL[slots.addressLabel as keyof typeof PLACE_OF_LABEL]
    : undefined;
  const place = slots.destination ?? (label ? label[zh ? 0 : 1] : undefined);
  if (!place) return undefined;
  return zh
    ? ride.replace(/过去|去现场|去那(?:里|儿|边)?/u, `去${place}`)
    : ride.replace(/\b(?:over )?there\b/iu, `to ${place}`);
}

/**
 * A ride that names no destination after words that say where the user wants to go ("周日想去西溪湿地
 * 天气咋样？晴天的话帮我约早上9点从家出发的车"): the ride goes there.
 */
function rideToWished(ride: string, before: string, read: ReadPiece): string | undefined {
  const own = read(ride).slots;
  if (own.destination || extractSavedEnds(ride).destination) return undefined;
  const wished = read(before).slots.destination;
  if (!wished || !/想去|要去|打算去|\bwant to go\b|\bheading\b|\bgoing to\b/iu.test(before)) return undefined;
  return /\p{Script=Han}/u.test(ride) ? `${ride}去${wished}` : `${ride} to ${wished}`;
}

// "…, oh" / "…，对了": an aside that leads into the next need ends the one before it, saying nothing.
const ASIDE_END = /[\s，,;；。!！]+(?:(?:oh|btw|by the way)\b|[哦噢]?对了|哦)[\s，,;；。!！]*$/iu;

/** The words of a need without the connective it began with ("，再叫个车去公司" → "叫个车去公司"). */
export function bare(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, " ")
    .replace(ASIDE_END, "")
    .replace(
      /^[\s，,;；。!！?？+&]*(?:(?:(?:oh|btw|by the way)\b|[哦噢]?对了|哦)[\s，,;；。!！]*)?(?:(?:and|then|also|plus|after that|afterwards|as well as)\b\s*)*(?:然后|顺便|还有|另外|并且|同时|以及|接着|之后再|外加|加上|[和跟](?=帮我|给我|叫|打车|订|转|查|提醒))?(?:再(?=[帮给叫打订买点查提转来]))?\s*/iu,
      "",
    )
    .replace(/[\s，,;；、]+$/u, "")
    .trim();
}
