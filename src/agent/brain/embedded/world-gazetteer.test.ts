import { describe, expect, it } from "vitest";
import { brandShortName } from "./world-gazetteer.ts";

describe("brand short names", () => {
  it.each([
    ["Mixue Ice Cream & Tea", "Mixue"],
    ["Wallace Burgers", "Wallace"],
    ["Luckin Coffee", "Luckin"],
    ["Tims Coffee", "Tims"],
    ["Burger King", undefined],
    ["Yuan Ji Dumplings", undefined],
    ["Lucky Cup Coffee", undefined],
    ["Four Seasons Fruit", undefined],
    ["Starbucks", undefined],
    ["Freshippo (Hema)", undefined],
  ])("%s → %s", (brand, short) => {
    expect(brandShortName(brand)).toBe(short);
  });
});
