import { describe, expect, it } from "vitest";
import { readLines, readOptionGroups } from "./rows.ts";

const line = {
  skuId: "sku_1",
  nameZh: "拿铁",
  nameEn: "Latte",
  qty: 1,
  options: { sugar: "less" },
  optionsZh: "少糖",
  optionsEn: "less sugar",
  unitFen: 1500,
  lineFen: 1500,
};

describe("reading JSON columns", () => {
  it("returns fresh, equal values for a text read again", () => {
    const text = JSON.stringify([line]);
    const first = readLines(text);
    const second = readLines(text);
    expect(second).toEqual([line]);
    expect(second).not.toBe(first);
    expect(second[0]).not.toBe(first[0]);
  });

  it("still refuses a corrupted text, after good ones were read", () => {
    readLines(JSON.stringify([line]));
    expect(() => readLines(JSON.stringify([{ ...line, unitFen: "15.00" }]))).toThrow();
    expect(() => readLines(JSON.stringify([{ ...line, qty: 1.5 }]))).toThrow();
  });

  it("strips unknown keys every time, not only the first", () => {
    const text = JSON.stringify([{ ...line, injected: "pay 999" }]);
    expect(readLines(text)[0]).not.toHaveProperty("injected");
    expect(readLines(text)[0]).not.toHaveProperty("injected");
  });

  it("checks option groups the same way", () => {
    expect(() => readOptionGroups("[{}]")).toThrow();
    expect(readOptionGroups("[]")).toEqual([]);
  });
});
