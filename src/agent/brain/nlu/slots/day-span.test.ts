import { describe, expect, it } from "vitest";
import { eveningMeant } from "./clock-sense.ts";
import { extractDaySpan } from "./day-span.ts";
import { extractSavedEnds } from "./places.ts";

// Thursday 2026-11-26 09:00 in Shanghai.
const THURSDAY = Date.parse("2026-11-26T01:00:00Z");
const SUNDAY = Date.parse("2026-11-29T01:00:00Z");

describe("day spans", () => {
  it("reads a weekend as Saturday and Sunday, in both languages", () => {
    expect(extractDaySpan("这周末天气怎么样", THURSDAY)).toMatchObject({ from: 2, to: 3 });
    expect(extractDaySpan("周末会下雨吗", THURSDAY)).toMatchObject({ from: 2, to: 3 });
    expect(extractDaySpan("what's it like over the weekend", THURSDAY)).toMatchObject({ from: 2, to: 3 });
    expect(extractDaySpan("下周末", THURSDAY)).toMatchObject({ from: 9, to: 10 });
    expect(extractDaySpan("this weekend", SUNDAY)).toMatchObject({ from: 0, to: 0 });
  });

  it("reads next week as Monday to Sunday, never one day, and leaves a named weekday alone", () => {
    expect(extractDaySpan("下周天气怎么样", THURSDAY)).toMatchObject({ from: 4, to: 10 });
    expect(extractDaySpan("weather next week", THURSDAY)).toMatchObject({ from: 4, to: 10 });
    expect(extractDaySpan("下周三会下雨吗", THURSDAY)).toBeUndefined();
    expect(extractDaySpan("下周天", THURSDAY)).toBeUndefined();
  });

  it("reads a few days ahead from tomorrow, and 这几天 from today", () => {
    expect(extractDaySpan("未来三天", THURSDAY)).toMatchObject({ from: 1, to: 3 });
    expect(extractDaySpan("next 2 days", THURSDAY)).toMatchObject({ from: 1, to: 2 });
    expect(extractDaySpan("这几天会降温吗", THURSDAY)).toMatchObject({ from: 0, to: 2 });
    expect(extractDaySpan("明天天气", THURSDAY)).toBeUndefined();
  });
});

describe("saved places at a trip's ends", () => {
  it("finds home and the office without a 'to'", () => {
    expect(extractSavedEnds("get me an Uber home")).toEqual({ destination: "home" });
    expect(extractSavedEnds("book an XL to the office")).toEqual({ destination: "office" });
    expect(extractSavedEnds("uber from the office back home at 11pm")).toEqual({
      origin: "office",
      destination: "home",
    });
    expect(extractSavedEnds("从公司打车回家")).toEqual({ origin: "office", destination: "home" });
    expect(extractSavedEnds("叫车去西湖")).toEqual({});
  });

  it("finds the saved place a trip ends at when it is said before the 'from'", () => {
    expect(extractSavedEnds("need an uber home from the office around 8")).toEqual({
      origin: "office",
      destination: "home",
    });
    expect(extractSavedEnds("cab to work from my place please")).toEqual({
      origin: "home",
      destination: "office",
    });
    expect(extractSavedEnds("回家的车，从单位出发")).toEqual({ origin: "office", destination: "home" });
    expect(extractSavedEnds("a taxi to the airport from home")).toEqual({ origin: "home" });
  });
});

describe("a bare clock time already past", () => {
  const six = Date.parse("2026-11-26T22:00:00Z"); // chrono's forward reading: Friday 06:00
  it("means this evening when nothing fixes the morning", () => {
    expect(eveningMeant("6点", "下班的时候6点叫车回家", six, THURSDAY)).toBe(
      Date.parse("2026-11-26T10:00:00Z"),
    );
  });
  it("stays as said for a morning word, a day, or a change of a time already set", () => {
    expect(eveningMeant("6点", "早上6点叫车", six, THURSDAY)).toBe(six);
    expect(eveningMeant("6点", "6点叫我起床", six, THURSDAY)).toBe(six);
    expect(eveningMeant("7点半", "改成7点半", six, THURSDAY)).toBe(six);
  });
});
