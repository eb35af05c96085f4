import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFen, yuanDigits, yuanShort } from "./money.ts";

describe("yuan wording", () => {
  it("writes fen as yuan with two decimals and the sign in front", () => {
    expect(formatFen(1250)).toBe("¥12.50");
    expect(formatFen(5)).toBe("¥0.05");
    expect(formatFen(-300)).toBe("-¥3.00");
    expect(yuanDigits(-1)).toBe("-0.01");
    expect(yuanShort(1200)).toBe("12");
    expect(yuanShort(1250)).toBe("12.50");
  });

  it("reads back as the same number of fen for any integer amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), (fen) => {
        expect(Math.round(Number(yuanDigits(fen)) * 100)).toBe(fen);
        expect(Math.round(Number(yuanShort(fen)) * 100)).toBe(fen);
      }),
    );
  });
});
