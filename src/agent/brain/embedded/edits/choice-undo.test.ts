import { describe, expect, it } from "vitest";
import { saidWithChoice, undoneChoice } from "./choice-undo.ts";

describe("a choice taken back after a card", () => {
  it.each([
    ["不要加饭了，正常就行", "不加饭"],
    ["算了不加饭了", "不加饭"],
    ["蛋不加了", "不加蛋"],
    ["饭就不用加了", "不加饭"],
    ["那就不加蛋吧", "不加蛋"],
    ["牛肉不加了", "不加牛肉"],
  ])("%s → %s", (text, undone) => {
    expect(undoneChoice(text)).toBe(undone);
  });

  it.each(["都加个蛋", "加饭", "不要了", "不加了"])("%s takes nothing back", (text) => {
    expect(undoneChoice(text)).toBeUndefined();
  });

  it("drops the choice from the line's words, and puts a new one in place of its kind", () => {
    expect(saidWithChoice("照烧鸡肉饭 两份 加饭", "不加饭")).not.toMatch(/加饭/u);
    expect(saidWithChoice("牛肉面 加蛋 微辣", "不加蛋")).toMatch(/微辣/u);
    expect(saidWithChoice("牛肉面 加蛋 微辣", "不加蛋")).not.toMatch(/加蛋/u);
    expect(saidWithChoice("巨峰葡萄1kg", "500g")).toMatch(/^\s*巨峰葡萄\s+500g$/u);
  });
});
