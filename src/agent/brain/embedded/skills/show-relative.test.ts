import { describe, expect, it } from "vitest";
import type { DialogueState } from "../state.ts";
import { leadBeforeShow, pickUpFor, saysBeforeShow, showRelative } from "./show-relative.ts";

const startsAt = Date.UTC(2026, 10, 28, 11, 30);
const state = { skill: { tickets: { startsAt } } } as unknown as DialogueState;

describe("a ride timed to the show just booked", () => {
  it.each([
    ["再叫个车，开场前一小时到奥体", startsAt - 3_600_000, true],
    ["开演前半小时从家出发", startsAt - 1_800_000, false],
    // Said of the hailing or leaving, it is the pick-up.
    ["开场前一小时从家打车过去", startsAt - 3_600_000, false],
    ["开演前40分钟叫个车", startsAt - 40 * 60_000, false],
    ["a car there 45 minutes before the show", startsAt - 45 * 60_000, true],
    ["be there 90 minutes before it starts", startsAt - 90 * 60_000, true],
    ["I want to be there 45 minutes ahead of the show", startsAt - 45 * 60_000, true],
    ["arrive 2 hours prior to the concert", startsAt - 120 * 60_000, true],
  ])("%s", (text, atMs, arrive) => {
    expect(showRelative(text, state)).toMatchObject({ atMs, arrive });
  });
  it("is not known without a show carded before", () => {
    expect(showRelative("开场前一小时到奥体", {} as DialogueState)).toBeUndefined();
    expect(saysBeforeShow("开场前一小时到奥体")).toBe(true);
  });
  it("picks up the trip's length and ten minutes before, on a five-minute mark", () => {
    expect(pickUpFor(startsAt, 47 * 60)).toBe(startsAt - 60 * 60_000);
  });
});

describe("how long before the show, however said", () => {
  it.each([
    ["开演前90分钟到现场", 90, true],
    ["开场前一个半小时到", 90, true],
    ["开场前两个半小时送到", 150, true],
    ["开演前半个小时出发", 30, false],
    ["要提前1.5小时到", 90, true],
    ["get me there an hour and a half before it starts", 90, true],
    ["have me there one and a half hours before showtime", 90, true],
    ["so I'm at the venue 90 minutes early", 90, true],
    ["pick me up 45 mins before the show", 45, false],
  ])("%s → %s min", (text, minutes, arrive) => {
    expect(leadBeforeShow(text)).toMatchObject({ minutes, arrive });
  });
  it("reads '提前' and 'early' only as of a show", () => {
    expect(leadBeforeShow("叫车去机场，提前两小时到", false)).toBeUndefined();
    expect(leadBeforeShow("a cab to the airport, 2 hours early", false)).toBeUndefined();
  });
});
