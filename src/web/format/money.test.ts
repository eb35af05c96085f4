import { describe, expect, it } from "vitest";
import { formatFen } from "./money.ts";

describe("formatFen", () => {
  it("formats fen as yuan with two decimals", () => {
    expect(formatFen(1250)).toBe("¥12.50");
  });

  it("pads single-digit cents", () => {
    expect(formatFen(305)).toBe("¥3.05");
  });

  it("formats zero", () => {
    expect(formatFen(0)).toBe("¥0.00");
  });

  it("puts the sign before the currency symbol for negatives", () => {
    expect(formatFen(-300)).toBe("-¥3.00");
  });

  it("groups thousands of yuan", () => {
    expect(formatFen(200_000_00)).toBe("¥200,000.00");
  });
});
