import { describe, expect, it } from "vitest";
import { colourSaid, inColourSaid } from "./colour-wish.ts";
import type { Candidate } from "./order-search.ts";

const bouquet = (nameZh: string, nameEn: string): Candidate => ({
  skuId: nameEn,
  merchantId: "m1",
  nameZh,
  nameEn,
  priceFen: 10000,
  inStock: true,
  optionGroups: [],
  merchant: { nameZh: "花店", nameEn: "Florist", rating: 4.5, deliveryFeeFen: 0 },
});
const found = [
  bouquet("向日葵花束", "Sunflower Bouquet"),
  bouquet("红玫瑰花束（11枝）", "Red Rose Bouquet (11 stems)"),
  bouquet("粉玫瑰花束（19枝）", "Pink Rose Bouquet (19 stems)"),
];

describe("a colour said of flowers", () => {
  it("reads one colour in either language", () => {
    expect(colourSaid("flowers for my gf, something red")).toEqual({ en: "red", zh: "红" });
    expect(colourSaid("要粉色的花")).toEqual({ en: "pink", zh: "粉" });
    expect(colourSaid("red or white, whatever")).toBeUndefined();
  });

  it("keeps only bouquets whose name says it", () => {
    const item = { query: "花束", qty: 1, options: {}, kinds: ["bouquet"], said: "something pink" };
    expect(inColourSaid(item, found).map((c) => c.nameEn)).toEqual(["Pink Rose Bouquet (19 stems)"]);
  });

  it("leaves other kinds and named things alone ('white rice')", () => {
    const rice = { query: "米饭", qty: 1, options: {}, kinds: ["rice"], said: "white rice" };
    expect(inColourSaid(rice, found)).toHaveLength(3);
    expect(inColourSaid({ query: "向日葵花束", qty: 1, options: {}, said: "red" }, found)).toHaveLength(3);
  });
});
