import { WORLD_TIME_ZONE, wallTime, zoneDay, zonedInstant } from "../../../../kernel/time-zone.ts";
import type { CalendarDay } from "./calendar-day.ts";
import type { DateTimeSlot } from "./types.ts";

/**
 * The parts of the one time reader that judge a reading rather than find it: a calendar day joined
 * with the clock time said beside it, whether the time is one Dimple can act on (a time already
 * gone is `past`), and whether it bounds the act ("8点前" is a deadline, "8点以后" a window's start).
 */

const DAY_MS = 86_400_000;

// A part of the day said without a clock time, and the hour it usually means.
const PARTS: readonly [RegExp, number][] = [
  [/凌晨|半夜|\bearly morning\b/iu, 5],
  [/早上|早晨|清早|\bmorning\b/iu, 8],
  [/上午/u, 10],
  [/中午|\bnoon\b|\blunch/iu, 12],
  [/下午|\bafternoon\b/iu, 15],
  [/傍晚|\bdusk\b/iu, 18],
  [/晚上|晚间|夜里|\bevening\b|\bnight\b/iu, 19],
];

/** The hour a part of the day means ("晚上" → 19), when the words name one. */
export function partOfDayHour(words: string): number | undefined {
  return PARTS.find(([pattern]) => pattern.test(words))?.[1];
}

const GAP = /^[\s,，的]*(?:\b(?:at|on|in the|around|about)\b)?[\s,，]*$/iu;

/**
 * A calendar day ("12号", "the 12th") at the clock time read from the rest of the text ("晚上7点",
 * "at 6am"), or at the part of the day said right after it, or at noon with the time unknown.
 */
export function onCalendarDay(
  day: CalendarDay,
  text: string,
  clock: DateTimeSlot | undefined,
  zone: string = WORLD_TIME_ZONE,
): DateTimeSlot {
  let start = day.index;
  let end = day.index + day.text.length;
  let hour = 12;
  let minute = 0;
  let timeKnown = false;
  const clockAt = clock ? text.indexOf(clock.text) : -1;
  if (clock?.timeKnown) {
    ({ hour, minute } = wallTime(clock.startMs, zone));
    timeKnown = true;
    // The clock joins the day's words when nothing but a space or "at" lies between them.
    if (clockAt >= end && GAP.test(text.slice(end, clockAt))) end = clockAt + clock.text.length;
    else if (
      clockAt >= 0 &&
      clockAt + clock.text.length <= start &&
      GAP.test(text.slice(clockAt + clock.text.length, start))
    )
      start = clockAt;
  } else {
    const near = text.slice(end, end + 8);
    const part =
      /^\s*(?:的)?(凌晨|半夜|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|in the (?:morning|afternoon|evening)|at (?:noon|night)|morning|afternoon|evening|night)/iu.exec(
        near,
      );
    const hourOf = part ? partOfDayHour(part[1] as string) : undefined;
    if (part && hourOf !== undefined) {
      hour = hourOf;
      end += part[0].length;
    }
  }
  return {
    text: text.slice(start, end),
    startMs: zonedInstant(zone, { year: day.year, month: day.month, day: day.day, hour, minute }),
    timeKnown,
  };
}

// Words that put a time on today ("今早8点", "this morning at 8"): chrono's forward reading moves it on.
const TODAY = /今天|今早|今晨|今儿|\btoday\b|\bthis (?:morning|afternoon)\b/iu;
// The time said of something already done ("昨天买的", "the one I ordered yesterday", "和昨天一样").
const OF_THE_PAST_AFTER = /^\s*(?:的|[买点订叫送收到]{1,2}的|下的单|下单的|那|一样)/u;
const OF_THE_PAST_BEFORE =
  /(?:\b(?:ordered|bought|got|had|came|arrived|placed|booked|took|was|were|did|since|from)\s+(?:\w+\s+)?)$|跟|和|同|像/iu;
const REFERENCE = /一样|同样|照旧|那家|那单|上次|再来一|\bsame\b|\bagain\b|\blast time\b|\bago\b/iu;

/**
 * The reading judged against now: a time already gone is `past` (chrono's forward reading of
 * "今早8点" said at 9 is put back on today first), unless the words say when something was done.
 */
export function judged(
  slot: DateTimeSlot,
  text: string,
  now: number,
  zone: string = WORLD_TIME_ZONE,
): DateTimeSlot {
  let reading = slot;
  const days = zoneDay(slot.startMs, zone) - zoneDay(now, zone);
  if (days > 0 && TODAY.test(slot.text) && !/明|后天|tomorrow/iu.test(slot.text))
    reading = { ...slot, startMs: slot.startMs - days * DAY_MS };
  const bound = boundOf(reading, text);
  if (bound) reading = { ...reading, bound };
  const gone = reading.timeKnown
    ? reading.startMs < now - 60_000
    : zoneDay(reading.startMs, zone) < zoneDay(now, zone);
  if (!gone) return reading;
  const at = text.indexOf(slot.text);
  if (at < 0) return reading;
  const before = text.slice(Math.max(0, at - 24), at);
  const after = text.slice(at + slot.text.length, at + slot.text.length + 6);
  if (OF_THE_PAST_AFTER.test(after) || OF_THE_PAST_BEFORE.test(before) || REFERENCE.test(text))
    return reading;
  return { ...reading, problem: "past" };
}

/** "8点前", "by 6pm", "before my 3 o'clock": a deadline; "8点以后", "after 8pm": the earliest time. */
function boundOf(slot: DateTimeSlot, text: string): DateTimeSlot["bound"] {
  const at = text.indexOf(slot.text);
  // The words were rewritten before reading ("明早8点前" read as "明天早上8点"): the clock's own suffix.
  if (at < 0)
    return /(?:点|点半|分|[0-9]{2}|[ap]\.?m\.?)\s*(?:以前|之前|前)/iu.test(text)
      ? "by"
      : /(?:点|点半|分|[0-9]{2}|[ap]\.?m\.?)\s*(?:以后|之后)/iu.test(text)
        ? "after"
        : undefined;
  const after = text.slice(at + slot.text.length, at + slot.text.length + 6);
  const before = text.slice(Math.max(0, at - 16), at);
  if (
    /^\s*(?:以前|之前|前)/u.test(after) ||
    /\b(?:by|before|no later than|until)\s+(?:my\s+|the\s+)?$/iu.test(before)
  )
    return "by";
  if (
    /^\s*(?:以后|之后|后(?!天))/u.test(after) ||
    /\b(?:after|later than|any ?time after)\s+$/iu.test(before)
  )
    return "after";
  return undefined;
}

const ZH_LATER =
  /(半|[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(半)?\s*(小时|钟头|分钟)\s*(?:后|以后|之后)/u;
const EN_LATER =
  /\b(?:in\s+(an?|one|two|three|four|five|six|\d+(?:\.5)?)\s+(hours?|hrs?)|(an?|one|two|three|\d+)\s+(hours?|hrs?|minutes?|mins?)\s+from\s+now)\b/iu;
const WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * A time said as a delay from now ("两小时后", "in 2 hours", "45 minutes from now"); "in 30 minutes"
 * alone stays a deadline (the delivery's "within").
 */
export function laterFromNow(
  text: string,
  now: number,
  parse: (words: string) => number | undefined,
): DateTimeSlot | undefined {
  const zh = ZH_LATER.exec(text);
  if (zh) {
    const amount = zh[1] === "半" ? 0.5 : parse(zh[1] as string);
    if (amount === undefined) return undefined;
    const minutes = (amount + (zh[2] ? 0.5 : 0)) * (zh[3] === "分钟" ? 1 : 60);
    return { text: zh[0], startMs: now + Math.round(minutes * 60_000), timeKnown: true };
  }
  const en = EN_LATER.exec(text);
  if (!en) return undefined;
  const word = ((en[1] ?? en[3]) as string).toLowerCase();
  const amount = WORDS[word] ?? Number(word);
  const unit = (en[2] ?? en[4]) as string;
  const minutes = amount * (/^m/iu.test(unit) ? 1 : 60);
  return Number.isFinite(minutes) && minutes > 0
    ? { text: en[0], startMs: now + Math.round(minutes * 60_000), timeKnown: true }
    : undefined;
}
