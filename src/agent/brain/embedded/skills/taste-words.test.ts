import { describe, expect, it } from "vitest";
import type { OrderDraft } from "../state.ts";
import { mealByTaste, namesNoDish, readTaste } from "./taste-words.ts";

const draft = (queries: string[] = [], extra: Partial<OrderDraft> = {}): OrderDraft => ({
  items: queries.map((query) => ({ query, qty: 1, options: {} })),
  ...extra,
});

describe("taste words", () => {
  it("reads constraints said without a dish", () => {
    const zh = readTaste("我们五个人想吃中餐，别放辣，素的就行", draft());
    expect(zh).toMatchObject({ cuisine: "chinese", noSpicy: true, vegetarian: true, people: 5 });
    const en = readTaste("dinner for two, japanese, nothing fried", draft());
    expect(en).toMatchObject({ cuisine: "japanese", noFried: true, people: 2 });
    expect(readTaste("点两个菜送回家", draft())?.dishes).toBe(2);
  });

  it("says nothing when no constraint is said", () => {
    expect(readTaste("帮我点个外卖", draft())).toBeUndefined();
  });

  it("tells a vague item from a named dish", () => {
    expect(namesNoDish(draft(["辣"]))).toBe(true);
    expect(namesNoDish(draft(["something light", "healthy"]))).toBe(true);
    expect(namesNoDish(draft(["牛肉面"]))).toBe(false);
    expect(namesNoDish(draft(["latte"]))).toBe(false);
  });

  it("reads a meal asked by its taste as an order", () => {
    expect(mealByTaste("halal lunch to the office please")).toBe(true);
    expect(mealByTaste("what is japanese food like")).toBe(false);
  });
});
