import { describe, expect, it } from "vitest";
import { dayStart, monthStart } from "./spending.ts";

describe("days and months in Hangzhou time (UTC+8)", () => {
  it("starts the day at local midnight", () => {
    expect(dayStart(Date.parse("2026-03-31T20:00:00Z"))).toBe(Date.parse("2026-03-31T16:00:00Z"));
  });

  it("starts the month on the local first, even when UTC is still in the month before", () => {
    // 04:00 on 1 April in Hangzhou is 20:00 on 31 March in UTC.
    expect(monthStart(Date.parse("2026-03-31T20:00:00Z"))).toBe(Date.parse("2026-03-31T16:00:00Z"));
    expect(monthStart(Date.parse("2026-03-31T15:59:59Z"))).toBe(Date.parse("2026-02-28T16:00:00Z"));
    expect(monthStart(Date.parse("2026-01-15T12:00:00Z"))).toBe(Date.parse("2025-12-31T16:00:00Z"));
  });
});
