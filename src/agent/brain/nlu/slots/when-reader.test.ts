import { describe, expect, it } from "vitest";
import { readCalendarDay } from "./calendar-day.ts";
import { extractDateTime } from "./time.ts";

// Thursday 2026-11-26 09:00 in Shanghai.
const NOW = Date.UTC(2026, 10, 26, 1, 0, 0);
const local = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
const read = (text: string, lang: "zh" | "en" = "zh") => extractDateTime(text, lang, NOW);

describe("the one time reader", () => {
  it("reads a day of the month alone as the next one, with the time said beside it", () => {
    expect(local(read("12号晚上7点叫车去大剧院")?.startMs ?? 0)).toBe("2026-12-12 19:00");
    expect(local(read("need a ride on the 12th at 6am", "en")?.startMs ?? 0)).toBe("2026-12-12 06:00");
    expect(read("what's on the 12th", "en")?.timeKnown).toBe(false);
    expect(local(read("26号中午送到")?.startMs ?? 0)).toBe("2026-11-26 12:00");
  });

  it("reads the month's end and numeric month/days", () => {
    expect(local(read("月底晚上7点送一份全家桶")?.startMs ?? 0)).toBe("2026-11-30 19:00");
    expect(local(read("下个月初提醒我")?.startMs ?? 0).slice(0, 10)).toBe("2026-12-01");
    expect(local(read("下个月15号早上8点叫车")?.startMs ?? 0)).toBe("2026-12-15 08:00");
    expect(local(read("12/20 杭州天气")?.startMs ?? 0).slice(0, 10)).toBe("2026-12-20");
  });

  it("reads a holiday on a fixed date as its next day, never a thing's name", () => {
    expect(local((read("whats the weather on christmas day", "en") as { startMs: number }).startMs)).toMatch(
      /^2026-12-25/u,
    );
    expect(local((read("will it rain on new year's day", "en") as { startMs: number }).startMs)).toMatch(
      /^2027-01-01/u,
    );
    expect(local((read("情人节天气怎么样") as { startMs: number }).startMs)).toMatch(/^2027-02-14/u);
    expect(local((read("平安夜晚上8点") as { startMs: number }).startMs)).toBe("2026-12-24 20:00");
    expect(readCalendarDay("a christmas cake to my office", NOW)).toBeUndefined();
    expect(readCalendarDay("order the christmas tree for christmas", NOW)?.day).toBe(25);
  });

  it("keeps addresses and lines that carry 号 out of dates", () => {
    expect(readCalendarDay("送到文三路18号", NOW)).toBeUndefined();
    expect(readCalendarDay("坐地铁1号线去西湖", NOW)).toBeUndefined();
    expect(readCalendarDay("周日晚上", NOW)).toBeUndefined();
  });

  it("reads the day after tomorrow at the hour said, in the user's zone", () => {
    expect(local(read("a cab the day after tomorrow at 3pm", "en")?.startMs ?? 0)).toBe("2026-11-28 15:00");
    expect(local(read("day after tomorrow at 3pm", "en")?.startMs ?? 0)).toBe("2026-11-28 15:00");
  });

  it("says when a date does not exist or a time is gone", () => {
    expect(read("2月30号送一束玫瑰")?.problem).toBe("impossible");
    expect(read("deliver on Feb 30", "en")?.problem).toBe("impossible");
    expect(read("昨天下午叫车去西湖")?.problem).toBe("past");
    expect(read("a taxi at 8am this morning", "en")?.problem).toBe("past");
    expect(read("今天早上8点叫车")?.problem).toBe("past");
    // A day said of something done, or of a reorder, is no time to act.
    expect(read("和昨天一样再来一份")?.problem).toBeUndefined();
    expect(read("the pizza I ordered yesterday was cold", "en")?.problem).toBeUndefined();
  });

  it("reads quarters of an hour, and 下午茶 as a meal, not the afternoon", () => {
    expect(local(read("明天早上八点一刻从家叫车去东站")?.startMs ?? 0)).toBe("2026-11-27 08:15");
    expect(local(read("三点三刻提醒我开会")?.startMs ?? 0)).toBe("2026-11-26 15:45");
    expect(local(read("下午茶 古茗两杯 下午三点送到公司")?.startMs ?? 0)).toBe("2026-11-26 15:00");
    expect(read("帮我点个下午茶送到公司")).toBeUndefined();
  });

  it("reads a bare hour already gone today as the coming one", () => {
    expect(local(read("3点要开会，会前送4杯美式")?.startMs ?? 0)).toBe("2026-11-26 15:00");
    expect(local(read("5 americanos before my 3 o'clock meeting", "en")?.startMs ?? 0)).toBe(
      "2026-11-26 15:00",
    );
  });

  it("reads delays from now and bounds", () => {
    expect(local(read("两小时后送到家")?.startMs ?? 0)).toBe("2026-11-26 11:00");
    expect(local(read("a big mac in 2 hours", "en")?.startMs ?? 0)).toBe("2026-11-26 11:00");
    expect(read("明早8点前送到")?.bound).toBe("by");
    expect(read("晚上八点以后送")?.bound).toBe("after");
    expect(read("after 8pm tonight", "en")?.bound).toBe("after");
  });
});
