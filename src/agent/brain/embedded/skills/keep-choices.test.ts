import { describe, expect, it } from "vitest";
import type { WantedItem } from "../state.ts";
import { inheritLine, keepChoices } from "./order-draft.ts";

const latte: WantedItem = { query: "拿铁", qty: 1, options: { size: "large", sugar: "less" } };
const mocha: WantedItem = { query: "摩卡", qty: 1, options: {} };

describe("a thing swapped in for a line", () => {
  it("keeps the line's choices, offered only where the new thing has them", () => {
    expect(keepChoices(mocha, latte).choices).toEqual({ size: "large", sugar: "less" });
    expect(inheritLine(mocha, latte)).toMatchObject({ qty: 1, choices: { size: "large", sugar: "less" } });
  });

  it("lets its own words win over the old line's", () => {
    const hot = { ...mocha, options: { size: "medium" as const } };
    expect(keepChoices(hot, latte).choices).toEqual({ size: "medium", sugar: "less" });
  });

  it("leaves a thing alone when the line had no choices", () => {
    expect(keepChoices(mocha, { query: "美式", qty: 2, options: {} })).toBe(mocha);
  });
});
