import { describe, expect, it } from "vitest";
import { countedInSingles, packOf } from "./pack-words.ts";

describe("packs and single containers", () => {
  it("reads how many a pack holds from its name", () => {
    expect(packOf("可口可乐 330ml×24（整箱）")).toBe(24);
    expect(packOf("Whole Milk 250 ml × 12")).toBe(12);
    expect(packOf("Nongfu Spring Water 1.5 L × 12 (case)")).toBe(12);
    expect(packOf("可口可乐 500ml")).toBeUndefined();
    expect(packOf("Eggs ×10")).toBeUndefined();
  });

  it("tells a count of single bottles or cans from a count of packs", () => {
    expect(countedInSingles("一瓶可乐")).toBe(true);
    expect(countedInSingles("two cans of coke")).toBe(true);
    expect(countedInSingles("一箱可乐")).toBe(false);
    expect(countedInSingles("a case of 24 bottles of water")).toBe(false);
    expect(countedInSingles("两杯拿铁")).toBe(false);
  });
});
