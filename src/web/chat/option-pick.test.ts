import { describe, expect, it } from "vitest";
import { optionPick } from "./option-pick.ts";

describe("picking an option under a reply", () => {
  it("names the option by its position, then its label, in the UI language", () => {
    expect(optionPick(0, "瑞幸咖啡（江南大道店） · 拿铁", "zh")).toBe("第1个：瑞幸咖啡（江南大道店） · 拿铁");
    expect(optionPick(1, "Starbucks (ZJU Yuquan) · Caffè Latte", "en")).toBe(
      "Option 2: Starbucks (ZJU Yuquan) · Caffè Latte",
    );
  });
});
