import { describe, expect, it } from "vitest";
import { wallTime } from "../../../../kernel/time-zone.ts";
import { englishClockDigits } from "./clock-words.ts";
import { extractDateTime } from "./time.ts";

// Thursday 26 November 2026, 09:00 in Hangzhou.
const NOW = Date.parse("2026-11-26T01:00:00Z");

/** The reading as "MM-DD HH:MM" in Hangzhou, and whether the clock was said. */
function read(text: string): string {
  const lang = /\p{Script=Han}/u.test(text) ? "zh" : "en";
  const slot = extractDateTime(text, lang, NOW);
  if (!slot) return "none";
  const wall = wallTime(slot.startMs);
  const two = (value: number) => String(value).padStart(2, "0");
  return `${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)}${slot.timeKnown ? "" : " ?"}`;
}

describe("clock times said in words", () => {
  it.each([
    ["I need a car at quarter past eight tomorrow", "11-27 08:15"],
    ["half past seven tomorrow evening, taxi from home", "11-27 19:30"],
    ["quarter to nine tomorrow", "11-27 08:45"],
    ["at a quarter past 7 tonight", "11-26 19:15"],
    ["ten past six tomorrow morning", "11-27 06:10"],
    ["twenty to eight pm", "11-26 19:40"],
    ["eight thirty tomorrow morning", "11-27 08:30"],
    ["at seven-thirty tonight", "11-26 19:30"],
  ])("%s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("leaves counts and ranges that are not clock times alone", () => {
    expect(englishClockDigits("deliver in five to ten minutes")).toBe("deliver in five to ten minutes");
    expect(englishClockDigits("ten to twelve people")).toBe("ten to twelve people");
    expect(englishClockDigits("two thirty-yuan vouchers")).toBe("two thirty-yuan vouchers");
  });
});

describe("the half of the day said apart from the hour", () => {
  it.each([
    ["at 7 tomorrow evening", "11-27 19:00"],
    ["tomorrow at 7 in the evening", "11-27 19:00"],
    ["7:30 tomorrow evening", "11-27 19:30"],
    ["at 5 tomorrow afternoon", "11-27 17:00"],
    ["tomorrow at 9", "11-27 09:00"],
    ["at 7 tomorrow morning", "11-27 07:00"],
  ])("%s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe("Chinese shorthand for the half of the day", () => {
  it.each([
    ["后天晚8点叫车", "11-28 20:00"],
    ["周五晚七点半去机场", "11-27 19:30"],
    ["下周一早8点去机场", "11-30 08:00"],
    ["明早七点", "11-27 07:00"],
    ["明晚八点半", "11-27 20:30"],
  ])("%s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
