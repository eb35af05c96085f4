/**
 * Wall-clock helpers for the world's zone, Asia/Shanghai (see kernel/time-zone.ts), so schedules and
 * refund windows read the way people in Hangzhou say them ("Saturday 19:30").
 */
import {
  dayStartMs,
  WORLD_TIME_ZONE,
  wallTime,
  zoneClock,
  zoneDate,
  zoneDay,
  zonedInstant,
  zoneOffsetMs,
} from "../../kernel/time-zone.ts";

const DAY_MS = 86_400_000;

/** Epoch ms of midnight, Shanghai time, of the day containing `ms`. */
export function shanghaiMidnight(ms: number): number {
  return dayStartMs(zoneDay(ms));
}

/** Day of the week in Shanghai: 0 = Sunday … 6 = Saturday. */
export function shanghaiWeekday(ms: number): number {
  return wallTime(ms).weekday;
}

/** "YYYY-MM-DD HH:mm" in Shanghai time. */
export function formatShanghai(ms: number): string {
  return `${zoneDate(ms)} ${zoneClock(ms)}`;
}

/**
 * Parses a date ("2026-11-28") or a date-time ("2026-11-28T19:30", "2026-11-28 19:30") given in
 * Shanghai time, or an ISO string with an explicit offset. `endOfDay` makes a bare date mean its last
 * millisecond, so a range "to 2026-11-29" includes that whole Sunday.
 */
export function parseShanghaiTime(text: string, endOfDay = false): number | undefined {
  const trimmed = text.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (dateOnly) {
    const [, year, month, day] = dateOnly;
    const midnight = zonedInstant(WORLD_TIME_ZONE, {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: 0,
      minute: 0,
    });
    return endOfDay ? midnight + DAY_MS - 1 : midnight;
  }
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(trimmed);
  const normalized = trimmed.replace(" ", "T");
  const parsed = Date.parse(hasZone ? normalized : `${normalized}Z`);
  if (!Number.isFinite(parsed)) return undefined;
  return hasZone ? parsed : parsed - zoneOffsetMs(WORLD_TIME_ZONE, parsed);
}

/**
 * The `weekday` (0 = Sunday) on or after the day of `fromMs`, `weeksLater` weeks on, at `time`
 * ("19:30") Shanghai time. Used by the seed to place sessions relative to the world's start.
 */
export function upcomingWeekdayAt(fromMs: number, weekday: number, weeksLater: number, time: string): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const today = shanghaiMidnight(fromMs);
  const daysAhead = (weekday - shanghaiWeekday(fromMs) + 7) % 7;
  return today + (daysAhead + weeksLater * 7) * DAY_MS + (hours * 60 + minutes) * 60_000;
}
