import { describe, expect, it } from "vitest";
import { elseNothing } from "./condition-else.ts";
import { forecastMeets, readConditional } from "./conditions.ts";

describe("a request under a condition", () => {
  it("finds a weather condition, before or after the request, and keeps its day for the request", () => {
    expect(readConditional("要是后天下雨，就帮我10点叫车去西湖")).toMatchObject({
      condition: "要是后天下雨",
      action: "帮我后天10点叫车去西湖",
      weather: "rain",
    });
    expect(readConditional("周日降温的话帮我买件羽绒服")).toMatchObject({ weather: "cold" });
    expect(readConditional("get me a cab to the station at 7 if it snows on friday")).toMatchObject({
      action: "get me a cab to the station on friday at 7",
      weather: "snow",
    });
    expect(readConditional("if it's sunny tomorrow order a picnic basket")).toMatchObject({
      action: "order a picnic basket tomorrow",
      weather: "fine",
    });
  });

  it("names a condition it cannot check, and leaves alone those settled by trying", () => {
    expect(readConditional("如果李华同意，帮我订两张票")).toMatchObject({ condition: "如果李华同意" });
    expect(readConditional("有货的话帮我买两瓶水")).toBeUndefined();
    expect(readConditional("如果不超过50块就下单")).toBeUndefined();
    expect(readConditional("这样的话帮我换一家")).toBeUndefined();
    expect(readConditional("没有的话就来杯美式")).toBeUndefined();
    expect(readConditional("order a latte if possible")).toBeUndefined();
    expect(readConditional("in case it rains later, send an umbrella to my office")).toBeUndefined();
    expect(readConditional("can you check if it will rain tomorrow")).toBeUndefined();
  });
});

describe("a forecast against a weather condition", () => {
  it("reads a low chance of rain as a dry day", () => {
    const dry = "Tomorrow in Hangzhou: cloudy, 6–15°C, 15% chance of rain.";
    expect(forecastMeets("rain", dry)).toBe(false);
    expect(forecastMeets("dry", dry)).toBe(true);
    expect(forecastMeets("rain", "明天杭州：多云，降水概率 60%。")).toBeUndefined();
  });

  it("hears 'otherwise don't bother' as nothing wanted when the condition fails", () => {
    expect(elseNothing("if it rains book a car at 8; otherwise don't bother")).toBe(true);
    expect(elseNothing("要是下雨就叫车，不然就算了")).toBe(true);
    expect(elseNothing("if it rains book a car at 8")).toBe(false);
  });
});
