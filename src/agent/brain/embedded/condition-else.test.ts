import { describe, expect, it } from "vitest";
import {
  elseNothing,
  forecastForPart,
  rainUnlikely,
  sunshineMissing,
  withoutElse,
} from "./condition-else.ts";

describe("what the user said should happen when a condition fails", () => {
  it.each([
    ["后天要是下雪就帮我订个蛋糕，不下就算了", true],
    ["如果周五下雨帮我叫车，没雨就不用了", true],
    ["要是晴天就买两张票，不然算了", true],
    ["if it rains tomorrow book me a cab, otherwise forget it", true],
    ["要是后天下雨，帮我早上9点叫车去公司", false],
    ["book a cab at 8 if it rains", false],
  ])("%s → %s", (text, said) => {
    expect(elseNothing(text)).toBe(said);
  });

  it("keeps the else-words out of the action", () => {
    expect(withoutElse("帮我叫车去公司，不下就算了")).toBe("帮我叫车去公司");
    expect(withoutElse("帮我叫车去公司")).toBe("帮我叫车去公司");
  });
});

describe("the part of the day a forecast is judged on", () => {
  const cast = "11月28日（周六）杭州市白天多云，夜间晴，8~16°C，降水概率 15%。";
  it("takes the day unless the action is in the evening", () => {
    expect(forecastForPart(cast, "买两张下午场的票")).toContain("白天多云");
    expect(forecastForPart(cast, "买两张下午场的票")).not.toContain("夜间晴");
    expect(forecastForPart(cast, "晚上帮我叫车")).toContain("夜间晴");
    expect(forecastForPart("Sat: cloudy by day, clear at night, 8~16°C", "book a cab tonight")).toContain(
      "clear at night",
    );
  });

  it("sunshine asked for is missing under clouds", () => {
    expect(sunshineMissing("要是晴天", "白天多云")).toBe(true);
    expect(sunshineMissing("要是晴天", "白天晴")).toBe(false);
    expect(sunshineMissing("要是下雨", "白天多云")).toBe(false);
  });

  it("rain is unlikely when none is named and its chance is low", () => {
    expect(rainUnlikely("rain", "明天杭州市多云，6~15°C，降水概率 15%。")).toBe(true);
    expect(rainUnlikely("rain", "今天杭州市阴，7~14°C，降水概率 35%。")).toBe(false);
    expect(rainUnlikely("rain", "白天小雨，降水概率 15%")).toBe(false);
    expect(rainUnlikely("dry", "多云，降水概率 15%")).toBe(false);
  });
});
