import {
  dayStartMs,
  floatingDate,
  WORLD_TIME_ZONE,
  zoneClock,
  zoneDate,
  zoneDay,
} from "../../../../kernel/time-zone.ts";
import type { DaySpan } from "../../nlu/slots/day-span.ts";
import type { DateTimeSlot } from "../../nlu/slots/types.ts";
import type { Lang } from "../../types.ts";
import { say } from "../say.ts";

const DAY_MS = 86_400_000;
const WEEKDAYS_ZH = ["日", "一", "二", "三", "四", "五", "六"];
const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The Shanghai calendar date of an instant, "YYYY-MM-DD" (the format the services use). */
export function shanghaiDate(ms: number): string {
  return zoneDate(ms);
}

/** The Shanghai wall time of an instant, "HH:mm". */
export function shanghaiClock(ms: number): string {
  return zoneClock(ms);
}

/** The days a date slot covers, as Shanghai dates: one day, or the span of a range ("this weekend"). */
export function slotDays(slot: DateTimeSlot): { from: string; to: string } {
  const from = shanghaiDate(slot.startMs);
  const to = slot.endMs !== undefined && slot.endMs > slot.startMs ? shanghaiDate(slot.endMs) : from;
  return { from, to };
}

/** "今天" / "明天" / "11月28日（周六）" for a date relative to today, in the user's language. */
export function dayLabel(date: string, now: number, lang: Lang): string {
  const today = shanghaiDate(now);
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  if (days === 0) return say(lang, "今天", "today");
  if (days === 1) return say(lang, "明天", "tomorrow");
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const [, month, day] = date.split("-").map(Number) as [number, number, number];
  return say(
    lang,
    `${month}月${day}日（周${WEEKDAYS_ZH[weekday]}）`,
    `${WEEKDAYS_EN[weekday]} ${month}/${day}`,
  );
}

/** A session start for replies: "11月28日（周六）19:30" / "Sat 11/28 19:30". */
export function sessionLabel(startsAt: number, now: number, lang: Lang): string {
  return `${dayLabel(shanghaiDate(startsAt), now, lang)} ${shanghaiClock(startsAt)}`;
}

/** A span of days ("下周": from 4 to 10 days on) as a date slot covering them, for searches by day. */
export function spanSlot(span: DaySpan, now: number, zone: string = WORLD_TIME_ZONE): DateTimeSlot {
  const today = dayStartMs(zoneDay(now, zone), zone);
  return {
    text: span.text,
    startMs: today + span.from * DAY_MS + 12 * 3_600_000,
    endMs: today + span.to * DAY_MS + 12 * 3_600_000,
    timeKnown: false,
  };
}

/** "11月30日至12月6日" / "11/30–12/6": a span's days, said plainly. */
export function spanWords(span: DaySpan, now: number, lang: Lang, zone: string = WORLD_TIME_ZONE): string {
  const today = dayStartMs(zoneDay(now, zone), zone);
  const [from, to] = [span.from, span.to].map((days) => {
    const [, month, day] = zoneDate(today + days * DAY_MS + 12 * 3_600_000, zone)
      .split("-")
      .map(Number);
    return lang === "zh" ? `${month}月${day}日` : `${month}/${day}`;
  });
  if (from === to) return lang === "zh" ? `${from}` : `on ${from}`;
  return lang === "zh" ? `${from}至${to}` : `${from}–${to}`;
}

/** " — the next is on Friday, Dec 4": the next session's day with its month, which "12/4" leaves to guessing. */
export function nextSessionOn(sessions: readonly { startsAt: number }[], now: number): string {
  const next = sessions.find((session) => session.startsAt > now);
  if (!next) return "";
  const day = floatingDate(next.startsAt).toLocaleDateString("en-US", {
    weekday: "long",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
  return ` — the next is on ${day}`;
}
