import { describe, expect, it } from "vitest";
import {
  canonicalTimeZone,
  dayStartMs,
  wallTime,
  zoneClock,
  zoneDate,
  zoneDay,
  zonedInstant,
  zoneOffsetMs,
} from "./time-zone.ts";

const HOUR = 3_600_000;

describe("time zones", () => {
  it("reads Shanghai as UTC+8 all year", () => {
    expect(zoneOffsetMs("Asia/Shanghai", Date.UTC(2026, 0, 1))).toBe(8 * HOUR);
    expect(zoneOffsetMs("Asia/Shanghai", Date.UTC(2026, 6, 1))).toBe(8 * HOUR);
    expect(zoneClock(Date.UTC(2026, 11, 6, 1, 0), "Asia/Shanghai")).toBe("09:00");
  });

  it("follows daylight saving where a zone has it", () => {
    expect(zoneOffsetMs("Europe/London", Date.UTC(2026, 0, 15))).toBe(0);
    expect(zoneOffsetMs("Europe/London", Date.UTC(2026, 6, 15))).toBe(HOUR);
    expect(zoneOffsetMs("America/New_York", Date.UTC(2026, 0, 15))).toBe(-5 * HOUR);
  });

  it("turns a local date and time into the instant, and back", () => {
    const at = zonedInstant("America/New_York", { year: 2026, month: 7, day: 4, hour: 9, minute: 30 });
    expect(new Date(at).toISOString()).toBe("2026-07-04T13:30:00.000Z");
    expect(wallTime(at, "America/New_York")).toMatchObject({
      year: 2026,
      month: 7,
      day: 4,
      hour: 9,
      minute: 30,
      weekday: 6,
    });
    // 02:30 on the spring-forward night does not exist in London: read with the winter offset.
    const skipped = zonedInstant("Europe/London", { year: 2026, month: 3, day: 29, hour: 1, minute: 30 });
    expect(zoneClock(skipped, "Europe/London")).toBe("02:30");
  });

  it("counts local days, which differ by zone for one instant", () => {
    const at = Date.UTC(2026, 11, 6, 20, 0);
    expect(zoneDate(at, "Asia/Shanghai")).toBe("2026-12-07");
    expect(zoneDate(at, "Europe/London")).toBe("2026-12-06");
    expect(zoneDay(at, "Asia/Shanghai") - zoneDay(at, "Europe/London")).toBe(1);
    expect(new Date(dayStartMs(zoneDay(at, "Europe/London"), "Europe/London")).toISOString()).toBe(
      "2026-12-06T00:00:00.000Z",
    );
  });

  it("accepts IANA names only, spelled as Intl spells them", () => {
    expect(canonicalTimeZone("Europe/London")).toBe("Europe/London");
    expect(canonicalTimeZone("europe/london")).toBe("Europe/London");
    expect(canonicalTimeZone("Mars/Olympus")).toBeUndefined();
    expect(canonicalTimeZone("")).toBeUndefined();
  });
});
