import { describe, expect, it } from "vitest";
import { lineName, orderReader } from "./order-reading.fixture.ts";
import { onlyChoices } from "./shop-choices.ts";

// Menu names of made-up shops, so the composition is tested, not one menu.
const readOrder = orderReader([
  { kind: "item", id: "noodle", zh: "汤面", en: "Soup Noodles" },
  { kind: "item", id: "egg", zh: "茶叶蛋", en: "Tea Egg" },
  { kind: "item", id: "rice", zh: "鸡排饭", en: "Chicken Cutlet Rice" },
  { kind: "item", id: "bowl", zh: "肥牛饭", en: "Beef Bowl" },
  { kind: "item", id: "soup", zh: "紫菜汤", en: "Seaweed Soup" },
  { kind: "item", id: "dumpling", zh: "白菜水饺", en: "Cabbage Dumplings" },
  { kind: "item", id: "bun", zh: "生煎", en: "Pan-fried Buns" },
  { kind: "item", id: "burger", zh: "鸡腿堡", en: "Chicken Burger" },
  { kind: "item", id: "fries", zh: "薯条", en: "Fries" },
  { kind: "merchant", id: "shop", zh: "面馆", en: "Noodle House" },
  { kind: "category", id: "c1", zh: "米饭", en: "rice" },
  { kind: "category", id: "c2", zh: "饮料", en: "drink" },
]);

function read(text: string) {
  const order = readOrder(text);
  return order.lines.map((line) => [lineName(line), line.qty, line.options]);
}

function saidOf(text: string, zh: string): string[] {
  return readOrder(text)
    .lines.filter((line) => line.match?.entity.zh === zh)
    .map((line) => line.said ?? "");
}

describe("order lines: each line's own words, splits and shop choices", () => {
  it("keeps a line's words to the clause mark, though 加 also joins lists", () => {
    expect(read("鸡排饭加饭微辣，再来两碗紫菜汤")).toEqual([
      ["鸡排饭", 1, { spice: "mild" }],
      ["紫菜汤", 2, {}],
    ]);
    expect(saidOf("鸡排饭加饭微辣，再来两碗紫菜汤", "鸡排饭")[0]).toContain("加饭");
  });

  it("splits a line that is not the last across its pieces", () => {
    expect(read("汤面三碗，两碗二细微辣，一碗大宽不辣加蛋，再来两个茶叶蛋")).toEqual([
      ["汤面", 2, { spice: "mild" }],
      ["汤面", 1, { spice: "none" }],
      ["茶叶蛋", 2, {}],
    ]);
    expect(read("2 beef bowls, one with cola and one with sprite, plus a seaweed soup")).toEqual([
      ["肥牛饭", 1, {}],
      ["肥牛饭", 1, {}],
      ["紫菜汤", 1, {}],
    ]);
    expect(read("2 soup noodles, mild, one with an egg, plus a tea egg")).toEqual([
      ["汤面", 1, { spice: "mild" }],
      ["汤面", 1, { spice: "mild" }],
      ["茶叶蛋", 1, {}],
    ]);
  });

  it("reads a piece of shop choices as the line's, not a thing of its own", () => {
    expect(read("白菜水饺两份18只煎的，紫菜汤一份")).toEqual([
      ["白菜水饺", 2, {}],
      ["紫菜汤", 1, {}],
    ]);
    expect(saidOf("白菜水饺两份18只煎的，紫菜汤一份", "白菜水饺")[0]).toMatch(/18只.*煎的/u);
    expect(onlyChoices("二细微辣")).toBe(true);
    expect(onlyChoices("extra wide, medium spicy, with an egg")).toBe(true);
    expect(onlyChoices("雨伞")).toBe(false);
  });

  it("reads 一盘煎一盘煮 as two plates cooked two ways", () => {
    expect(read("白菜水饺两盘，一盘煎一盘煮，再来一碗紫菜汤")).toEqual([
      ["白菜水饺", 1, {}],
      ["白菜水饺", 1, {}],
      ["紫菜汤", 1, {}],
    ]);
  });

  it("reads a piece count said with a plate count as the portion", () => {
    expect(read("白菜水饺12只水煮的一份、紫菜汤一份")).toEqual([
      ["白菜水饺", 1, {}],
      ["紫菜汤", 1, {}],
    ]);
    expect(read("cabbage dumplings, the 18 piece one, boiled")).toEqual([["白菜水饺", 1, {}]]);
  });

  it("counts baskets and drops a kind named inside a choice or a cap", () => {
    expect(read("生煎三笼，薯条两份")).toEqual([
      ["生煎", 3, {}],
      ["薯条", 2, {}],
    ]);
    expect(read("a beef bowl with extra rice, 2 seaweed soups")).toEqual([
      ["肥牛饭", 1, {}],
      ["紫菜汤", 2, {}],
    ]);
    expect(read("2 chicken burgers as meals, 2 fries, each drink under 20")).toEqual([
      ["鸡腿堡", 2, { combo: "meal" }],
      ["薯条", 2, {}],
    ]);
  });

  it("tells a thing made so from a split of the last line", () => {
    expect(read("4 fries, two hot two cold")).toEqual([
      ["薯条", 2, { temperature: "hot" }],
      ["薯条", 2, { temperature: "iced" }],
    ]);
    expect(read("2 fries, 4 sodas chilled")).toEqual([
      ["薯条", 2, {}],
      ["sodas chilled", 4, { temperature: "chilled" }],
    ]);
  });

  it("reads a split's options in its own clause, whatever follows it", () => {
    expect(read("five Beef Bowls (1 not spicy, 4 a little spicy), delivered to my place, thanks")).toEqual([
      ["肥牛饭", 1, { spice: "none" }],
      ["肥牛饭", 4, { spice: "mild" }],
    ]);
  });

  it("reads a count for people as no count of things", () => {
    expect(read("dinner for two: 2 beef bowls and a seaweed soup")).toEqual([
      ["肥牛饭", 2, {}],
      ["紫菜汤", 1, {}],
    ]);
  });

  it("gives the rest of a split line what is said after 'the other' or 'the rest'", () => {
    expect(read("3 chicken burgers, one as a meal and the others on their own")).toEqual([
      ["鸡腿堡", 1, { combo: "meal" }],
      ["鸡腿堡", 2, { combo: "single" }],
    ]);
    expect(read("2 chicken burgers - one a meal, the other by itself")).toEqual([
      ["鸡腿堡", 1, { combo: "meal" }],
      ["鸡腿堡", 1, { combo: "single" }],
    ]);
    expect(read("4 chicken burgers, 1 alone, the rest as meals")).toEqual([
      ["鸡腿堡", 1, { combo: "single" }],
      ["鸡腿堡", 3, { combo: "meal" }],
    ]);
  });
});
