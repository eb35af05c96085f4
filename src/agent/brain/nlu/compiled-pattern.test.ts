import { describe, expect, it } from "vitest";
import { compiledPattern } from "./compiled-pattern.ts";

describe("compiledPattern", () => {
  it("compiles a source and flags once and matches as a fresh RegExp would", () => {
    const first = compiledPattern("\\bextra shot\\b", "iu");
    expect(compiledPattern("\\bextra shot\\b", "iu")).toBe(first);
    expect(compiledPattern("\\bextra shot\\b", "u")).not.toBe(first);
    expect(first.test("An EXTRA SHOT please")).toBe(true);
    expect(first.test("an extra shots")).toBe(false);
  });

  it("refuses patterns whose test keeps state", () => {
    expect(() => compiledPattern("a", "gu")).toThrow(/stateful/);
    expect(() => compiledPattern("a", "y")).toThrow(/stateful/);
  });
});
