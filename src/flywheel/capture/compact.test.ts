import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactJson } from "./compact.ts";

/** The definition compactJson must keep: the whole JSON, cut. */
function reference(value: unknown, max: number): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? "null";
  } catch {
    text = JSON.stringify(String(value));
  }
  if (text.length <= max) return text;
  return JSON.stringify({ truncated: true, head: text.slice(0, max) });
}

describe("compactJson", () => {
  it("equals JSON.stringify cut at the limit, for any JSON-like value and limit", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withDate: true,
          withBoxedValues: true,
          withNullPrototype: true,
          withSparseArray: true,
        }),
        fc.integer({ min: 1, max: 400 }),
        (value, max) => {
          expect(compactJson(value, max)).toBe(reference(value, max));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps toJSON, skips undefined and functions in objects, nulls them in arrays", () => {
    const value = {
      at: new Date(0),
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 1, 1],
      custom: { toJSON: (key: string) => `key:${key}` },
    };
    expect(compactJson(value)).toBe(JSON.stringify(value));
  });

  it("serialises only about the limit of a large result", () => {
    const big = { items: Array.from({ length: 5000 }, (_, index) => ({ index, name: "拿铁".repeat(10) })) };
    const text = compactJson(big, 100);
    expect(JSON.parse(text)).toEqual({ truncated: true, head: JSON.stringify(big).slice(0, 100) });
  });

  it("describes values JSON cannot hold instead of failing", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(compactJson(cyclic)).toBe(reference(cyclic, 1500));
    expect(compactJson({ n: 10n })).toBe(reference({ n: 10n }, 1500));
  });
});
