/**
 * Wall-clock time in a time zone: the one place that turns an instant (epoch ms) into a local date
 * and clock time and back. The sandbox world (Hangzhou's shops, fares, shows) keeps Asia/Shanghai;
 * a user's reminders, bookings and recurring orders keep the zone of their profile. Zones are IANA
 * names ("Europe/London"), read through Intl, so daylight saving is the platform's own data.
 */

/** The world's time zone, and every user's unless their profile names another. */
export const WORLD_TIME_ZONE = "Asia/Shanghai";

/** A local date and time (month 1–12, weekday 0 = Sunday). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const DAY_MS = 86_400_000;
/** Asia/Shanghai has had no daylight saving since 1991: a fixed +8 h, and the hot path skips Intl. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl formatter per locale, zone and options, made once: building one costs far more than
 * formatting with it, and times are formatted on every card and reminder.
 */
export function zoneFormat(
  locale: string,
  zone: string,
  options: Omit<Intl.DateTimeFormatOptions, "timeZone">,
): Intl.DateTimeFormat {
  const key = `${locale} ${zone} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formats.set(key, format);
  }
  return format;
}

const NUMERIC_PARTS = {
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
} as const;

/** The IANA name as Intl spells it ("europe/london" → "Europe/London"), or undefined when no such zone exists. */
export function canonicalTimeZone(name: string): string | undefined {
  if (typeof name !== "string" || name.trim() === "" || name.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** How far the zone's wall clock is ahead of UTC at `ms` (negative west of Greenwich). */
export function zoneOffsetMs(zone: string, ms: number): number {
  if (zone === WORLD_TIME_ZONE) return SHANGHAI_OFFSET_MS;
  const parts: Record<string, number> = {};
  for (const part of zoneFormat("en-US", zone, NUMERIC_PARTS).formatToParts(new Date(ms)))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(
    parts.year as number,
    (parts.month as number) - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The local date and time of an instant in a zone. */
export function wallTime(ms: number, zone: string = WORLD_TIME_ZONE): WallTime {
  const shifted = new Date(ms + zoneOffsetMs(zone, ms));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/**
 * The instant a local date and time names in a zone. A time skipped by a spring-forward is read
 * with the offset from before the change (02:30 becomes 03:30); a repeated one is its first pass.
 */
export function zonedInstant(
  zone: string,
  wall: Pick<WallTime, "year" | "month" | "day" | "hour" | "minute"> & { second?: number },
): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const first = asUtc - zoneOffsetMs(zone, asUtc);
  const second = asUtc - zoneOffsetMs(zone, first);
  const named = [first, second].filter((ms) => ms + zoneOffsetMs(zone, ms) === asUtc);
  return named.length ? Math.min(...named) : Math.max(first, second);
}

/** The zone's local wall clock of an instant, written as if it were UTC (for rrule's "floating" dates). */
export function floatingDate(ms: number, zone: string = WORLD_TIME_ZONE): Date {
  return new Date(ms + zoneOffsetMs(zone, ms));
}

/** The instant a floating date (local wall clock written as UTC) names in the zone. */
export function fromFloating(date: Date, zone: string = WORLD_TIME_ZONE): number {
  return zonedInstant(zone, {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  });
}

/** The local day of an instant, as days since 1970-01-01 (two instants on one local day share it). */
export function zoneDay(ms: number, zone: string = WORLD_TIME_ZONE): number {
  return Math.floor((ms + zoneOffsetMs(zone, ms)) / DAY_MS);
}

/** The instant the local day numbered `day` (see zoneDay) begins. */
export function dayStartMs(day: number, zone: string = WORLD_TIME_ZONE): number {
  const date = new Date(day * DAY_MS);
  return zonedInstant(zone, {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: 0,
    minute: 0,
  });
}

/** The local calendar date, "YYYY-MM-DD". */
export function zoneDate(ms: number, zone: string = WORLD_TIME_ZONE): string {
  return floatingDate(ms, zone).toISOString().slice(0, 10);
}

/** The local clock time, "HH:mm". */
export function zoneClock(ms: number, zone: string = WORLD_TIME_ZONE): string {
  return floatingDate(ms, zone).toISOString().slice(11, 16);
}

/** The zone's offset in minutes east of UTC at `ms`, as chrono's reference wants it. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  return Math.round(zoneOffsetMs(zone, ms) / 60_000);
}
