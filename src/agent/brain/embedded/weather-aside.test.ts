import { describe, expect, it } from "vitest";
import { weatherRemark } from "./weather-aside.ts";

describe("a remark about the weather beside an order", () => {
  it("is a remark, not a question", () => {
    expect(weatherRemark("明天要下雨")).toBe(true);
    expect(weatherRemark("，好热啊")).toBe(true);
    expect(weatherRemark(", it's going to rain")).toBe(true);
    expect(weatherRemark("it's so hot today")).toBe(true);
    expect(weatherRemark("明天会下雨吗")).toBe(false);
    expect(weatherRemark("will it rain tomorrow?")).toBe(false);
    expect(weatherRemark("帮我买两把雨伞送到公司")).toBe(false);
  });
});
