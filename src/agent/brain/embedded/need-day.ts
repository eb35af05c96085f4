import { floatingDate } from "../../../kernel/time-zone.ts";
import { parseCount } from "../nlu/slots/numbers.ts";
import { dayWords, withDay } from "./conditions.ts";
import type { Need } from "./needs.ts";

// A need said after another without a day of its own ("明早6:50叫车去机场，6点20提醒我出门",
// "a car tomorrow at 6:30am, and remind me at 6 to get up") is on that need's day, and in its half
// of the day when only a bare hour is said: the reminder is at 06:20 tomorrow, not 18:20 today.

const ZH_PART = /^(?:早上|上午|中午|下午|傍晚|晚上|凌晨|早)/u;
const ZH_BARE_HOUR = /(?<![早午晚上下])([0-9零一二两三四五六七八九十]{1,3}\s*(?:点|[:：]\d))/u;
const EN_AM_PM = /\b\d{1,2}(?::\d{2})?\s*(am|pm)\b/iu;
const EN_BARE_HOUR = /\bat (\d{1,2}(?::\d{2})?)(?!\s*(?:am|pm|[:\d]))\b/iu;

/** The text with the day (and half of the day) of the last need before it that names one. */
export function withDayOf(text: string, before: readonly Need[]): string {
  if (dayWords(text)) return text;
  const source = [...before].reverse().find((need) => dayWords(need.text));
  const day = source ? dayWords(source.text) : undefined;
  if (!source || !day) return text;
  const zh = /\p{Script=Han}/u.test(text);
  if (zh) {
    const after = source.text.slice(source.text.indexOf(day) + day.length);
    const part = /[早晚]$/u.test(day) ? "" : (ZH_PART.exec(after.trim())?.[0] ?? "");
    const hour = ZH_BARE_HOUR.exec(text);
    const dayPart = `${day}${part}`;
    return hour
      ? `${text.slice(0, hour.index)}${dayPart}${text.slice(hour.index)}`
      : withDay(text, dayPart, true);
  }
  const half = EN_AM_PM.exec(source.text)?.[1];
  const withHalf = half ? text.replace(EN_BARE_HOUR, `at $1${half.toLowerCase()}`) : text;
  return withDay(withHalf, day, false);
}

// "开场前一小时提醒我", "remind me 2 hours before it starts": a reminder counted back from the start of
// the show carded just before it, said as that clock time (11月29日18:30), with the show named.
const ZH_BEFORE =
  /(?:开场|开演|开始|演出|入场)?(?:前|之前)\s*(?:提前)?\s*([0-9一二两三四五六七八九十半]+)\s*个?\s*(小时|钟头|分钟)|提前\s*([0-9一二两三四五六七八九十半]+)\s*个?\s*(小时|钟头|分钟)/u;
const EN_BEFORE =
  /\b(\d+|an?|one|two|three|four|half an?)\s*(hours?|hrs?|minutes?|mins?)\s+(?:before|ahead|early)\b/iu;
const ZH_REMIND = /提醒我|提醒一下/u;
/** "two", "两", "3", "half an" (hour) → 2, 2, 3, 0.5. */
function amount(word: string): number | undefined {
  if (word === "半" || /^half an?$/iu.test(word)) return 0.5;
  return parseCount(word);
}

// "前一天晚上8点提醒我带身份证", "remind me the day before at 8pm": the day before the start, the
// clock and the errand the user's own.
const ZH_DAY_BEFORE = /(?:开场|开演|演出|出发)?(?:的)?(?:前一天|前一晚|头一天)/u;
const EN_DAY_BEFORE =
  /\b(?:on )?the (?:day|night|evening) before(?: (?:it|the show|the concert|the ride))?\b/iu;
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A floating date's clock with am/pm ("8:15am"): a bare "8:15" after a date is read as the evening. */
function enClock(at: Date): string {
  const hour = at.getUTCHours();
  const minutes = String(at.getUTCMinutes()).padStart(2, "0");
  return `${hour % 12 === 0 ? 12 : hour % 12}:${minutes}${hour < 12 ? "am" : "pm"}`;
}

/** What is started: a show (its title) or a ride, for the reminder's words. */
export type Start = { at: number; title?: string; ride?: boolean };

/** A reminder said the day before a start, on that date; else undefined. */
function dayBeforeReminder(text: string, start: Start): string | undefined {
  const zh = ZH_DAY_BEFORE.exec(text);
  const en = zh ? undefined : EN_DAY_BEFORE.exec(text);
  if (!zh && !en) return undefined;
  const day = floatingDate(start.at - 24 * 3_600_000);
  const month = day.getUTCMonth() + 1;
  const date = day.getUTCDate();
  const what = (start.title ?? "").replace(/\s*[×x]\s*\d+$/u, "").trim();
  if (zh) {
    const said = text.replace(ZH_DAY_BEFORE, `${month}月${date}日`);
    return /提醒(?:我|一下)\s*$/u.test(said) ? `${said}：明天${what ? `「${what}」` : "要出门"}` : said;
  }
  const on = `on ${EN_MONTHS[month - 1]} ${date}`;
  const said = text.replace(EN_DAY_BEFORE, on);
  // "remind me the day before": the errand is the show, said first ("remind me to … on December 8").
  return /\bto\b/iu.test(said.slice(said.search(/\bremind\b/iu))) || !what
    ? said
    : `remind me to get ready for ${what} ${on}`;
}

/**
 * A reminder said relative to what the need before it starts — a show carded, a ride booked for a
 * time — as an absolute one; else undefined.
 */
export function reminderBefore(text: string, start: Start | undefined): string | undefined {
  if (!start) return undefined;
  if (!start.ride) return beforeStartReminder(text, start.at, start.title) ?? dayBeforeReminder(text, start);
  const zhMatch = ZH_BEFORE.exec(text);
  const match = zhMatch ?? EN_BEFORE.exec(text);
  const count = match ? amount((match[1] ?? match[3] ?? "").trim()) : undefined;
  if (!match || count === undefined) return dayBeforeReminder(text, start);
  const minutes = /小时|钟头|hour|hr/iu.test(match[2] ?? match[4] ?? "") ? count * 60 : count;
  const at = floatingDate(start.at - minutes * 60_000);
  const clock = at.toISOString().slice(11, 16);
  const month = at.getUTCMonth() + 1;
  const day = at.getUTCDate();
  if (zhMatch || ZH_REMIND.test(text)) return `${month}月${day}日${clock}提醒我：车快来了，准备出门`;
  return `remind me to get ready for the car on ${EN_MONTHS[month - 1]} ${day} at ${enClock(at)}`;
}

/** A reminder said relative to the start of the show carded before it, as an absolute one; else undefined. */
export function beforeStartReminder(
  text: string,
  startsAt: number | undefined,
  title: string | undefined,
): string | undefined {
  if (startsAt === undefined) return undefined;
  const zhMatch = ZH_BEFORE.exec(text);
  const enMatch = zhMatch ? undefined : EN_BEFORE.exec(text);
  const match = zhMatch ?? enMatch;
  if (!match) return undefined;
  const count = amount((match[1] ?? match[3] ?? "").trim());
  const unit = match[2] ?? match[4] ?? "";
  if (count === undefined) return undefined;
  const minutes = /小时|钟头|hour|hr/iu.test(unit) ? count * 60 : count;
  const at = floatingDate(startsAt - minutes * 60_000);
  const month = at.getUTCMonth() + 1;
  const day = at.getUTCDate();
  const clock = at.toISOString().slice(11, 16);
  const show = (title ?? "").replace(/\s*[×x]\s*\d+$/u, "").trim();
  if (zhMatch || ZH_REMIND.test(text))
    return `${month}月${day}日${clock}提醒我：该出发去看${show ? `「${show}」` : "演出"}了`;
  return `remind me to head to ${show || "the show"} on ${EN_MONTHS[month - 1]} ${day} at ${enClock(at)}`;
}
