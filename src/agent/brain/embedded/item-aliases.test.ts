import { describe, expect, it } from "vitest";
import { everydayNamesZh } from "./item-aliases.ts";

describe("everyday Chinese names of a drink", () => {
  it.each([
    ["可口可乐（中）", ["可乐"]],
    ["百事可乐（中）", ["可乐"]],
    ["可乐（中）", ["可乐"]],
    ["可口可乐 500ml", ["可乐"]],
    ["可口可乐 330ml×24（整箱）", []],
    ["可乐鸡翅", []],
    ["雪碧（大）", ["雪碧"]],
  ])("%s", (zh, said) => {
    expect(everydayNamesZh(zh).map((name) => name.zh)).toEqual(said);
  });
});
