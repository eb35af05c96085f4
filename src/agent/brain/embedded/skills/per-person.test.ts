import { describe, expect, it } from "vitest";
import { perPersonTimes } from "./per-person.ts";

describe("a count said per person", () => {
  it.each([
    ["我们五个人，每人一杯拿铁，送到公司", 5],
    ["三个人 每人一份炒饭", 3],
    ["lattes for the 4 of us, one each, to the office", 4],
    ["6 people, a cup each of milk tea", 6],
    ["we are 3, each of us wants a burger", 3],
  ])("%s → × %d", (text, times) => {
    expect(perPersonTimes(text)).toBe(times);
  });

  it.each([
    "我们五个人，每人30以内，点几杯奶茶",
    "two lattes, 30 yuan each",
    "for the 4 of us, 25 each max",
    "一杯拿铁，每人一杯", // no party size said
    "我们四个人每人一杯，一共4杯拿铁",
  ])("%s is no per-person count", (text) => {
    expect(perPersonTimes(text)).toBeUndefined();
  });
});
