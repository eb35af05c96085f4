import { describe, expect, it } from "vitest";
import { optionTap } from "./option-pick.ts";

describe("tapping an option under a reply", () => {
  it("sends the option's id and label, and shows its label as the words", () => {
    const tap = optionTap({ id: "event2", label: "薛之谦 天外来物 巡回演唱会", detail: "黄龙体育中心" });
    expect(tap.option).toEqual({ id: "event2", label: "薛之谦 天外来物 巡回演唱会" });
    expect(tap.text).toBe("薛之谦 天外来物 巡回演唱会");
  });

  it("never words a tap as a position, which would point into the newest list", () => {
    expect(optionTap({ id: "alt1", label: "Starbucks (ZJU Yuquan) · Caffè Latte" }).text).not.toMatch(
      /Option \d|第\d个/u,
    );
  });
});
