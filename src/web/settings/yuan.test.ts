import { describe, expect, it } from "vitest";
import { parseYuan, yuanText } from "./yuan.ts";

describe("yuan typed in the settings ↔ fen on the wire", () => {
  it("reads whole and decimal yuan into integer fen", () => {
    expect(parseYuan("50")).toEqual({ ok: true, fen: 5_000 });
    expect(parseYuan("12.5")).toEqual({ ok: true, fen: 1_250 });
    expect(parseYuan("12.")).toEqual({ ok: true, fen: 1_200 });
    expect(parseYuan("0.07")).toEqual({ ok: true, fen: 7 });
    expect(parseYuan("0")).toEqual({ ok: true, fen: 0 });
  });

  it("has no float rounding where binary floats would have it", () => {
    expect(parseYuan("0.29")).toEqual({ ok: true, fen: 29 });
    expect(parseYuan("1.15")).toEqual({ ok: true, fen: 115 });
    expect(parseYuan("4.35")).toEqual({ ok: true, fen: 435 });
    expect(parseYuan("999999999.99")).toEqual({ ok: true, fen: 99_999_999_999 });
  });

  it("accepts the yuan sign, thousands separators, spaces and full-width digits", () => {
    expect(parseYuan(" ¥1,000.00 ")).toEqual({ ok: true, fen: 100_000 });
    expect(parseYuan("￥ 2,500")).toEqual({ ok: true, fen: 250_000 });
    expect(parseYuan("１２．５")).toEqual({ ok: true, fen: 1_250 });
    expect(parseYuan("1.500")).toEqual({ ok: true, fen: 150 });
  });

  it("says why text is not an amount", () => {
    expect(parseYuan("")).toEqual({ ok: false, reason: "empty" });
    expect(parseYuan("   ")).toEqual({ ok: false, reason: "empty" });
    expect(parseYuan("-5")).toEqual({ ok: false, reason: "format" });
    expect(parseYuan("5e3")).toEqual({ ok: false, reason: "format" });
    expect(parseYuan("abc")).toEqual({ ok: false, reason: "format" });
    expect(parseYuan("1,00")).toEqual({ ok: false, reason: "format" });
    expect(parseYuan(".5")).toEqual({ ok: false, reason: "format" });
    expect(parseYuan("1234567890")).toEqual({ ok: false, reason: "format" });
    expect(parseYuan("1.005")).toEqual({ ok: false, reason: "precision" });
  });

  it("writes fen back as the shortest plain yuan, and reads it again unchanged", () => {
    expect(yuanText(500_000)).toBe("5000");
    expect(yuanText(1_250)).toBe("12.50");
    expect(yuanText(7)).toBe("0.07");
    expect(yuanText(0)).toBe("0");
    for (const fen of [0, 1, 7, 99, 100, 1_250, 123_456, 5_000_000]) {
      expect(parseYuan(yuanText(fen))).toEqual({ ok: true, fen });
    }
  });
});
