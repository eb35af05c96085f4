import { describe, expect, it } from "vitest";
import { buildVisemeTimeline, pinyinVisemes, visemeAfterBoundary, visemeAt } from "./visemes.ts";

describe("buildVisemeTimeline", () => {
  it("gives an empty timeline for empty text", () => {
    expect(buildVisemeTimeline("")).toEqual({ segments: [], durationMs: 0 });
  });

  it("maps English letters to mouth shapes in order", () => {
    const shapes = buildVisemeTimeline("map").segments.map((segment) => segment.viseme);
    expect(shapes).toEqual(["closed", "open", "closed"]);
  });

  it("merges repeated shapes within a word instead of twitching", () => {
    const shapes = buildVisemeTimeline("moo").segments.map((segment) => segment.viseme);
    expect(shapes).toEqual(["closed", "round"]);
  });

  it("gives each Chinese character an initial and a vowel from its pinyin", () => {
    const timeline = buildVisemeTimeline("吗", { pinyinOf: () => "ma" });
    expect(timeline.segments.map((segment) => segment.viseme)).toEqual(["closed", "open"]);
  });

  it("still moves the mouth for Chinese without a pinyin dictionary", () => {
    const timeline = buildVisemeTimeline("你好");
    expect(timeline.segments.length).toBeGreaterThanOrEqual(2);
    expect(timeline.durationMs).toBeGreaterThan(300);
  });

  it("rests the mouth at punctuation, longer at a full stop than at a comma", () => {
    const comma = buildVisemeTimeline("a,").segments.at(-1)!;
    const stop = buildVisemeTimeline("a.").segments.at(-1)!;
    expect(comma.viseme).toBe("rest");
    expect(stop.endMs - stop.startMs).toBeGreaterThan(comma.endMs - comma.startMs);
  });

  it("lays segments end to end from zero to the total duration", () => {
    const timeline = buildVisemeTimeline("Hello, 你好! Order a latte.");
    let previousEnd = 0;
    for (const segment of timeline.segments) {
      expect(segment.startMs).toBeCloseTo(previousEnd, 6);
      expect(segment.endMs).toBeGreaterThan(segment.startMs);
      previousEnd = segment.endMs;
    }
    expect(previousEnd).toBeCloseTo(timeline.durationMs, 6);
  });

  it("speaks faster at a higher rate", () => {
    const normal = buildVisemeTimeline("order a latte").durationMs;
    expect(buildVisemeTimeline("order a latte", { rate: 2 }).durationMs).toBeCloseTo(normal / 2, 6);
  });

  it("records the character index each shape came from", () => {
    const timeline = buildVisemeTimeline("hi mom");
    const mom = timeline.segments.filter((segment) => segment.charIndex >= 3);
    expect(mom[0]).toMatchObject({ viseme: "closed", charIndex: 3 });
  });
});

describe("pinyinVisemes", () => {
  it("reads lip initials and main vowels", () => {
    expect(pinyinVisemes("bo")).toEqual(["closed", "round"]);
    expect(pinyinVisemes("shi")).toEqual(["teeth", "wide"]);
    expect(pinyinVisemes("wu")).toEqual([null, "pucker"]);
    expect(pinyinVisemes("hao")).toEqual([null, "open"]);
  });
});

describe("visemeAt and visemeAfterBoundary", () => {
  const timeline = buildVisemeTimeline("map pop");

  it("returns the shape of the segment covering the time", () => {
    expect(visemeAt(timeline, 0)).toBe("closed");
    expect(visemeAt(timeline, timeline.segments[1]!.startMs + 1)).toBe("open");
  });

  it("rests before the start and after the end", () => {
    expect(visemeAt(timeline, -5)).toBe("rest");
    expect(visemeAt(timeline, timeline.durationMs + 1)).toBe("rest");
  });

  it("plays a word from its boundary and rests when the word is over", () => {
    expect(visemeAfterBoundary(timeline, 4, 0)).toBe("closed");
    expect(visemeAfterBoundary(timeline, 4, 80)).toBe("round");
    expect(visemeAfterBoundary(timeline, 4, 10_000)).toBe("rest");
  });
});
