import { describe, expect, it } from "vitest";
import {
  failureReasons,
  fillDays,
  formatRate,
  funnelBars,
  latencyBars,
  rateBars,
  retentionBars,
  shortDay,
  yuanTick,
} from "./series.ts";

const day = (label: string, users: number, gmvFen = 0) => ({
  day: label,
  users,
  sessions: users,
  turns: users * 2,
  gmvFen,
});

describe("formatRate", () => {
  it("shows a ratio as a percentage with one decimal", () => {
    expect(formatRate(0.2667)).toBe("26.7%");
    expect(formatRate(1)).toBe("100.0%");
    expect(formatRate(0)).toBe("0.0%");
  });

  it("shows a dash for a value that is not a number", () => {
    expect(formatRate(Number.NaN)).toBe("—");
  });
});

describe("fillDays", () => {
  it("fills the quiet days between active ones with zeros", () => {
    const filled = fillDays([day("2026-11-29", 3, 1200), day("2026-12-02", 5)], "2026-12-02");
    expect(filled.map((point) => point.day)).toEqual([
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
    ]);
    expect(filled[1]).toEqual({ day: "2026-11-30", users: 0, sessions: 0, turns: 0, gmvFen: 0 });
    expect(filled[0]?.gmvFen).toBe(1200);
    expect(filled[3]?.users).toBe(5);
  });

  it("runs on past the report's day to a last day of payments without turns", () => {
    const filled = fillDays([day("2026-12-01", 2), day("2026-12-03", 0, 3050)], "2026-12-01");
    expect(filled.map((point) => [point.day, point.users, point.gmvFen])).toEqual([
      ["2026-12-01", 2, 0],
      ["2026-12-02", 0, 0],
      ["2026-12-03", 0, 3050],
    ]);
  });

  it("runs on to the report's day across a month end", () => {
    const filled = fillDays([day("2026-11-30", 1)], "2026-12-01");
    expect(filled.map((point) => point.day)).toEqual(["2026-11-30", "2026-12-01"]);
  });

  it("gives nothing for no activity", () => {
    expect(fillDays([], "2026-12-01")).toEqual([]);
  });
});

describe("funnelBars", () => {
  it("gives each step its conversion from the step before and from the top", () => {
    const bars = funnelBars({ intent: 50, quote: 30, confirm: 15, paid: 12, delivered: 12 });
    expect(bars.map((bar) => bar.step)).toEqual(["intent", "quote", "confirm", "paid", "delivered"]);
    expect(bars[0]).toMatchObject({ count: 50, stepRate: null, overallRate: 1 });
    expect(bars[1]).toMatchObject({ count: 30, stepRate: 0.6, overallRate: 0.6 });
    expect(bars[2]?.stepRate).toBe(0.5);
    expect(bars[3]?.stepRate).toBe(0.8);
    expect(bars[4]).toMatchObject({ stepRate: 1, overallRate: 0.24 });
  });

  it("has no rate after a step nobody reached", () => {
    const bars = funnelBars({ intent: 0, quote: 0, confirm: 0, paid: 0, delivered: 0 });
    expect(bars.every((bar) => bar.stepRate === null && bar.overallRate === null)).toBe(true);
  });
});

describe("rateBars", () => {
  it("puts the most used keys first and breaks ties by name", () => {
    const bars = rateBars({
      weather: { turns: 5, success: 5, rate: 1 },
      route: { turns: 9, success: 7, rate: 0.7778 },
      payment: { turns: 5, success: 4, rate: 0.8 },
    });
    expect(bars.map((bar) => bar.key)).toEqual(["route", "payment", "weather"]);
    expect(bars[0]).toEqual({ key: "route", turns: 9, success: 7, rate: 0.7778 });
  });
});

describe("retentionBars", () => {
  it("leaves the rate unknown where no user is old enough yet", () => {
    const bars = retentionBars({
      d1: { eligible: 30, retained: 8, rate: 0.2667 },
      d7: { eligible: 22, retained: 4, rate: 0.1818 },
      d14: { eligible: 0, retained: 0, rate: 0 },
      d28: { eligible: 0, retained: 0, rate: 0 },
    });
    expect(bars.map((bar) => [bar.key, bar.rate])).toEqual([
      ["d1", 0.2667],
      ["d7", 0.1818],
      ["d14", null],
      ["d28", null],
    ]);
  });
});

describe("failureReasons", () => {
  it("splits kind from detail, largest first, with the bar relative to the largest", () => {
    const rows = failureReasons({
      cancelled: 4,
      misunderstood: 8,
      "thumbs_down:didn't understand me: twice": 2,
    });
    expect(rows).toEqual([
      { kind: "misunderstood", detail: null, count: 8, share: 1 },
      { kind: "cancelled", detail: null, count: 4, share: 0.5 },
      { kind: "thumbs_down", detail: "didn't understand me: twice", count: 2, share: 0.25 },
    ]);
  });

  it("sums the reasons beyond the limit as one row", () => {
    const rows = failureReasons({ a: 5, b: 4, c: 3, d: 2 }, 2);
    expect(rows.map((row) => [row.kind, row.count])).toEqual([
      ["a", 5],
      ["b", 4],
      ["other", 5],
    ]);
  });

  it("gives nothing when nothing failed", () => {
    expect(failureReasons({})).toEqual([]);
  });
});

describe("axis labels", () => {
  it("lists latency percentiles in order", () => {
    expect(latencyBars({ p50: 47.7, p90: 167.3, p95: 261.3, p99: 491.4, turns: 116 })).toEqual([
      { key: "p50", ms: 47.7 },
      { key: "p90", ms: 167.3 },
      { key: "p95", ms: 261.3 },
      { key: "p99", ms: 491.4 },
    ]);
  });

  it("shortens a day to month and day", () => {
    expect(shortDay("2026-12-05")).toBe("12-05");
  });

  it("shows whole yuan on the GMV axis", () => {
    expect(yuanTick(1_834_550)).toBe("¥18,346");
    expect(yuanTick(0)).toBe("¥0");
  });
});
