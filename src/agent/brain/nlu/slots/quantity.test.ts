import { describe, expect, it } from "vitest";
import { extractQuantity } from "./quantity.ts";

describe("extractQuantity: a date's day is not a count", () => {
  it("skips the day after or before a month", () => {
    expect(extractQuantity("the Nov 30 evening show, 3 standard").quantity).toBe(3);
    expect(extractQuantity("on 14 march two front seats").quantity).toBe(2);
    expect(extractQuantity("jan. 8 concert").quantity).toBeUndefined();
  });
  it("still reads a plain count", () => {
    expect(extractQuantity("4 cappuccinos").quantity).toBe(4);
  });
});
