import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { myersSubstringDistance, sellersSubstringDistance, substringDistance } from "./text-match.ts";

describe("substring distance", () => {
  it("finds a typo inside a longer name", () => {
    expect(substringDistance("lattee", "coconutlatte")).toBe(1);
    expect(substringDistance("natie", "shengyenatie")).toBe(0);
    expect(substringDistance("abc", "")).toBe(3);
    expect(substringDistance("", "abc")).toBe(0);
  });

  it("bit-parallel Myers equals the dynamic programme, for every pattern length up to 31", () => {
    const word = (maxLength: number) =>
      fc.string({ unit: fc.constantFrom(..."abcdeé拿铁 "), minLength: 1, maxLength });
    fc.assert(
      fc.property(word(31), word(40), (pattern, text) => {
        expect(myersSubstringDistance(pattern, text)).toBe(sellersSubstringDistance(pattern, text));
      }),
      { numRuns: 3000 },
    );
  });

  it("uses the dynamic programme past 31 characters", () => {
    const pattern = "a".repeat(40);
    expect(substringDistance(pattern, "a".repeat(38))).toBe(2);
  });
});
