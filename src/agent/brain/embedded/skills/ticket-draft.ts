import { wallTime } from "../../../../kernel/time-zone.ts";
import { parseCount } from "../../nlu/slots/numbers.ts";
import { extractDateTime } from "../../nlu/slots/time.ts";
import type { DateTimeSlot } from "../../nlu/slots/types.ts";
import type { SkillContext } from "./context.ts";
import type { EventSummary } from "./event-match.ts";
import { shanghaiDate, slotDays } from "./shanghai-time.ts";
import { countBeforeTickets, ticketCountOf } from "./ticket-count.ts";

/** The part of the day a show is wanted in ("周六晚上", "Sunday afternoon"). */
export type PartOfDay = "morning" | "afternoon" | "evening";

/**
 * A ticket purchase being planned. Kept in `state.skill.tickets` while a question is open, while a
 * list of events is shown (so "the first one" keeps the count, budget, seat wish and ride), and after
 * the card (so "make it 3" / "换成周日那场" change it instead of starting over).
 */
export interface TicketDraft {
  eventId?: string;
  sessionId?: string;
  count?: number;
  together?: boolean;
  /** Per ticket. */
  maxPriceFen?: number;
  /** The whole purchase, when the user said a total ("一共700以内"); `maxPriceFen` is its share. */
  totalMaxFen?: number;
  /** A cap the user agreed to go over ("好的，就这个价"): named on the card, no longer enforced. */
  acceptedOverFen?: number;
  /** The seat area asked for, in the user's words ("内场", "floor", "前排"). */
  area?: string;
  /** "最便宜的" / "best seats". */
  prefer?: "cheapest" | "best";
  /** The days asked for (a day or a range such as "this weekend"). */
  days?: { from: string; to: string };
  partOfDay?: PartOfDay;
  withRide?: boolean;
  /** Where the ride there starts. */
  rideFrom?: "home" | "office";
  /** When the ride there leaves, if the user said (else well before the show starts). */
  rideAtMs?: number;
  /** The car for the ride there, if the user named one (else economy). */
  rideProduct?: string;
  /** A ride back after the show was asked for. */
  rideBack?: boolean;
  /** Set once a card was made from this draft. */
  carded?: boolean;
  /** What each ticket on that card cost ("anything cheaper?" looks below it). */
  lastEachFen?: number;
  /** When the carded session starts ("remind me an hour before it starts" counts back from it). */
  startsAt?: number;
}

// One ticket said without a number: "a ticket", "a mayday ticket", "a seat for Teahouse", "买张票", "订张茶馆的票".
const SINGULAR =
  /\b(?:a|one|single)\s+(?:[\w'-]+\s+){0,3}?(?:ticket|seat)\b(?!s)|一张|[买订抢来要拿购]张(?![0-9一二两俩三四五六七八九十几])|张(?:门)?票/iu;
// A budget "each" is per ticket; otherwise it is for the whole purchase.
const PER_TICKET =
  /每张|一张|单张|票价|单价|each|per (?:ticket|seat|person|head)|apiece|a (?:ticket|seat|head)\b|\/\s*(?:张|ticket|seat)/iu;
const TOTAL = /总共|一共|总价|合计|加起来|总计|in total|total|altogether|all in|for (?:all|both)/iu;
// A second request in the same sentence ("and a taxi there"): the NLU labels one intent per turn.
export const RIDE_TOO =
  /[打叫约喊]\s*(?:个|辆|台|一辆|一个)?\s*(?:出租|专|快|网约)?车|辆\s*(?:出租|专|快|网约)?车|车(?:过去|送|去现场|接)|送我(?:们)?过去|出租车|taxi|\bcabs?\b|\brides?\b|\bcars?\b|\blifts?\b|uber|didi|滴滴/iu;
const RIDE_FROM_OFFICE =
  /从公司|公司出发|公司过去|下班(?:后)?(?:直接)?过去|from (?:the |my )?(?:office|work)/iu;
const RIDE_BACK =
  /回家|回来|散场后?|结束后|完了?(?:以后|之后)?(?:打|叫)|(?:ride|taxi|cab|car|uber|get) (?:me )?(?:back|home)|home after(?:wards)?|afterwards|after the (?:show|game|concert|match)/iu;
const RIDE_THERE =
  /过去|去现场|去那|送我|there\b|to the (?:venue|show|stadium|theatre|theater|arena|concert|game)|\b(?:ride|car|cab|taxi|lift|head|go|drive|get (?:me|us)) over\b/iu;
const NOT_TOGETHER =
  /不(?:用|必|需要)?连座(?:也)?(?:行|可以|没关系|无所谓)?|不坐一起(?:也行)?|不(?:用|必)坐一起|分开(?:坐)?(?:也)?(?:行|可以|没关系)|不连着也行|not together is fine|(?:don'?t|do not|doesn'?t|does not) (?:need|have) to (?:sit |be )?together|no need to sit together|apart is fine|separate seats? (?:is|are) (?:fine|ok)/iu;
const CHEAPEST =
  /最便宜|便宜(?:一?点|些)?的|最低(?:价|档|的那?档)|最实惠|最低的票|cheapest|cheap (?:seats?|tickets?|tier|section)|lowest (?:price|tier|priced)|least expensive|as cheap as|bottom tier|budget (?:seats?|tickets?)/iu;
// The best tier, in the words people use for it: superlatives of seats, tiers, price and closeness.
const BEST =
  /最好的(?:位置|座位?|区|票|档|那档|一档|看台)?|最贵|最高档|最高的那?档|顶级的?(?:位置|座|票|档)|位置(?:最)?好|好(?:一点|点)的位置|视野最好|靠前|越前越好|最前|前排|best (?:seats?|view|spots?|available|tiers?|tickets?|section|area|places?|price ?tier)|(?:the )?best ones?\b|top (?:tier|seats?|price|tickets?|section|category)|highest tier|most expensive|priciest|closest to the stage|close to the stage|near the stage|front rows?|good seats/iu;

/** The end of the price range the text asks for: "最便宜的" / "cheap seats", "最好的位置" / "top tier". */
export function preferOf(text: string): "cheapest" | "best" | undefined {
  return CHEAPEST.test(text) ? "cheapest" : BEST.test(text) ? "best" : undefined;
}

const PARTS: readonly [PartOfDay, RegExp][] = [
  ["evening", /晚上|今晚|明晚|晚场|夜场|晚间|傍晚|evening|tonight|\bnight\b|after work|下班后/iu],
  ["afternoon", /下午|午场|(?<!周|星期|礼拜)日场|afternoon|matinee/iu],
  ["morning", /上午|早上|早场|morning/iu],
];

// How many people a count without "tickets" names: "for 2", "2 please", "3 of us", "x2", "两个人", "我们三个".
const PEOPLE_COUNT =
  /\bfor (\d|one|two|three|four|five|six|seven|eight)\b(?! ?(?:pm|am|o'?clock|:))|\b(\d|two|three|four|five|six|seven|eight) (?:please|pls|of us|people|persons|ppl|adults|tix|tickets?)\b|(?:\bx|×) ?(\d)\b|(\d|[一两俩二三四五六七八])\s*个?人(?!民)|我们(\d|[两俩二三四五六七八])个|\b(?:just|only) (me)\b|\b(?:need|want|book|get|grab|snag) (\d|two|three|four|five|six|seven|eight)\b(?! ?(?:pm|am|:|o'?clock|hours?|minutes?|days?|more))|(?:就)?我(一)个人|\b(\d|two|three|four|five|six|seven|eight) of (?:the|those|your) (?:[\w-]+\s+){0,3}?(?:tickets?|seats?)\b/iu;

// A total said without a money word where the money reader does not look: "400 in total at most", "总共不超过400".
const TOTAL_CAP =
  /(\d{2,6})\s*(?:yuan|rmb|kuai|块钱?|元)?\s*(?:in total|total|altogether|all in)\s*(?:at most|max(?:imum)?|tops)|(?:一共|总共|总价|合计|加起来)\s*(?:不超过|不要超过|别超过|最多|控制在|不到|低于)?\s*(\d{2,6})/iu;

/** A cap on the whole purchase the money reader left, in fen. */
export function totalCapOf(text: string): number | undefined {
  const match = text.match(TOTAL_CAP);
  const digits = match?.[1] ?? match?.[2];
  return digits ? Number(digits) * 100 : undefined;
}

/** A count of people said without the word "tickets" ("for 2", "两个人"), if any. */
export function peopleCount(text: string): number | undefined {
  const match = text.match(PEOPLE_COUNT);
  const word = match?.slice(1).find((group) => group !== undefined);
  if (!word) return undefined;
  return parseCount(word);
}

/** The part of the day the text names, if any. */
export function partOfDayOf(text: string): PartOfDay | undefined {
  return PARTS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** Whether a show at this instant is in that part of the day (Shanghai wall time). */
export function inPartOfDay(startsAt: number, part: PartOfDay): boolean {
  const { hour } = wallTime(startsAt);
  if (part === "morning") return hour < 12;
  if (part === "afternoon") return hour >= 12 && hour < 17;
  return hour >= 17;
}

// Words for a seat area that no tier name carries: floor / stand / front in the other language.
const AREA_WORDS =
  /VIP(?:内场|区|席)?|内场|看台(?:[一二三]层)?|[东西南北]看台|场边|池座|楼座|前排|中排|后排|[甲乙丙丁]等(?:座|票)?|贵宾(?:席|区)?|黄金区|普通(?:座|票|区|席)?|\b(?:floor|courtside|balcony|premium|economy|standard|best[- ]view|vip|(?:upper|lower|east|west|north|south) stands?|stands?(?! ?-?up)|(?:front|middle|back)[- ](?:rows?|seats?|section)|front)\b/giu;

/** The seat area the text asks for ("内场", "floor seats", "看台"), as said; none when it names none. */
export function areaOf(text: string): string | undefined {
  const found = text.replace(/stand[- ]?up/giu, "").match(AREA_WORDS);
  return found?.[0];
}

// "the second" picks from a list; it is no date (the 2nd of the month).
const POSITION_WORDS = /^\s*(?:the\s+)?(?:first|second|third|fourth|fifth|last)\b/iu;

/** The day and time the turn says, unless what was read as one is a position in a list. */
export function dateSlot(context: SkillContext): DateTimeSlot | undefined {
  const read = context.nlu.slots.datetime;
  if (!read || POSITION_WORDS.test(read.text)) return undefined;
  const { turn } = context;
  // "两张周六周杰伦的票，再叫个车下午5点从家出发": a clock said for the ride is not the show's; the
  // show's day is what the words before the ride say.
  const show = showWords(turn.text);
  const ownClock = read.timeKnown && show !== turn.text && turn.text.lastIndexOf(read.text) >= show.length;
  const slot = ownClock ? extractDateTime(show, context.lang, turn.now, turn.profile.timeZone) : read;
  if (!slot) return undefined;
  // "周日流浪地球3 晚上那场": the day said apart from the part of the day the reader kept.
  const weekday = ZH_WEEKDAY.exec(turn.text)?.[0];
  if (weekday && !/[周星期礼拜月号日天]/u.test(slot.text)) {
    const whole = extractDateTime(`${weekday}${slot.text}`, "zh", turn.now, turn.profile.timeZone);
    if (whole) return whole;
  }
  return slot;
}
const ZH_WEEKDAY = /(?:这|本|下个?)?(?:周|星期|礼拜)[一二三四五六日天]/u;

// A cap per ticket the money reader left: "200 each max", "500 per person budget", "预算每人500", "每张300以内".
const PER_TICKET_CAP =
  /(\d{2,6})\s*(?:yuan|rmb|kuai|块钱?|元)?\s*(?:each|per (?:ticket|seat|person|head)|a (?:ticket|seat|head|person)|apiece)\s*(?:max(?:imum)?|tops|at most|or less|budget|limit)|(?:预算)?每(?:人|张|位)(?:预算)?\s*(?:不超过|最多|控制在|不要超过)?\s*(\d{2,6})/iu;

/** A cap on each ticket the money reader left, in fen. */
export function perTicketCapOf(text: string): number | undefined {
  const match = text.match(PER_TICKET_CAP);
  const digits = match?.[1] ?? match?.[2];
  return digits ? Number(digits) * 100 : undefined;
}

// "再多买两张", "再多要一张": more on top of the card's count.
const MORE = /再多?(?:买|要|来|加|订)\s*(\d|[一两俩二三四五六七八])张/u;

/** More tickets on top of the card's, said the way the quantity reader does not read it. */
export function moreOf(text: string): number | undefined {
  const word = text.match(MORE)?.[1];
  if (!word) return undefined;
  return parseCount(word);
}

/** The draft after this turn: what it says on top of what was carried. */
export function draftOf(context: SkillContext, previous: TicketDraft): TicketDraft {
  const { slots } = context.nlu;
  const text = context.turn.text;
  const looseCap = slots.budgetMaxFen === undefined ? perTicketCapOf(text) : undefined;
  // "500 per person" is a price, not 500 tickets.
  const read = looseCap !== undefined && slots.quantity === looseCap / 100 ? undefined : slots.quantity;
  // "一共三张", "两大一小", "Dec 5 matinee, 3 economy seats": the count the words say outright.
  const before = countBeforeTickets(text);
  const said = ticketCountOf(text) ?? (read !== undefined && before !== undefined ? before : read);
  const delta = slots.quantityDelta ?? moreOf(text);
  const count =
    delta !== undefined && previous.count !== undefined
      ? previous.count + delta
      : (said ?? peopleCount(text) ?? (SINGULAR.test(text) ? 1 : previous.count));
  const loosePer = looseCap !== undefined && slots.perItemMaxFen === undefined;
  // "预算一共1200": the 一 of 一共 is no ¥1 budget; the total said after it is.
  const readTotal = totalCapOf(text);
  const misread = slots.budgetMaxFen !== undefined && slots.budgetMaxFen < 1000 && readTotal !== undefined;
  const budget =
    slots.perItemMaxFen ??
    (loosePer ? looseCap : undefined) ??
    (misread ? readTotal : slots.budgetMaxFen) ??
    readTotal;
  let totalMaxFen = previous.totalMaxFen;
  let perTicket = previous.maxPriceFen;
  if (budget !== undefined) {
    // "两张，500以内" is for both; "每张500" / "under 500 each" per ticket; a lone cap per ticket.
    const isTotal =
      !loosePer &&
      !PER_TICKET.test(text) &&
      slots.perItemMaxFen === undefined &&
      (TOTAL.test(text) || count !== undefined);
    totalMaxFen = isTotal ? budget : undefined;
    perTicket = isTotal ? undefined : budget;
  }
  if (totalMaxFen !== undefined && count) perTicket = Math.floor(totalMaxFen / count);
  const withRide = previous.withRide || RIDE_TOO.test(text);
  const rideBack = withRide && RIDE_BACK.test(text) && !RIDE_THERE.test(text);
  const together = NOT_TOGETHER.test(text) ? false : (slots.seatsTogether ?? previous.together);
  const prefer = preferOf(text) ?? previous.prefer;
  const when = dateSlot(context);
  const days = when ? slotDays(when) : previous.days;
  const partOfDay = partOfDayOf(showWords(text)) ?? (when ? undefined : previous.partOfDay);
  return {
    ...previous,
    ...pick("count", count),
    ...pick("maxPriceFen", perTicket),
    ...pick("totalMaxFen", totalMaxFen),
    ...pick("together", together),
    ...pick("area", areaOf(text) ?? previous.area),
    ...pick("prefer", prefer),
    ...pick("days", days),
    ...pick("partOfDay", partOfDay),
    ...(withRide ? { withRide } : {}),
    ...(withRide && RIDE_FROM_OFFICE.test(text) ? { rideFrom: "office" as const } : {}),
    ...(rideBack ? { rideBack } : {}),
  };
}

/** The words of the show, not of the ride asked after it ("…，再叫个车下午5点出发": no afternoon show). */
function showWords(text: string): string {
  const ride = RIDE_TOO.exec(text);
  return ride && ride.index > 0 ? text.slice(0, ride.index) : text;
}

/** The sessions of an event on the draft's days and part of the day. */
export function sessionsFor(event: EventSummary, draft: TicketDraft): EventSummary["sessions"] {
  return event.sessions.filter((session) => {
    const date = shanghaiDate(session.startsAt);
    if (draft.days && (date < draft.days.from || date > draft.days.to)) return false;
    return !draft.partOfDay || inPartOfDay(session.startsAt, draft.partOfDay);
  });
}

/** The session the user means: on the day they said (closest to the hour if they said one), else the next. */
export function pickSession(
  event: EventSummary,
  context: SkillContext,
  draft: TicketDraft,
  carried?: string,
): EventSummary["sessions"][number] | undefined {
  const slot = dateSlot(context);
  const fitting = sessionsFor(event, draft);
  if (!slot) {
    if (draft.days || draft.partOfDay)
      return fitting.find((session) => session.sessionId === carried) ?? fitting[0];
    return event.sessions.find((session) => session.sessionId === carried) ?? event.sessions[0];
  }
  // An hour read out of a count ("下午场 3张" is no 3 pm) is no hour.
  if (!slot.timeKnown || !/[点:：时]|\d\s*[ap]\.?m|o'?clock/iu.test(context.turn.text)) return fitting[0];
  return [...fitting].sort(
    (a, b) => Math.abs(a.startsAt - slot.startMs) - Math.abs(b.startsAt - slot.startMs),
  )[0];
}

export function pick<Key extends string, Value>(key: Key, value: Value | undefined): { [K in Key]?: Value } {
  return (value === undefined ? {} : { [key]: value }) as { [K in Key]?: Value };
}
