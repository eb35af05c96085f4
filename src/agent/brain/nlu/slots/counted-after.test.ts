import { describe, expect, it } from "vitest";
import { lineName, orderReader } from "./order-reading.fixture.ts";
import { extractProduct } from "./product.ts";

const readOrder = orderReader([
  { kind: "item", id: "pear", zh: "雪梨", en: "Pears" },
  { kind: "item", id: "plum", zh: "李子", en: "Plums" },
  { kind: "item", id: "wonton", zh: "鲜肉馄饨", en: "Pork Wontons" },
  { kind: "item", id: "bun", zh: "生煎包", en: "Pan-fried Buns" },
  { kind: "item", id: "set", zh: "鸡腿饭", en: "Chicken Leg Rice" },
  { kind: "item", id: "soy", zh: "豆浆", en: "Soy Milk" },
  { kind: "category", id: "kind:drinks", zh: "饮料", en: "drink" },
  { kind: "item", id: "burger", zh: "香辣鸡腿堡", en: "Zinger Burger" },
  { kind: "item", id: "wrap", zh: "老北京鸡肉卷", en: "Chicken Wrap" },
]);

function read(text: string) {
  return readOrder(text).lines.map((line) => [lineName(line), line.qty]);
}

describe("a thing the catalogue does not name, counted after it", () => {
  it("is a line of its own, and its count is not the next thing's", () => {
    expect(read("山竹三斤，雪梨一斤")).toEqual([
      ["山竹", 3],
      ["雪梨", 1],
    ]);
    expect(read("要车厘子两盒和李子")).toEqual([
      ["车厘子", 2],
      ["李子", 1],
    ]);
  });

  it("keeps a count said after an ordering verb for the thing that follows", () => {
    expect(read("我要三个，雪梨")).toEqual([["雪梨", 3]]);
  });
});

describe("an add-on said with 加 after a thing", () => {
  it("stays with that thing instead of joining the next", () => {
    const order = readOrder("鲜肉馄饨加蛋 两份生煎包");
    expect(order.lines.map((line) => [lineName(line), line.qty])).toEqual([
      ["鲜肉馄饨", 1],
      ["生煎包", 2],
    ]);
    expect(order.lines[0]?.said).toContain("加蛋");
  });

  it("still joins a next thing with its count", () => {
    expect(read("鲜肉馄饨加两份生煎包")).toEqual([
      ["鲜肉馄饨", 1],
      ["生煎包", 2],
    ]);
  });
});

describe("a meal's part swapped by its kind", () => {
  it("is the meal's choice, not a drink of its own", () => {
    expect(read("鸡腿饭一份 饮料换成豆浆")).toEqual([["鸡腿饭", 1]]);
  });
});

describe("the product named with its options after it", () => {
  it("leaves the options out of the name", () => {
    expect(extractProduct("来杯燕麦拿铁 大杯")).toBe("燕麦拿铁");
    expect(extractProduct("买份凉皮 微辣")).toBe("凉皮");
  });
});

describe("a count glued after a thing and its options (normalising drops the spaces)", () => {
  const withOptions = (text: string) =>
    readOrder(text).lines.map((line) => [lineName(line), line.qty, line.options]);

  it("counts the thing before the next one, whose own count follows its options too", () => {
    expect(withOptions("香辣鸡腿堡套餐2个 鸡腿饭套餐1个")).toEqual([
      ["香辣鸡腿堡", 2, { combo: "meal" }],
      ["鸡腿饭", 1, { combo: "meal" }],
    ]);
  });

  it("reads 俩/仨 before the line's options as its count", () => {
    expect(withOptions("老北京鸡肉卷俩 不要辣的 豆浆一杯")).toEqual([
      ["老北京鸡肉卷", 2, { spice: "none" }],
      ["豆浆", 1, {}],
    ]);
  });
});
