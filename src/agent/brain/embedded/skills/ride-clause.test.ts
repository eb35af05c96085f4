import { describe, expect, it } from "vitest";
import { onlyPartOfDay } from "./booking-day.ts";
import { withRideClauseTime } from "./ride-clause.ts";

const ZONE = "Asia/Shanghai";
// Now: Thu 2026-11-26 09:00 in Shanghai; the show: Sat 2026-11-28 19:00.
const now = Date.parse("2026-11-26T01:00:00Z");
const startsAt = Date.parse("2026-11-28T11:00:00Z");
const timed = (text: string, lang: "zh" | "en" = "zh") =>
  withRideClauseTime(text, { withRide: true }, startsAt, now, ZONE, lang);
const leaves = (text: string, lang: "zh" | "en" = "zh") => {
  const at = timed(text, lang).draft.rideAtMs;
  return at === undefined ? undefined : new Date(at).toISOString();
};

describe("the ride's time said in the same sentence as the tickets", () => {
  it.each([
    ["买两张周六晚上的票，再叫辆车晚上6点从家出发过去", "zh", "2026-11-28T10:00:00.000Z"],
    ["周六的票一张，六点半帮我叫车过去", "zh", "2026-11-28T10:30:00.000Z"],
    [
      "two tickets for Saturday at 7pm, and a car from my home at 6:15 to get there",
      "en",
      "2026-11-28T10:15:00.000Z",
    ],
  ] as const)("%s: leaves then, on the show's day", (text, lang, iso) => {
    expect(leaves(text, lang)).toBe(iso);
  });

  it.each([
    ["two tickets for Saturday at 7pm and a ride there", "en"],
    ["周六晚上7点的两张，叫车过去", "zh"],
    ["周六两张，晚上叫车过去", "zh"],
    ["周六两张，叫车6点前到", "zh"],
  ] as const)("%s: the show's time, a part of the day or a deadline leave the usual lead", (text, lang) => {
    expect(timed(text, lang)).toEqual({ draft: { withRide: true }, note: "" });
  });

  it("says a time after the show starts, and keeps the usual lead", () => {
    const result = timed("a ticket for Saturday, and a taxi there at 9pm", "en");
    expect(result.draft.rideAtMs).toBeUndefined();
    expect(result.note).toMatch(/isn't before the show starts/u);
  });
});

describe("a part of the day with no clock", () => {
  const slot = { text: "明天下午3点", startMs: 0, timeKnown: true };
  it.each([
    ["明天下午叫车去西湖", true],
    ["后天上午叫车去机场", true],
    ["明天下午3点叫车", false],
    ["明天下午三点半叫车", false],
    ["明天中午叫车", false],
    ["tomorrow at 3pm", false],
    ["half past seven tomorrow evening", false],
    ["tomorrow evening at seven", false],
  ])("%s → %s", (text, only) => {
    expect(onlyPartOfDay(slot, text)).toBe(only);
  });

  it("is nothing when the reader already knows the hour is not said", () => {
    expect(onlyPartOfDay({ ...slot, timeKnown: false }, "明天下午叫车")).toBe(false);
  });
});
