import { describe, expect, it } from "vitest";
import { lineName, orderReader } from "./order-reading.fixture.ts";

const readOrder = orderReader([
  { kind: "item", id: "wings", zh: "烤翅", en: "Grilled Wings" },
  { kind: "item", id: "set", zh: "汉堡", en: "Burger" },
  { kind: "item", id: "cola", zh: "可乐", en: "Cola" },
]);

function read(text: string) {
  const order = readOrder(text);
  return order.lines.map((line) => [lineName(line), line.qty]);
}

describe("portions before the pieces of one", () => {
  it("two portions of the four-piece one are two, named or not", () => {
    expect(read("两份4块烤翅")).toEqual([["烤翅", 2]]);
    expect(read("来3份6块鸡米花")).toEqual([["鸡米花", 3]]);
  });

  it("a set's drink swapped is no drink of its own", () => {
    expect(read("汉堡套餐 可乐换雪碧")).toEqual([["汉堡", 1]]);
    expect(read("汉堡套餐一个 再来杯可乐")).toEqual([
      ["汉堡", 1],
      ["可乐", 1],
    ]);
  });
});

describe("a count said of what one holds", () => {
  const readHeld = orderReader([
    { kind: "item", id: "tarts", zh: "蛋挞", en: "Egg Tarts" },
    { kind: "item", id: "lilies", zh: "百合", en: "Lilies" },
  ]);
  const held = (text: string) => readHeld(text).lines.map((line) => [lineName(line), line.qty]);

  it("counts the boxes or bunches, not what is in one", () => {
    expect(held("买一盒6个的蛋挞")).toEqual([["蛋挞", 1]]);
    expect(held("两束12枝装的百合")).toEqual([["百合", 2]]);
  });
});
