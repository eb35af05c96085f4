import { deliveryElsewhere } from "./delivery-place.ts";

const ZH_HOME =
  /(?:送到|送去|送回|送|到|回|去|在|从|改成|改到|换成|换到|地址是|地址改)(?:我)?(?:家里|家)(?![具电乐庭])|我家|家里|^家$/u;
const ZH_OFFICE = /公司|单位|办公室|工位/u;
const EN_HOME =
  /\b(?:to|at|from|get|go|head|back|ride|deliver(?:ed)?(?: it)?(?: to)?)\s+(?:my\s+)?(?:home|house|place|apartment)\b|\bhome\b/iu;
// "the office", "→ office", "office snack run", "…, office", "to work", "my workplace", "to my desk";
// not a post office or a box office.
const EN_OFFICE =
  /(?<!\b(?:post|box|ticket|head|front)\s)\boffice\b|\b(?:to|at|from|for)\s+(?:my\s+)?work(?:place)?\b|\bmy\s+(?:workplace|desk)\b|[,;:]\s*work\s*[.!]?$/iu;

// A saved place ruled out: "不是公司", "别送公司", "not the office", "instead of home".
const ZH_NOT_PLACE = /(?:不是|别|不要|不|而不是|不用)(?:送到?|送去)?(?:我)?$/u;
const EN_NOT_PLACE =
  /\b(?:not|never|instead of|rather than|but not)(?:\s+(?:to|at))?(?:\s+(?:the|my))?\s*$/iu;

function ruledOut(text: string, match: RegExpExecArray | null): boolean {
  if (!match) return false;
  // The match may start with its verb ("送到家"); what is ruled out is said before the place word.
  const before = text.slice(Math.max(0, match.index - 12), match.index);
  return ZH_NOT_PLACE.test(before) || EN_NOT_PLACE.test(before);
}

/** A saved-address label: 家/home or 公司/office. Home wins when both appear only as destination order is unknown. */
export function extractAddressLabel(said: string): "home" | "office" | undefined {
  // Someone else's place ("到她公司", "to her place") is not the user's saved one.
  const other = extractOtherPlace(said);
  const text = other ? said.replace(other, " ") : said;
  let home = ZH_HOME.exec(text) ?? EN_HOME.exec(text);
  let office = ZH_OFFICE.exec(text) ?? EN_OFFICE.exec(text);
  // "送到家，不是公司", "to my place, not the office": the one ruled out is no destination.
  if (home && office) {
    if (ruledOut(text, office)) office = null;
    else if (ruledOut(text, home)) home = null;
  }
  if (home && office) return home.index > office.index ? "home" : "office";
  if (home) return "home";
  if (office) return "office";
  return undefined;
}

// Where a place name stops: punctuation, a request verb, or a particle that closes the clause.
const ZH_STOP =
  "(?=现在|马上|立刻|立即|今天|明天|后天|今晚|明早|明晚|怎么|堵|拥堵|路况|顺路|顺便|途经|路上|中途|要多|多远|多久|多长|的路|的车|的出租|坐|打车|叫车|大概|有多|快车|专车|出租车|网约车|六座|七座|商务车|帮我|给我|我们|要能|要一?辆|要(?:快车|专车|出租车?|网约车|商务车|六座|七座)|天气|咋样|怎么样|\\s+(?=[\\p{Script=Han}0-9])|，|,|。|？|\\?|！|吗|呢|吧|$)";
const ZH_FROM_TO = new RegExp(`从([^，,。！!？?]{1,24}?)(?:到|去|回|至)(.{1,24}?)${ZH_STOP}`, "u");
// "从家出发，开场前一小时到奥体": the start said in its own clause.
const ZH_FROM_START = /从([^，,。！!？?\s]{1,12}?)(?:出发|走|上车)/u;
const ZH_TO = new RegExp(
  `(?:去(?![冰糖辣掉除])|到(?![了哪])|回(?![复答头])|前往|导航到|导航去|送我到)(.{1,24}?)${ZH_STOP}`,
  "u",
);
// "公司到东站", "西湖到杭州东站怎么走": a start said without 从, at the head of its clause. What
// stands before 到 is a place only when it is no doer, doing, time or count ("我到家了", "送到公司",
// "3点到5点", "今天到明天").
const ZH_BARE_FROM_TO = new RegExp(
  `(?:^|[\\s，,：:])([^\\s，,。！!？?：:]{1,12}?)(?:到|至)(?![了哪])(.{1,24}?)${ZH_STOP}`,
  "u",
);
const NOT_A_START =
  /[\d一二三四五六七八九十两半]|[我你他她它咱]|送|寄|快递|运|拿|带|搬|赶|来|去|回|走|跑|飞|等|买|想|要|能|会|直|改|换|转|今天|明天|后天|昨天|早上|上午|中午|下午|晚上|傍晚|凌晨|现在|马上|点|分|号|日|周|星期|月|年|时/u;
const NOT_A_PLACE = /^(哪|哪里|哪儿|什么|多少|了|这|那|这里|那里)$/u;
const EN_END_WORDS =
  "at|by|on|in\\s+\\d+|for|tomorrow|tonight|today|now|please|pls|plz|thanks|thx|asap|with|and|around|before|after|avoiding|avoid|via|right|take|takes|would|will|from|but|stop|stopping|so|when|if|under|below|within|without|using|during";
const EN_END = `(?=\\s+(?:${EN_END_WORDS})\\b|[,.?!]|$)`;
// Where a place said before a later "from" ends: "to the airport at 6:30 tomorrow, from home".
const EN_CUT = new RegExp(`\\s+(?:${EN_END_WORDS})\\b|[,.?!]`, "iu");
const EN_FROM_TO = new RegExp(`\\bfrom\\s+(.+?)\\s+to\\s+(.+?)${EN_END}`, "iu");
// "how far is X from home", "a taxi to the airport … from work": the destination first.
const EN_TO_FROM = new RegExp(
  `\\b(?:how far is(?: it)?(?: to)?|how far's|distance to|(?<!from .*)\\bto)\\s+(?!be\\b|get\\b|go\\b|drive\\b|walk\\b)(.+?)\\s+(?:(?:take|takes|is|would take)\\s+)?from\\s+(.+?)${EN_END}`,
  "iu",
);
const EN_TO = new RegExp(
  `\\b(?:to|towards|for)\\s+(?!(?:the\\s+|all\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s*(?:people|ppl|persons|pax|passengers|adults|guests|of us)\\b|be\\b|get\\b|go\\b|take\\b|pay\\b|eat\\b|see\\b|me\\b|buy\\b|pick\\b|collect\\b|drive\\b|walk\\b|ride\\b|travel\\b|reach\\b|head\\b|commute\\b|cycle\\b|bike\\b)(.+?)${EN_END}`,
  "giu",
);
// A time or a day where a place could stand ("for 6:45", "for next Monday 8am", "for tomorrow").
const WHEN_SAID =
  /^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s|$)|(?:tomorrow|tonight|today|next|this|noon|midnight|later|now|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/iu;
// The people going are a cue too: "6 of us to Lingyin Temple", "a group of 5 to the airport".
const EN_ROUTE_CUE =
  /\b(get|go|going|drive|ride|cab|taxi|car|uber|lift|directions?|route|navigate|way|head|take me|far|walk|passengers|pax|(?:group|party) of \w+|\w+ of us|(?:people|persons|ppl) to)\b/iu;

// How one travels, said next to a place ("从家走路到…", "坐地铁去…"): not part of the place's name.
const MODES_ZH =
  "走路|步行|开车|驾车|自驾|坐地铁|搭地铁|乘地铁|坐公交|搭公交|乘公交|坐公交车|坐出租车?|骑(?:个|辆)?(?:共享)?(?:单车|自行车|电动车|电瓶车|车)|骑行|打车|打的|(?:帮我)?(?:叫|打|约|喊|订)(?:个|辆|一辆|台)?(?:出租车?|专车|快车|网约车|车)";
const ZH_MODE = new RegExp(`^(?:${MODES_ZH})|(?:${MODES_ZH})$`, "gu");
// "bike home", "walk to": a way of travelling before the place is no part of its name.
const EN_MODE = /^(?:bike|cycle|walk|drive|ride|cab|taxi|uber|metro|subway|bus|transit)\s+(?:to\s+)?(?=\S)/iu;

const PURPOSE_ZH =
  /(?<=\S{2})(?:开会|上班|上课|上学|加班|玩儿?|看病|拿药|接人|接[我他她]|送人|吃饭|办事|逛街|逛逛|转转|看看|买东西|看电影|看展览?|看演出|看比赛|散步|拿东西|取东西|出差|面试|考试|报到|签到|坐飞机|赶飞机|坐高铁|赶火车|坐火车)$/u;

function clean(place: string | undefined): string | undefined {
  const value = place
    ?.replace(ZH_MODE, "")
    .replace(EN_MODE, "")
    .replace(/(?:出发|上车)?(?:的车)?$/u, "")
    // "去公司开会", "去医院看病": what one goes there to do is no part of the place.
    .replace(PURPOSE_ZH, "")
    .replace(/[的了]$/u, "")
    .trim();
  return value && !NOT_A_PLACE.test(value) ? value : undefined;
}

/** Origin and destination of a trip: "从西湖到杭州东站", "from West Lake to the airport", "去X", "to X". */
export function extractTrip(text: string): { origin?: string; destination?: string } {
  const trip = tripOf(text);
  if (trip.origin) return trip;
  // "I'm at Hangzhou East Station — a car home", "我在西湖边，叫个车回家": where the user is, the start.
  const here = (ZH_AT.exec(text) ?? EN_AT.exec(text))?.[1];
  const origin = clean(here);
  return origin && origin !== trip.destination ? { origin, ...trip } : trip;
}

// "我在想…", "我在开会" are doings, not places.
const ZH_AT =
  /我(?:现在|正)?在(?!想|考虑|犹豫|等|忙|开会|上班|加班|吃|喝|看|玩|睡|路上|做|写|学|听|找|排队)(.{2,16}?)(?=[，,。！!？?\s]|$)/u;
const EN_AT =
  /\bi'?m (?:at|in|near) (?:the )?(.{3,40}?)(?=\s*(?:[,;.!?—–-]|\s+(?:and|so|now|right now|can|could|get|please)\b|$))/iu;

function tripOf(text: string): { origin?: string; destination?: string } {
  const zhBoth = ZH_FROM_TO.exec(text);
  if (zhBoth) return withDefined(clean(zhBoth[1]), clean(zhBoth[2]));
  const start = ZH_FROM_START.exec(text);
  const rest = start ? ZH_TO.exec(text.slice(start.index + start[0].length)) : null;
  if (start && rest) return withDefined(clean(start[1]), clean(rest[1]));
  const enBoth = EN_FROM_TO.exec(text);
  if (enBoth) return withDefined(clean(enBoth[1]), clean(enBoth[2]));
  const bare = ZH_BARE_FROM_TO.exec(text);
  if (bare && !NOT_A_START.test(clean(bare[1]) ?? "我")) return withDefined(clean(bare[1]), clean(bare[2]));
  const enReversed = EN_TO_FROM.exec(text);
  if (enReversed) return withDefined(clean(enReversed[2]), clean(cutAtEnd(enReversed[1])));
  const zhTo = ZH_TO.exec(text);
  if (zhTo) return withDefined(undefined, clean(zhTo[1]));
  if (EN_ROUTE_CUE.test(text)) {
    // "a cab for 6:45 tomorrow to the airport": the time it is for is no place.
    EN_TO.lastIndex = 0;
    for (let enTo = EN_TO.exec(text); enTo; enTo = EN_TO.exec(text)) {
      if (!WHEN_SAID.test(enTo[1] as string)) return withDefined(undefined, clean(enTo[1]));
      EN_TO.lastIndex = enTo.index + 3; // the next "to" inside what was taken for a place
    }
  }
  return {};
}

function cutAtEnd(place: string | undefined): string | undefined {
  const end = place ? EN_CUT.exec(place) : null;
  return end && place ? place.slice(0, end.index) : place;
}

function withDefined(
  origin: string | undefined,
  destination: string | undefined,
): { origin?: string; destination?: string } {
  return { ...(origin ? { origin } : {}), ...(destination ? { destination } : {}) };
}

const ZH_SAVED = (word: string) => (word === "家" || word === "家里" ? "home" : "office");
const EN_SAVED = (word: string) => (/^(?:home|house|place|apartment)$/iu.test(word) ? "home" : "office");
const ZH_FROM_SAVED =
  /从(?:我|我们)?(家里|家|公司|单位|办公室)|(?:^|[\s，,：:])(家里|家|公司|单位|办公室)(?=到|至|回(?!复|答))/u;
const ZH_TO_SAVED = /(?:回|到|去|送我回|送我到)(?:我|我们)?(家里|家(?![具电乐庭])|公司|单位|办公室)/u;
const EN_FROM_SAVED = /\bfrom (?:my |the |our )?(home|house|place|apartment|office|work)\b/iu;
const EN_TO_SAVED =
  /\b(?:to|back|get me|take me|get us|take us|head|heading|go|going|ride|uber|taxi|cab|car|lift|xl|didi)\s+(?:back\s+)?(?:to\s+)?(?:my |the |our )?(home|house|place|apartment|office|work)\b|\b(home)\b/iu;

/**
 * The user's saved places a trip starts or ends at ("get me an Uber home", "from the office back
 * home", "从公司回家"), as labels: what the free place phrases miss when a saved place has no "to".
 */
export function extractSavedEnds(text: string): {
  origin?: "home" | "office";
  destination?: "home" | "office";
} {
  const zhFrom = ZH_FROM_SAVED.exec(text);
  const enFrom = EN_FROM_SAVED.exec(text);
  const origin = zhFrom
    ? ZH_SAVED((zhFrom[1] ?? zhFrom[2]) as string)
    : enFrom
      ? EN_SAVED(enFrom[1] as string)
      : undefined;
  // The destination is a saved place named after the origin's words, never the origin itself.
  const after = (match: RegExpExecArray | null) => (match ? match.index + match[0].length : 0);
  const rest = text.slice(Math.max(after(zhFrom), after(enFrom)));
  // …or before them: "a cab home from work", "get me to the office from home" — the words before the
  // "from", which holds the origin itself.
  const fromAt = Math.min(...[zhFrom, enFrom].map((match) => match?.index ?? text.length));
  const before = text.slice(0, fromAt);
  const zhTo = ZH_TO_SAVED.exec(rest) ?? (origin ? ZH_TO_SAVED.exec(before) : null);
  const enTo = EN_TO_SAVED.exec(rest) ?? (origin ? EN_TO_SAVED.exec(before) : null);
  const destination = zhTo
    ? ZH_SAVED(zhTo[1] as string)
    : enTo
      ? EN_SAVED((enTo[1] ?? enTo[2]) as string)
      : undefined;
  return {
    ...(origin ? { origin } : {}),
    ...(destination && destination !== origin ? { destination } : {}),
  };
}

const ZH_PERSON =
  "(?:我)?(?:她们|他们|她|他|爸妈|父母|妈妈?|爸爸?|老妈|老爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|老婆|老公|媳妇|女朋友|男朋友|对象|朋友|同事|闺蜜|兄弟|哥哥?|姐姐?|弟弟?|妹妹?|儿子|女儿|阿姨|叔叔|舅舅|岳母|丈母娘|婆婆|同学|老师|客户)";
const ZH_OTHER_PLACE = new RegExp(`${ZH_PERSON}(?:家里?|那里?|那儿|那边|住的地方|公司|宿舍|学校)`, "u");
const EN_PERSON =
  "(?:mom|mum|mother|dad|father|parents|folks|grandma|grandmother|granny|grandpa|grandfather|nan|wife|husband|girlfriend|boyfriend|partner|friend|sister|brother|son|daughter|aunt|uncle|colleague|boss|cousin|neighbou?r)";
const EN_OTHER_PLACE = new RegExp(
  `\\b(?:to|at|for)\\s+(?:my\\s+)?${EN_PERSON}(?:'s|s'|s)?(?:\\s+(?:place|house|home|flat|apartment|office|work|dorm))?\\b`,
  "iu",
);
// "to her place", "at his office", "to Bob's house": someone's place by pronoun or by name.
const EN_THEIR_PLACE =
  /\b(?:to|at)\s+(?:(?:her|his|their)|[A-Z][a-z]+'s)\s+(?:place|house|home|flat|apartment|office|work|dorm)\b/u;

/**
 * Someone else's place named as where to deliver ("到我妈家", "to my mom's", "to my friend's
 * house"): no saved address is it, so the order asks instead of sending it home.
 */
export function extractOtherPlace(text: string): string | undefined {
  const zh = ZH_OTHER_PLACE.exec(text);
  if (zh && /(?:送|到|去|给)\s*$/u.test(text.slice(Math.max(0, zh.index - 4), zh.index))) return zh[0];
  const their = EN_THEIR_PLACE.exec(text);
  if (their) return their[0].replace(/^(?:to|at)\s+/iu, "");
  const en = EN_OTHER_PLACE.exec(text);
  // "flowers for my mom" names who it is for, not where it goes: only a place word or 's counts.
  if (en && (/^for\b/iu.test(en[0]) ? /(?:'s|s'|place|house|home|flat|apartment)\b/iu.test(en[0]) : true))
    return en[0].replace(/^(?:to|at|for)\s+/iu, "");
  return deliveryElsewhere(text);
}

/** A saved address as the brain knows it: its label and its text in both languages. */
interface NamedAddress {
  label: string;
  address: string;
  address_en?: string;
}

const EN_GENERIC = /\s+(?:headquarters|hq|square|park|plaza|tower|building|centre|center|campus|mansion)$/iu;

/** The building or estate of an address: "海康威视" of "滨江区阡陌路555号海康威视28楼", "Hikvision" of its English. */
function buildingNames(address: NamedAddress): { zh?: string; en?: string } {
  const zh = address.address
    .replace(/^[\u4e00-\u9fff]{1,4}[区县市]/u, "")
    .replace(/^[\u4e00-\u9fff\d]{1,12}?[路街道巷弄]\d+号/u, "")
    .replace(/\d+(?:楼|层|幢|栋|号楼|单元|室).*$/u, "")
    .trim();
  const en = (address.address_en ?? "")
    .split(/,\s*/u)
    .find((part) => part && !/^(?:room|unit|building|floor|no\.?)\b|\d|district$/iu.test(part));
  return {
    ...(zh.length >= 2 ? { zh } : {}),
    ...(en ? { en: en.replace(EN_GENERIC, "").trim() } : {}),
  };
}

/**
 * The saved address a message names by its building rather than its label ("送到海康威视",
 * "to Huaxing Times Square" when that is where the user works): its label, else undefined.
 */
export function savedAddressNamed(text: string, addresses: readonly NamedAddress[]): string | undefined {
  const lower = text.toLowerCase();
  for (const address of addresses) {
    const names = buildingNames(address);
    if (names.zh && text.includes(names.zh)) return address.label;
    if (names.en && names.en.length >= 4 && new RegExp(`\\b${names.en.toLowerCase()}\\b`, "u").test(lower))
      return address.label;
  }
  return undefined;
}
