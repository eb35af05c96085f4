import { describe, expect, it } from "vitest";
import { RequestFrame } from "../brain/frame.ts";
import { checkCard } from "./faithfulness.ts";
import { carryFrame } from "./frame-carry.ts";

const frame = (input: Parameters<typeof RequestFrame.parse>[0]) => RequestFrame.parse(input);
const burgers = frame({
  kind: "order_delivery",
  items: [{ text: "Zinger Burgers", qty: 5, options: { combo: "meal" } }],
  budget: { perItemFen: 4500 },
  exclusions: [{ kind: "merchant", zh: "麦当劳", en: "McDonald's" }],
  withinMinutes: 40,
  address: "office",
});

describe("an edit's frame carries what the replaced card was asked to keep", () => {
  it("keeps options, budget, deadline and exclusions the edit did not speak to", () => {
    const edited = frame({
      kind: "order_delivery",
      items: [{ text: "Zinger Burgers", qty: 5 }],
      address: "home",
    });
    const carried = carryFrame(burgers, edited);
    expect(carried.items[0]?.options).toEqual({ combo: "meal" });
    expect(carried.budget).toEqual({ perItemFen: 4500 });
    expect(carried.withinMinutes).toBe(40);
    expect(carried.exclusions).toHaveLength(1);
    expect(carried.address).toBe("home");
  });

  it("lets the edit change a count or an option's value, and carries nothing to a new item", () => {
    const edited = frame({
      kind: "order_delivery",
      items: [
        { text: "zinger burgers", qty: 2, options: { combo: "single" } },
        { text: "fries", qty: 1 },
      ],
      budget: { totalFen: 9000 },
    });
    const carried = carryFrame(burgers, edited);
    expect(carried.items.map((item) => [item.qty, item.options])).toEqual([
      [2, { combo: "single" }],
      [1, {}],
    ]);
    expect(carried.budget).toEqual({ perItemFen: 4500, totalFen: 9000 });
  });

  it("drops 'within 40 minutes' once the edit names a time", () => {
    const later = frame({
      kind: "order_delivery",
      items: [{ text: "Zinger Burgers", qty: 5 }],
      when: { atMs: 1_000_000, text: "6pm" },
    });
    const carried = carryFrame(burgers, later);
    expect(carried.withinMinutes).toBeUndefined();
    expect(carried.when?.text).toBe("6pm");
  });

  it("matches a split's lines by place, and leaves other kinds alone", () => {
    const split = frame({
      kind: "order_delivery",
      items: [
        { text: "美式", qty: 1, options: { temperature: "hot" } },
        { text: "美式", qty: 1, options: { temperature: "iced", sugar: "none" } },
      ],
    });
    const moved = frame({
      kind: "order_delivery",
      items: [
        { text: "美式", qty: 1 },
        { text: "美式", qty: 1 },
      ],
    });
    expect(carryFrame(split, moved).items.map((item) => item.options)).toEqual([
      { temperature: "hot" },
      { temperature: "iced", sugar: "none" },
    ]);
    const ride = frame({ kind: "ride_hail" });
    expect(carryFrame(burgers, ride)).toBe(ride);
    expect(carryFrame(undefined, moved)).toBe(moved);
  });

  it("so the engine names a dropped option on the edited card", () => {
    const edited = frame({ kind: "order_delivery", items: [{ text: "Zinger Burgers", qty: 5 }] });
    const card = {
      merchant: "华莱士",
      merchantEn: "Wallace",
      lines: [
        {
          name: "香辣鸡腿堡",
          nameEn: "Spicy Chicken Burger",
          qty: 5,
          unitFen: 1300,
          lineFen: 6500,
          options: { combo: "single" },
        },
      ],
      totalFen: 6500,
    } as unknown as Parameters<typeof checkCard>[1];
    expect(checkCard(edited, card, 0)).toEqual([]);
    const divergences = checkCard(carryFrame(burgers, edited), card, 0);
    expect(divergences.map((divergence) => [divergence.kind, divergence.blocking])).toEqual([
      ["options", false],
    ]);
    expect(divergences[0]?.en).toMatch(/meal/);
  });
});
