import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance.ts";

/** The textbook table, fresh rows every call: what the reused rows must agree with. */
function reference(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++)
      current.push(
        Math.min(
          (previous[column] as number) + 1,
          (current[column - 1] as number) + 1,
          (previous[column - 1] as number) + (left[row - 1] === right[column - 1] ? 0 : 1),
        ),
      );
    previous = current;
  }
  return previous[right.length] as number;
}

describe("editDistance", () => {
  it("measures insertions, deletions and substitutions", () => {
    expect(editDistance("latte", "latte")).toBe(0);
    expect(editDistance("latee", "latte")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "tea")).toBe(3);
    expect(editDistance("tea", "")).toBe(3);
  });

  it("stops at limit + 1 once the distance must exceed the limit", () => {
    expect(editDistance("bubble tea", "milk tea", 1)).toBe(2);
    expect(editDistance("americano", "am", 2)).toBe(3);
    expect(editDistance("zinger", "zinger burger", 2)).toBe(3);
  });

  it("agrees with fresh rows whatever lengths came before (the rows are reused and grown)", () => {
    const words = ["a", "tea", "拿铁", "milk tea", "x".repeat(100), "bubble teas", "", "y".repeat(70), "tae"];
    for (const left of words)
      for (const right of words) {
        const exact = reference(left, right);
        expect(editDistance(left, right)).toBe(exact);
        expect(editDistance(left, right, 2)).toBe(Math.min(exact, 3));
      }
  });
});
