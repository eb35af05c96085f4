import { describe, expect, it } from "vitest";
import { anotherMadeOtherwise } from "./another-made.ts";

const noodles = [{ zh: "牛肉面", en: "Beef Noodle Soup", qty: 2 }];

describe("one more of a line, made another way", () => {
  it("is a line of its own beside the old one, which keeps how it was made", () => {
    expect(
      anotherMadeOtherwise(
        { adds: true, all: false, more: 1, options: { spice: "hot" }, choice: "大宽" },
        noodles,
        [0],
      ),
    ).toEqual({
      op: "split",
      line: 0,
      parts: [
        { qty: 2, options: {} },
        { qty: 1, options: { spice: "hot" }, words: "大宽" },
      ],
    });
  });

  it("is no new line when all are said, nothing of how is said, nothing is added, or the line is unclear", () => {
    const hot = { options: { spice: "hot" as const } };
    expect(anotherMadeOtherwise({ adds: true, all: true, more: 3, ...hot }, noodles, [0])).toBeUndefined();
    expect(anotherMadeOtherwise({ adds: true, all: false, more: 1 }, noodles, [0])).toBeUndefined();
    expect(anotherMadeOtherwise({ adds: false, all: false, more: 1, ...hot }, noodles, [0])).toBeUndefined();
    expect(
      anotherMadeOtherwise({ adds: true, all: false, more: 1, ...hot }, noodles, undefined),
    ).toBeUndefined();
  });
});
