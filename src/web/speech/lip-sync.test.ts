import { describe, expect, it } from "vitest";
import { buildVisemeTimeline } from "../avatar/visemes.ts";
import { currentViseme } from "./lip-sync.ts";

describe("currentViseme", () => {
  const timeline = buildVisemeTimeline("map pop");

  it("follows the timeline's own timing when the voice sends no boundary events", () => {
    expect(currentViseme(timeline, { startedAt: 1000, boundary: null }, 1000)).toBe("closed");
    expect(
      currentViseme(timeline, { startedAt: 1000, boundary: null }, 1000 + timeline.durationMs + 50),
    ).toBe("rest");
  });

  it("pins the mouth to the word the voice reports reaching", () => {
    // At 5 s the clock-based estimate is long over, but the boundary says "pop" just began.
    expect(currentViseme(timeline, { startedAt: 0, boundary: { charIndex: 4, at: 5000 } }, 5000)).toBe(
      "closed",
    );
    expect(currentViseme(timeline, { startedAt: 0, boundary: { charIndex: 4, at: 5000 } }, 5080)).toBe(
      "round",
    );
  });
});
