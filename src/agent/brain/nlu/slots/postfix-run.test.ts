import { describe, expect, it } from "vitest";
import { lineName, orderReader } from "./order-reading.fixture.ts";

const readOrder = orderReader([
  { kind: "item", id: "zinger", zh: "香辣鸡腿堡", en: "Zinger Burger" },
  { kind: "item", id: "tart", zh: "葡式蛋挞", en: "Egg Tart" },
  { kind: "item", id: "egg", zh: "卤蛋", en: "Braised Egg" },
  { kind: "item", id: "noodle", zh: "拌面", en: "Peanut Sauce Noodles" },
  { kind: "item", id: "wonton", zh: "扁肉", en: "Wonton" },
  { kind: "item", id: "broccoli", zh: "西兰花", en: "Broccoli" },
  { kind: "item", id: "chicken", zh: "吮指原味鸡", en: "Original Recipe Chicken" },
  { kind: "merchant", id: "kfc", zh: "肯德基", en: "KFC" },
]);

function read(text: string) {
  return readOrder(text).lines.map((line) => [lineName(line), line.qty, line.options]);
}

describe("counts written after the thing, in one run per line", () => {
  it.each([
    [
      "肯德基 香辣鸡腿堡套餐1个 葡式蛋挞4个 送家",
      [
        ["香辣鸡腿堡", 1, { combo: "meal" }],
        ["葡式蛋挞", 4, {}],
      ],
    ],
    [
      "拌面两份微辣 扁肉一份 卤蛋俩 送家",
      [
        ["拌面", 2, { spice: "mild" }],
        ["扁肉", 1, {}],
        ["卤蛋", 2, {}],
      ],
    ],
    ["西兰花两颗", [["西兰花", 2, {}]]],
    [
      "卤蛋仨 拌面两份",
      [
        ["卤蛋", 3, {}],
        ["拌面", 2, {}],
      ],
    ],
    // Without a count after the next thing, a count between two things still counts the next one.
    [
      "香辣鸡腿堡套餐两个葡式蛋挞",
      [
        ["香辣鸡腿堡", 1, { combo: "meal" }],
        ["葡式蛋挞", 2, {}],
      ],
    ],
    // "块" before the next name counts pieces; "三块钱" is money.
    [
      "吮指原味鸡2块 葡式蛋挞6个",
      [
        ["吮指原味鸡", 2, {}],
        ["葡式蛋挞", 6, {}],
      ],
    ],
    [
      "吮指原味鸡三块钱 葡式蛋挞两个",
      [
        ["吮指原味鸡", 1, {}],
        ["葡式蛋挞", 2, {}],
      ],
    ],
    // Thanks after the count ends the line; it is no thing to buy.
    ["葡式蛋挞一份谢谢", [["葡式蛋挞", 1, {}]]],
    ["香辣鸡腿堡套餐三个辛苦啦", [["香辣鸡腿堡", 3, { combo: "meal" }]]],
    ["一个香辣鸡腿堡，麻烦了", [["香辣鸡腿堡", 1, {}]]],
  ])("%s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});
