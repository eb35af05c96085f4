import { describe, expect, it } from "vitest";
import { wallTime } from "../../../../kernel/time-zone.ts";
import { lineName, orderReader } from "./order-reading.fixture.ts";
import { extractQuantity } from "./quantity.ts";
import { extractDateTime } from "./time.ts";

// A made-up menu: each test reads a way of writing an order, not one shop's dishes.
const readOrder = orderReader([
  { kind: "item", id: "zhajiang", zh: "炸酱面", en: "Zhajiang Noodles" },
  { kind: "item", id: "beefnoodle", zh: "牛肉面", en: "Beef Noodles" },
  { kind: "item", id: "rice", zh: "大米", en: "Rice" },
  { kind: "item", id: "tomato", zh: "番茄", en: "Tomatoes" },
  { kind: "item", id: "bread", zh: "吐司", en: "Toast" },
  { kind: "item", id: "milktea", zh: "奶茶", en: "Milk Tea" },
  { kind: "item", id: "fruittea", zh: "果茶", en: "Fruit Tea" },
  { kind: "item", id: "dumpling", zh: "蒸饺", en: "Steamed Dumplings" },
  { kind: "item", id: "wonton", zh: "馄饨", en: "Wontons" },
  { kind: "item", id: "burger", zh: "鸡排堡", en: "Chicken Burger" },
  { kind: "item", id: "fries", zh: "薯条", en: "Fries" },
  { kind: "item", id: "latte", zh: "拿铁", en: "Latte" },
  { kind: "merchant", id: "shop", zh: "小面馆", en: "Noodle Shop" },
]);

function read(text: string) {
  return readOrder(text).lines.map((line) => [lineName(line), line.qty, line.options]);
}

describe("counts written after each thing, with its options after the count", () => {
  it.each([
    [
      "小面馆 炸酱面2碗中辣 牛肉面1碗微辣",
      [
        ["炸酱面", 2, { spice: "medium" }],
        ["牛肉面", 1, { spice: "mild" }],
      ],
    ],
    [
      "奶茶3杯 大杯 少糖 另外果茶两杯 去冰",
      [
        ["奶茶", 3, { size: "large", sugar: "less" }],
        ["果茶", 2, { ice: "none" }],
      ],
    ],
    [
      "奶茶2杯 半糖 再来一杯果茶",
      [
        ["奶茶", 2, { sugar: "half" }],
        ["果茶", 1, {}],
      ],
    ],
    [
      "蒸饺两份 馄饨也来两份",
      [
        ["蒸饺", 2, {}],
        ["馄饨", 2, {}],
      ],
    ],
  ])("%s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });

  it("keeps a shop's choice after the count with the thing before it", () => {
    const lines = readOrder("炸酱面2碗加蛋 牛肉面1碗").lines;
    expect(lines.map((line) => [lineName(line), line.qty])).toEqual([
      ["炸酱面", 2],
      ["牛肉面", 1],
    ]);
    expect(lines[0]?.said).toContain("加蛋");
    expect(lines[1]?.said).not.toContain("加蛋");
  });

  it("reads the pack or weight said between a thing and its count as the thing's", () => {
    expect(read("大米5kg 一袋 番茄500g 两盒 吐司一个").map((line) => line.slice(0, 2))).toEqual([
      ["大米", 1],
      ["番茄", 2],
      ["吐司", 1],
    ]);
  });

  it("gives a thing the catalogue did not name its own count, and the options before it to the thing before", () => {
    expect(read("鸡排堡两个要套餐 鸡米花一个 薯条两包")).toEqual([
      ["鸡排堡", 2, { combo: "meal" }],
      ["鸡米花", 1, {}],
      ["薯条", 2, {}],
    ]);
  });

  it("reads options glued after a thing's own words as how, not part of its name", () => {
    expect(read("两杯杨枝甘露大杯去冰，再来杯热奶茶")).toEqual([
      ["杨枝甘露", 2, { size: "large", ice: "none" }],
      ["奶茶", 1, { temperature: "hot" }],
    ]);
  });
});

describe("one each for a party, split by options", () => {
  it.each([
    [
      "我们5个人 每人一杯拿铁 三杯热的两杯冰的",
      [
        ["拿铁", 3, { temperature: "hot" }],
        ["拿铁", 2, { temperature: "iced" }],
      ],
    ],
    [
      "one latte each for the 4 of us: 2 hot and 2 iced",
      [
        ["拿铁", 2, { temperature: "hot" }],
        ["拿铁", 2, { temperature: "iced" }],
      ],
    ],
  ])("%s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

describe("counts and prices", () => {
  it.each([
    ["每杯不超过10块的奶茶 来3杯", 3],
    ["单价别超过20块的麻辣烫 要两份", 2],
    ["上次那个再来俩", 2],
  ])("%s → %s", (text, quantity) => {
    expect(extractQuantity(text).quantity).toBe(quantity);
  });
});

// Thursday 26 November 2026, 09:00 in Hangzhou.
const NOW = Date.parse("2026-11-26T01:00:00Z");

describe("a bare clock said by an evening's moment", () => {
  it.each([
    ["傍晚六点送到", 18, 0],
    ["下班前6点送公司", 18, 0],
    ["吃晚饭前六点半送到家", 18, 30],
    ["午饭前11点半送到", 11, 30],
  ])("%s", (text, hour, minute) => {
    const slot = extractDateTime(text, "zh", NOW);
    const wall = wallTime(slot?.startMs ?? 0);
    expect([wall.day, wall.hour, wall.minute]).toEqual([26, hour, minute]);
  });
});
