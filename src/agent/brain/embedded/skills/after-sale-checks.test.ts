import { describe, expect, it } from "vitest";
import { isAfterSale } from "../../nlu/slots/dialogue-acts.ts";
import { claimedQty, missingQty } from "./after-sale-checks.ts";

describe("how many of a line a claim is about", () => {
  it("takes one of the line's items when the turn says one of them, in either language", () => {
    for (const text of [
      "昨天的两个巨无霸套餐，其中一个是凉的",
      "巨无霸有一个里面有头发",
      "两份套餐里有一份汉堡压坏了",
      "one of the two Big Macs had a hair in it",
      "the second Big Mac meal tasted off",
      "one was stone cold",
    ])
      expect(claimedQty(text, 2, undefined), text).toBe(1);
  });

  it("keeps the whole line when all of it is meant, nothing is said, or the line is one item", () => {
    expect(claimedQty("两个巨无霸都是凉的", 2, 2)).toBeUndefined();
    expect(claimedQty("both Big Macs were cold", 2, undefined)).toBeUndefined();
    expect(claimedQty("the Big Macs were soggy", 2, undefined)).toBeUndefined();
    expect(claimedQty("one of them was cold", 1, 1)).toBeUndefined();
    // A count said below the line's is that many.
    expect(claimedQty("3 of the lattes were spilled", 4, 3)).toBe(3);
    // A missing item still counts what came.
    expect(missingQty("只到了一杯", 2, undefined)).toBe(1);
  });

  it("reads the state of goods already brought as a claim, never an option wanted", () => {
    expect(isAfterSale("昨天的两个巨无霸都是凉的")).toBe(true);
    expect(isAfterSale("昨天麦当劳的套餐，其中一个是凉的，退那一个的钱")).toBe(true);
    expect(isAfterSale("yesterday's fries were soggy")).toBe(true);
    expect(isAfterSale("和上次一样来杯冰美式要凉的")).toBe(false);
    expect(isAfterSale("a cold brew to my office, like yesterday")).toBe(false);
  });
});
