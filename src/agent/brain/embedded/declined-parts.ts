import type { BrainDecision, Lang } from "../types.ts";
import { say } from "./say.ts";

// A request with a part Dimple cannot do and a part it can ("play music and send bob 20",
// "明早7点叫我起床，顺便帮我点杯拿铁"): the part it cannot do is declined plainly, by name, and the
// rest is done — never the whole turned down, never the unsupported part quietly dropped, and never
// its words (the alarm's "6:30") lent to the rest.

interface Unsupported {
  /** "travel": a booking of travel or a stay, which a single request is declined for as a whole. */
  key?: "travel" | "table" | "doctor" | "collect";
  pattern: RegExp;
  zh: string;
  en: string;
}

const UNSUPPORTED: readonly Unsupported[] = [
  {
    pattern:
      /播放|放(?:一)?首|来(?:一)?首|放(?:点|些)?(?:歌|音乐)|听(?:点|些)?(?:歌|音乐)|\bplay\b.*\b(?:songs?|music|tracks?|playlist|album|radio|podcast)\b|\bplay (?:some )?music\b|\bput on (?:some )?(?:music|songs?)\b/iu,
    zh: "放音乐",
    en: "play music",
  },
  {
    pattern: /闹钟|叫我起床|叫醒我|喊我起床|\balarms?\b|\bwake me(?: up)?\b/iu,
    zh: "设闹钟（可以设提醒）",
    en: "set alarms (I can set a reminder instead)",
  },
  {
    // "lights" only with a switching word: "one light on the sugar", "light ice" are an order's options.
    pattern:
      /开灯|关灯|空调|窗帘|扫地机|\b(?:turn|switch|flip|shut)\s+(?:on|off)\s+(?:the|my|all)\b|\b(?:turn|switch|dim|flip)\s+(?:(?:the|my|all(?: the)?)\s+)?lights?\b|\blights\s+(?:on|off)\b|\bthermostat\b|\bair ?con\b/iu,
    zh: "控制家里的设备",
    en: "control devices at home",
  },
  {
    pattern: /打(?:个)?电话|\bcall (?:my|mom|mum|dad|him|her|them)\b|\bphone (?:my|mom|mum|dad)\b/iu,
    zh: "打电话",
    en: "make phone calls",
  },
  {
    key: "travel",
    // A hotel named as a place ("deliver to the hotel", "near my hotel") is no booking.
    pattern:
      /机票|航班|(?:火车|高铁|动车|汽车|大巴)票|车票|船票|订[^，。,.]{0,10}(?:酒店|宾馆|民宿)|(?:酒店|宾馆|民宿)[^，。,.]{0,6}(?:订|预订|预定)|\bflights?\b|\b(?:book|reserve|find|get)\b[^,.;]*\bhotel(?: room)?s?\b|\bhotel rooms?\b|\b(?:book|reserve|get)(?: me| us)? (?:a |an )?(?:double |single |twin |king |queen |hotel )?(?:room|suite|stay)s?\b(?=[^,.;]*\b(?:at|in|for|tonight|night|nights)\b)|(?:订|预订|开)(?:一)?(?:个|间)房|\btrain tickets?\b/iu,
    zh: "订机票、火车票或酒店",
    en: "book flights, trains or hotels",
  },
  {
    key: "table",
    // A table at a restaurant, not a seat at a show ("订两张周六的座位" stays tickets).
    pattern:
      /订(?:个|张|一个)?(?:桌|台|餐位)(?:子|位)?|订[^，。,.]{0,12}?(?:位子|桌子|桌位|包厢|包间)|订座(?!位票)|(?:餐厅|饭店|餐馆|包厢|包间)[^，。,.]{0,8}(?:订|预约|预定)|(?:预约|预定|订)[^，。,.]{0,10}(?:餐厅|饭店|餐馆|包厢|包间)|\b(?:reserve|book)\s+(?:a\s+|us\s+a\s+|me\s+a\s+)?table\b|\btable for (?:\d+|two|three|four|five|six|eight)\b|\b(?:dinner|lunch|restaurant) reservations?\b/iu,
    zh: "订餐厅座位",
    en: "reserve restaurant tables",
  },
  {
    key: "collect",
    // Asking someone else to pay ("帮我向他要150", "request it from Bob"): pay only sends money.
    pattern:
      /(?:向|跟|找)(?:他|她|他们|[\p{Script=Han}A-Za-z]{1,6}?)(?:要|讨|收|催)(?:钱|回|账|款|[0-9一二两三四五六七八九十百]|一半)|催(?:他|她|[\p{Script=Han}A-Za-z]{1,6}?)还钱|让(?:他|她|[\p{Script=Han}A-Za-z]{1,6}?)(?:转|还|付)(?:钱)?给我|发起收款|\brequest (?:it|that|money|the money|payment|a payment|half|my share|[¥$]?\d+)(?: \w+)? from\b|\brequest (?:money|payment)\b|\bask (?:him|her|them|[a-z]+(?: [a-z]+)?) to (?:pay|send|transfer|give) (?:me|it|us)\b|\b(?:collect|get) (?:the )?money (?:back )?from\b/iu,
    zh: "向别人收款（我只能帮你把钱转给别人）",
    en: "request money from someone (I can only send money)",
  },
  {
    key: "doctor",
    pattern: /挂(?:个)?号|预约(?:医生|门诊|体检)|\bdoctor'?s? appointment\b|\bbook (?:a |me a )?doctor\b/iu,
    zh: "预约挂号",
    en: "book doctor's appointments",
  },
];

// What no service here offers, asked as a whole request: travel tickets and hotels, restaurant
// tables, doctor's appointments.
const NOT_OFFERED = UNSUPPORTED.filter((unsupported) => unsupported.key !== undefined);

/** The thing a whole request asks for that no service here offers, if it asks for one. */
export function notOffered(text: string): Unsupported | undefined {
  const part = NOT_OFFERED.find(
    (unsupported) => unsupported.pattern.test(text) && !deliveredDish(unsupported, text),
  );
  // Finding a hotel on the map is a place search; booking one is not offered.
  if (part?.key === "travel" && !BOOKING.test(text)) return undefined;
  return part;
}

const BOOKING = /订|预约|买|票|\bbook\b|\breserve\b|\bbuy\b|\bget me\b|\btickets?\b|\bflights?\b|\btrain\b/iu;

const CLAUSE_BREAK =
  /\s*(?:[，,;；。!！]\s*(?:and\s+|then\s+|also\s+)?(?:顺便|然后|另外|再)?|\s+and\s+(?:then\s+|also\s+)?|\s+then\s+|顺便|然后|并且|另外)\s*/iu;

/** The thing a turn asks that Dimple cannot do, if any (the first kind it names). */
export function unsupportedIn(text: string): Unsupported | undefined {
  // A reminder to call someone or to book something is a reminder, which Dimple sets.
  if (REMINDS.test(text)) return undefined;
  return UNSUPPORTED.find(
    (unsupported) => unsupported.pattern.test(text) && !deliveredDish(unsupported, text),
  );
}

// "在新白鹿餐厅订东坡肉1份，送家里": dishes counted or sent somewhere from a restaurant are a delivery
// order, not a table — unless seats, a table or a party are asked for too.
const DISH_ORDER =
  /[0-9一二两三四五六七八九十]\s*(?:份|碗|盘|杯|盒|个|只|串)|外卖|送(?:到|去|过来|来|家|公司|单位|我)|\bdeliver(?:ed|y)?\b|\btakeout\b/iu;
const SEATS =
  /桌|位子|座|包厢|包间|[0-9一二两三四五六七八九十]\s*(?:位|人|个人)|\btable\b|\bpeople\b|\bparty\b/iu;

function deliveredDish(unsupported: Unsupported, text: string): boolean {
  if (unsupported.key === "travel") return hotelAsPlace(text);
  return unsupported.key === "table" && DISH_ORDER.test(text) && !SEATS.test(text);
}

// "get me a taxi to New Century Grand Hotel", "打车去西湖国宾馆": a hotel the car goes to, no stay booked.
const RIDE_TO_HOTEL =
  /\b(?:taxi|cab|ride|car|uber|didi|lift)\b[^.;!?]*\b(?:to|from)\b[^,.;!?]{0,60}\bhotel\b|(?:打车|叫车|叫个车|约车|打的|专车|快车)[^。！？]{0,6}(?:去|到|从)[^，。！？]{0,20}(?:酒店|宾馆|饭店)/iu;
const STAY_BOOKED =
  /机票|航班|火车票|高铁票|车票|住一晚|入住|房间|\bflights?\b|\btrain tickets?\b|\brooms?\b|\bnights?\b|\bcheck[- ]in\b|\bstay\b/iu;

function hotelAsPlace(text: string): boolean {
  return RIDE_TO_HOTEL.test(text) && !STAY_BOOKED.test(text);
}

const REMINDS = /提醒|\bremind/iu;

/** The unsupported parts of a turn and the rest, when it holds both; undefined otherwise. */
export function declinedPart(text: string): { declined: Unsupported[]; rest: string } | undefined {
  const clauses = text.split(CLAUSE_BREAK).filter((clause) => clause.trim().length > 0);
  if (clauses.length < 2) return undefined;
  // Money asked of someone else: what was paid before is the reason, not a request of its own.
  if (notOffered(text)?.key === "collect") return undefined;
  const declined: Unsupported[] = [];
  const kept: string[] = [];
  for (const clause of clauses) {
    // "提醒我给妈妈打电话", "remind me to call mom": a reminder about the call, which Dimple sets.
    const which = REMINDS.test(clause)
      ? undefined
      : UNSUPPORTED.find(
          (unsupported) => unsupported.pattern.test(clause) && !deliveredDish(unsupported, text),
        );
    if (which) {
      if (!declined.includes(which)) declined.push(which);
    } else kept.push(clause);
  }
  if (declined.length === 0 || kept.length === 0) return undefined;
  const zh = /\p{Script=Han}/u.test(text);
  return { declined, rest: kept.join(zh ? "，" : ", ") };
}

/** The decision for the rest, with the declined parts named before it. */
export function withDeclined(decision: BrainDecision, declined: Unsupported[], lang: Lang): BrainDecision {
  const names = declined.map((part) => say(lang, part.zh, part.en)).join(say(lang, "、", ", "));
  const note = say(
    lang,
    `我还不能${names}，这部分没有办。`,
    `I can't ${names}, so I've left that part out. `,
  );
  return { ...decision, text: `${note}${decision.text}` };
}
