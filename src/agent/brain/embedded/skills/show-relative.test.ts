import { describe, expect, it } from "vitest";
import type { DialogueState } from "../state.ts";
import { pickUpFor, saysBeforeShow, showRelative } from "./show-relative.ts";

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
