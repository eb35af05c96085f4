import { describe, expect, it } from "vitest";
import type { DateTimeSlot } from "../../nlu/slots/types.ts";
import { showRideWish } from "./show-ride-wish.ts";

const ZONE = "Asia/Shanghai";
// Now: Mon 2026-11-23 09:00 in Shanghai; the show: Fri 2026-11-27 19:30.
const now = Date.parse("2026-11-23T01:00:00Z");
const startsAt = Date.parse("2026-11-27T11:30:00Z");
const at = (iso: string, extra: Partial<DateTimeSlot> = {}): DateTimeSlot => ({
  text: "said",
  startMs: Date.parse(iso),
  timeKnown: true,
  ...extra,
});

describe("the ride to a show asked for after the tickets", () => {
  it("leaves at the clock time said, on the show's day", () => {
    // "a cab there at 5:45pm", read by the date reader as today.
    const wish = showRideWish("and a cab there at 5:45pm", at("2026-11-23T09:45:00Z"), startsAt, now, ZONE);
    expect(new Date(wish.leaveAtMs ?? 0).toISOString()).toBe("2026-11-27T09:45:00.000Z");
    expect(wish.productId).toBeUndefined();
  });

  it("takes the car named", () => {
    expect(showRideWish("a six-seater to get us there", undefined, startsAt, now, ZONE)).toEqual({
      productId: "xl",
    });
    expect(showRideWish("get a comfort car over there", undefined, startsAt, now, ZONE).productId).toBe(
      "comfort",
    );
  });

  it("says a time after the show starts cannot be the departure", () => {
    const wish = showRideWish("a taxi at 9pm", at("2026-11-23T13:00:00Z"), startsAt, now, ZONE);
    expect(wish).toEqual({ timeUnusable: true });
  });

  it("leaves a day with no time, and an arrival deadline, to the usual lead", () => {
    expect(
      showRideWish("a ride there", at("2026-11-27T04:00:00Z", { timeKnown: false }), startsAt, now, ZONE),
    ).toEqual({});
    expect(
      showRideWish("get me there by 7", at("2026-11-23T11:00:00Z", { bound: "by" }), startsAt, now, ZONE),
    ).toEqual({});
  });
});
