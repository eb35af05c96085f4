import { describe, expect, it } from "vitest";
import { onlyPartOfDay } from "./booking-day.ts";
import type { SkillContext } from "./context.ts";
import { withRideClause } from "./ride-clause.ts";

const ZONE = "Asia/Shanghai";
// Now: Thu 2026-11-26 09:00 in Shanghai; the show: Sat 2026-11-28 19:00.
const now = Date.parse("2026-11-26T01:00:00Z");
const startsAt = Date.parse("2026-11-28T11:00:00Z");
// The trip from home to the venue takes 40 minutes.
const TRIP_SECONDS = 40 * 60;
const contextOf = (text: string, lang: "zh" | "en", at = now) =>
  ({
    turn: {
      text,
      now: at,
      profile: {
        timeZone: ZONE,
        addresses: [{ id: "a1", label: "home", address: "家的地址", lng: 120.2, lat: 30.3 }],
      },
      tools: { call: async () => ({ ok: true, data: { durationSeconds: TRIP_SECONDS } }) },
    },
    lang,
  }) as unknown as SkillContext;
const timed = (text: string, lang: "zh" | "en" = "zh", at = now) =>
  withRideClause(contextOf(text, lang, at), { withRide: true }, startsAt, { lng: 120.1, lat: 30.2 });
const leaves = async (text: string, lang: "zh" | "en" = "zh") => {
  const at = (await timed(text, lang)).draft.rideAtMs;
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
  ] as const)("%s: leaves then, on the show's day", async (text, lang, iso) => {
    expect(await leaves(text, lang)).toBe(iso);
  });

  // The show starts 19:00; to be there by 17:30 on a 40-minute trip with ten spare, the car leaves 16:40.
  it.each([
    ["周六两张，帮我约辆车，开演前90分钟到现场", "zh"],
    ["周六两张，打车过去，要提前一个半小时到", "zh"],
    ["周六两张，再叫个车，开场前1.5小时送到", "zh"],
    ["two tickets for Saturday, and a car to get me there an hour and a half before it starts", "en"],
    ["two tickets for Saturday, plus a taxi so I'm at the venue 90 minutes early", "en"],
    ["a ticket for Saturday and book a ride that has me there one and a half hours before showtime", "en"],
  ] as const)("%s: there 90 minutes before the start, the trip's length earlier", async (text, lang) => {
    const result = await timed(text, lang);
    expect(new Date(result.draft.rideAtMs ?? 0).toISOString()).toBe("2026-11-28T08:40:00.000Z");
    expect(result.note).toMatch(lang === "zh" ? /车程约 40 分钟，约 17:20 到/u : /about 40 min.*17:20/u);
  });

  it.each([
    ["周六两张，开演前半小时从家打车出发", "zh"],
    ["two tickets for Saturday, and a car to pick me up half an hour before the show", "en"],
  ] as const)("%s: leaves the said time before the start", async (text, lang) => {
    expect(await leaves(text, lang)).toBe("2026-11-28T10:30:00.000Z");
  });

  it("says when the time counted back is already gone, and books the earliest car", async () => {
    const result = await timed("今晚的票一张，叫个车，开场前两小时到", "zh", startsAt - 60 * 60_000);
    expect(result.draft.rideAtMs).toBe(startsAt - 50 * 60_000);
    expect(result.note).toMatch(/来不及/u);
  });

  it.each([
    ["two tickets for Saturday at 7pm and a ride there", "en"],
    ["周六晚上7点的两张，叫车过去", "zh"],
    ["周六两张，晚上叫车过去", "zh"],
    ["周六两张，叫车6点前到", "zh"],
  ] as const)(
    "%s: the show's time, a part of the day or a deadline leave the usual lead",
    async (text, lang) => {
      expect(await timed(text, lang)).toEqual({ draft: { withRide: true }, note: "" });
    },
  );

  it("says a time after the show starts, and keeps the usual lead", async () => {
    const result = await timed("a ticket for Saturday, and a taxi there at 9pm", "en");
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
