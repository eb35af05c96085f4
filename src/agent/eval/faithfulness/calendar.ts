import { floatingDate, WORLD_TIME_ZONE, wallTime, zonedInstant } from "../../../kernel/time-zone.ts";
import type { DayAsk, TimeAsk } from "./asks.ts";

const DAY_MS = 24 * 3600_000;

/** The local (Asia/Shanghai) day `offset` days after the one `now` falls in. */
export function dayAfter(now: number, offset: number): DayAsk {
  const local = new Date(floatingDate(now).getTime() + offset * DAY_MS);
  return { offset, date: local.toISOString().slice(0, 10), weekday: local.getUTCDay() };
}

/** The days from today on, `count` of them. */
export function nextDays(now: number, count: number): DayAsk[] {
  return Array.from({ length: count }, (_, offset) => dayAfter(now, offset));
}

/** The epoch ms of a local time on a local day. */
export function epochOf(time: TimeAsk): number {
  const [year, month, date] = time.day.date.split("-").map(Number) as [number, number, number];
  return zonedInstant(WORLD_TIME_ZONE, { year, month, day: date, hour: time.hour, minute: time.minute });
}

/** The local hour of an epoch time. */
export function localHour(epochMs: number): number {
  return wallTime(epochMs).hour;
}
