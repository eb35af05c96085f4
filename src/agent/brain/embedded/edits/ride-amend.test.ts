import { describe, expect, it } from "vitest";
import { timeShift } from "./ride-amend.ts";

describe("a booked time moved by a span", () => {
  it("reads earlier and later in both languages", () => {
    expect(timeShift("提前半小时")).toBe(-30);
    expect(timeShift("推迟一个小时")).toBe(60);
    expect(timeShift("晚20分钟吧")).toBe(20);
    expect(timeShift("make it 30 minutes later")).toBe(30);
    expect(timeShift("an hour earlier please")).toBe(-60);
    expect(timeShift("push it back by 15 minutes")).toBe(15);
    expect(timeShift("改到5点")).toBeUndefined();
  });
});
