import { wallTime } from "../../kernel/time-zone.ts";

/** Minute of the local (Asia/Shanghai) day for an epoch-ms instant, 0–1439. */
export function localMinuteOfDay(at: number): number {
  const { hour, minute } = wallTime(at);
  return hour * 60 + minute;
}

/** "07:30" → 450; "24:00" → 1440. */
export function parseClockTime(text: string): number {
  const [hours, minutes] = text.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Opening hours as stored: a closing minute before the opening one means "after midnight". */
export function openingMinutes(opens: string, closes: string): { opens: number; closes: number } {
  const start = parseClockTime(opens);
  const end = parseClockTime(closes);
  return { opens: start, closes: end <= start ? end + 1440 : end };
}

/** Whether a merchant with these hours takes orders at `at` (local time). */
export function isOpenAt(
  hours: { open_24h: number; opens_minute: number; closes_minute: number },
  at: number,
): boolean {
  if (hours.open_24h === 1) return true;
  const minute = localMinuteOfDay(at);
  if (hours.closes_minute <= 1440) return minute >= hours.opens_minute && minute < hours.closes_minute;
  return minute >= hours.opens_minute || minute < hours.closes_minute - 1440;
}

/** "07:00–21:00", "10:00–次日02:00" style text for people, or "24h". */
export function formatHours(hours: {
  open_24h: number;
  opens_minute: number;
  closes_minute: number;
}): string {
  if (hours.open_24h === 1) return "24h";
  const clock = (minute: number) =>
    `${String(Math.floor((minute % 1440) / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  const closes = hours.closes_minute === 1440 ? "24:00" : clock(hours.closes_minute);
  return `${clock(hours.opens_minute)}-${hours.closes_minute > 1440 ? "+1 " : ""}${closes}`;
}
