import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { extractDateTime } from "./time.ts";
import { withoutZoneWords } from "./zone-words.ts";

const NOW = Date.UTC(2026, 10, 26, 1, 0);
const at = (text: string) => {
  const slot = extractDateTime(text, "en", NOW);
  return slot && new Date(slot.startMs).toISOString().slice(0, 16);
};

describe("a lowercase word after a clock is no time zone", () => {
  it("keeps the hour said in Hangzhou time", () => {
    expect(at("tomorrow at 8am get me a car to the airport")).toBe("2026-11-27T00:00");
    expect(at("Saturday 7pm eat at the noodle place")).toBe("2026-11-28T11:00");
    expect(at("tomorrow at 8am book a car")).toBe("2026-11-27T00:00");
  });

  it("blanks the word in place and leaves zones written in capitals", () => {
    const parse = (text: string) => chrono.parse(text, new Date(NOW));
    expect(withoutZoneWords("at 8am get me", parse)).toBe("at 8am     me");
    expect(withoutZoneWords("at 8am GMT", parse)).toBe("at 8am GMT");
  });
});
