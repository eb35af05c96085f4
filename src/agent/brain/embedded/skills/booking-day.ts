import { dayStartMs, wallTime, zoneDay, zonedInstant } from "../../../../kernel/time-zone.ts";
import { extractDateTime } from "../../nlu/slots/time.ts";
import type { DateTimeSlot } from "../../nlu/slots/types.ts";
import { partOfDayHour } from "../../nlu/slots/when-reader.ts";
import type { SkillContext } from "./context.ts";

/** A day named in the words ("明天", "周五", "the 12th"): the time said is on that day, not the booking's. */
export const DAY_WORDS =
  /今天|明天|后天|大后天|周[一二三四五六日天]|星期|礼拜|[0-9]+月|号|日|\btoday\b|\btomorrow\b|\bmonday\b|\btuesday\b|\bwednesday\b|\bthursday\b|\bfriday\b|\bsaturday\b|\bsunday\b|\bjan|\bfeb|\bmar|\bapr|\bmay\b|\bjun|\bjul|\baug|\bsep|\boct|\bnov|\bdec/iu;

/** The new time: on the booking's own day unless another day is named ("改到9点" keeps the day). */
export function timeOnBookingDay(
  text: string,
  lang: "zh" | "en",
  now: number,
  was: number,
  zone: string,
): number | undefined {
  const bookingDay = dayStartMs(zoneDay(was, zone), zone);
  if (DAY_WORDS.test(text)) return extractDateTime(text, lang, now, zone)?.startMs;
  // The clock as said: the booking's half of the day decides below, not a guess of this evening.
  const parsed = extractDateTime(text, lang, bookingDay, zone, { clockAsSaid: true });
  const wasHour = wallTime(was, zone).hour;
  // Only the clock time is taken: chrono may roll a time it reads as past onto the next day.
  if (parsed?.timeKnown) {
    const moved = onDay(bookingDay, parsed.startMs, zone);
    // "改到5点" for a 4 p.m. booking is 5 in the afternoon: a bare hour keeps the booking's half of the day.
    const hour = wallTime(moved, zone).hour;
    return wasHour >= 12 && hour < 12 && !HALF_OF_DAY.test(text) ? moved + 12 * 3_600_000 : moved;
  }
  const bare = /(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/iu.exec(text.replace(/^\D*?(?=\d)/u, ""));
  if (!bare) return undefined;
  let hour = Number(bare[1]);
  const meridiem = bare[3]?.toLowerCase().replace(/\./gu, "");
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  // "make it 9" for an evening booking is 9 in the evening.
  if (!meridiem && wasHour >= 12 && hour < 12) hour += 12;
  if (hour > 23) return undefined;
  return zonedInstant(zone, { ...wallTime(bookingDay, zone), hour, minute: Number(bare[2] ?? 0) });
}

// Words that say which half of the day an hour is in ("早上5点", "5am", "凌晨").
export const HALF_OF_DAY =
  /上午|早上|早晨|清晨|凌晨|中午|下午|傍晚|晚上|夜里|今晚|明早|\b(?:am|pm|a\.m\.|p\.m\.|morning|noon|afternoon|evening|night|tonight)\b|[0-9]\s*(?:am|pm)\b/iu;

// A clock in the user's own words ("3点", "15:00", "3pm", "十点半", "at 6").
const HOUR_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const CLOCK_SAID = new RegExp(
  `\\d\\s*(?:[点:：时]|am\\b|pm\\b|a\\.m|p\\.m|o'?clock)|[一二两三四五六七八九十]+\\s*点|\\bat\\s+\\d|\\bmidnight\\b|\\b(?:half|quarter) (?:past|to)\\b|\\b(?:at|by|around|about) ${HOUR_WORD}\\b|\\b${HOUR_WORD}[- ]?(?:o'?clock|thirty|fifteen|forty[- ]five)\\b`,
  "iu",
);

/**
 * A part of the day said with no clock ("明天下午", "后天上午"): the reader gives it an hour of its own
 * ("下午" → 15:00), which nobody said — a ride at it is asked, not booked. Noon is a clock.
 */
export function onlyPartOfDay(slot: DateTimeSlot | undefined, text: string): boolean {
  if (!slot?.timeKnown || CLOCK_SAID.test(text)) return false;
  const hour = partOfDayHour(text);
  return hour !== undefined && hour !== 12;
}

/** The clock time of `timeMs` on the local day that starts at `dayMs`. */
export function onDay(dayMs: number, timeMs: number, zone: string): number {
  const { hour, minute } = wallTime(timeMs, zone);
  return zonedInstant(zone, { ...wallTime(dayMs, zone), hour, minute });
}

/**
 * The clock time the turn says, on the day of `was` (a card's time, or the day a question was about):
 * "3点半" for tomorrow's ride is tomorrow; a bare number ("8") counts only where a time was asked.
 */
export function saidClockOnDay(
  context: SkillContext,
  was: number,
  options: { bare?: boolean } = {},
): { atMs: number; text: string } | undefined {
  const { turn, lang, nlu } = context;
  const said = nlu.slots.datetime;
  if (!said?.timeKnown && !(options.bare && /\d/u.test(turn.text))) return undefined;
  const atMs = timeOnBookingDay(turn.text, lang, turn.now, was, turn.profile.timeZone);
  return atMs === undefined ? undefined : { atMs, text: said?.text ?? turn.text };
}
