import { describe, expect, it } from "vitest";
import { RequestFrame, type RequestFrameInput } from "../brain/frame.ts";
import type { TaskQuote } from "../events.ts";
import { checkCard } from "./faithfulness.ts";

const NOW = Date.UTC(2026, 10, 26, 1, 0, 0);

const card = (overrides: Partial<Omit<TaskQuote, "cartHash">> = {}): Omit<TaskQuote, "cartHash"> => ({
  merchant: "Manner咖啡（物联网街店）",
  merchantEn: "Manner Coffee (IoT St)",
  lines: [
    { name: "美式", nameEn: "Americano", qty: 10, unitFen: 1500, options: { temperature: "iced" } },
    { name: "拿铁", nameEn: "Latte", qty: 10, unitFen: 1800, options: { sugar: "none" } },
  ],
  totalFen: 33_000,
  etaMinutes: 15,
  ...overrides,
});

const frame = (input: Partial<RequestFrameInput> = {}) =>
  RequestFrame.parse({
    kind: "order_delivery",
    items: [
      { text: "美式", qty: 10, options: { temperature: "iced" } },
      { text: "拿铁", qty: 10, options: { sugar: "none" } },
    ],
    ...input,
  });

const kinds = (divergences: ReturnType<typeof checkCard>) =>
  divergences.map((divergence) => [divergence.kind, divergence.blocking]);

describe("the card against what the user asked", () => {
  it("a card that is what was asked has nothing to say", () => {
    expect(checkCard(frame(), card(), NOW)).toEqual([]);
  });

  it("a count said as a weight is met by count × weight ('两斤' as 1 × 1kg), not by another weight", () => {
    const asked = RequestFrame.parse({
      kind: "order_delivery",
      items: [{ text: "香蕉", qty: 2, grams: 1000 }],
    });
    const line = (qty: number, optionsText: string, nameEn = "Bananas") => ({
      merchant: "果多美",
      lines: [{ name: "香蕉", nameEn, qty, unitFen: 1180, optionsText }],
      totalFen: 1180 * qty,
      etaMinutes: 16,
    });
    expect(checkCard(asked, line(1, "1kg"), NOW)).toEqual([]);
    expect(checkCard(asked, line(2, "500g"), NOW)).toEqual([]);
    expect(kinds(checkCard(asked, line(2, "1kg"), NOW))).toEqual([["quantity", true]]);
    expect(checkCard(asked, line(1, "", "Bananas (bag, about 1 kg)"), NOW)).toEqual([]);
    // Without a weight asked, the count is the count.
    const counted = RequestFrame.parse({ kind: "order_delivery", items: [{ text: "香蕉", qty: 2 }] });
    expect(kinds(checkCard(counted, line(1, "1kg"), NOW))).toEqual([["quantity", true]]);
  });

  it("a quantity cut to fit a budget withholds the card", () => {
    const cut = card({
      lines: [
        { name: "美式", nameEn: "Americano", qty: 1, unitFen: 1500, options: { temperature: "iced" } },
        { name: "拿铁", nameEn: "Latte", qty: 1, unitFen: 1800, options: { sugar: "none" } },
      ],
    });
    const divergences = checkCard(frame(), cut, NOW);
    expect(kinds(divergences)).toEqual([
      ["quantity", true],
      ["quantity", true],
    ]);
    expect(divergences[0]?.en).toContain("10");
  });

  it("a dropped item withholds the card", () => {
    const one = card({ lines: [card().lines[0] as TaskQuote["lines"][number]] });
    expect(kinds(checkCard(frame(), one, NOW))).toEqual([["items", true]]);
  });

  it("an excluded brand withholds the card, in either language", () => {
    const starbucks = card({ merchant: "星巴克（湖滨店）", merchantEn: "Starbucks (Hubin)" });
    expect(
      kinds(
        checkCard(
          frame({ exclusions: [{ kind: "merchant", zh: "星巴克", en: "Starbucks" }] }),
          starbucks,
          NOW,
        ),
      ),
    ).toEqual([["exclusion", true]]);
  });

  it("an excluded kind of thing on a line withholds the card", () => {
    const divergences = checkCard(
      frame({ exclusions: [{ kind: "item", zh: "拿铁", en: "Latte" }] }),
      card(),
      NOW,
    );
    expect(kinds(divergences)).toEqual([["exclusion", true]]);
  });

  it("another brand than the one asked for withholds the card", () => {
    expect(kinds(checkCard(frame({ merchant: { zh: "瑞幸", en: "Luckin" } }), card(), NOW))).toEqual([
      ["merchant", true],
    ]);
  });

  it("an item's own shop missing from a basket card withholds it", () => {
    const items = [
      {
        text: "美式",
        qty: 10,
        options: { temperature: "iced" as const },
        merchant: { zh: "Manner", en: "Manner" },
      },
      { text: "拿铁", qty: 10, options: { sugar: "none" as const }, merchant: { zh: "瑞幸", en: "Luckin" } },
    ];
    expect(kinds(checkCard(frame({ items }), card(), NOW))).toEqual([["merchant", true]]);
    const basket = card({ merchant: "Manner咖啡 + 瑞幸咖啡", merchantEn: "Manner Coffee + Luckin Coffee" });
    expect(checkCard(frame({ items }), basket, NOW)).toEqual([]);
  });

  it("a time later than now withholds a card that would run now", () => {
    const tomorrow = { atMs: NOW + 23 * 3_600_000, text: "明天早上8点" };
    expect(kinds(checkCard(frame({ when: tomorrow }), card(), NOW))).toEqual([["time", true]]);
    expect(
      checkCard(
        frame({ when: tomorrow }),
        card({ scheduledFor: new Date(tomorrow.atMs).toISOString() }),
        NOW,
      ),
    ).toEqual([]);
    expect(checkCard(frame({ when: { atMs: NOW + 5 * 60_000, text: "马上" } }), card(), NOW)).toEqual([]);
  });

  it("over the budget, over a per-item cap or later than the deadline is named on the card", () => {
    const divergences = checkCard(
      frame({ budget: { totalFen: 6000, perItemFen: 1600 }, withinMinutes: 10 }),
      card(),
      NOW,
    );
    expect(kinds(divergences)).toEqual([
      ["budget", false],
      ["budget", false],
      ["eta", false],
    ]);
    expect(divergences[0]?.zh).toContain("¥60.00");
    expect(divergences[0]?.en).toContain("¥330.00");
  });

  it("an option the item lacks is named; options the name carries count as met", () => {
    const plain = card({
      lines: [
        { name: "冰美式", nameEn: "Iced Americano", qty: 10, unitFen: 1500, options: {} },
        { name: "拿铁", nameEn: "Latte", qty: 10, unitFen: 1800, options: {} },
      ],
    });
    const divergences = checkCard(frame(), plain, NOW);
    expect(kinds(divergences)).toEqual([["options", false]]);
    expect(divergences[0]?.zh).toContain("无糖");
    expect(divergences[0]?.en).toContain("no sugar");
  });

  it("a cold bottle made chilled is the cold asked for", () => {
    const bottle = card({
      lines: [
        {
          name: "可口可乐（中）",
          nameEn: "Coca-Cola (Medium)",
          qty: 1,
          unitFen: 900,
          options: { temperature: "chilled" },
        },
      ],
    });
    const asked = frame({ items: [{ text: "可乐", qty: 1, options: { temperature: "iced" } }] });
    expect(checkCard(asked, bottle, NOW)).toEqual([]);
  });

  it("chilled asked of a drink over ice is named, in the user's words", () => {
    const tea = card({
      lines: [
        {
          name: "椰果奶茶",
          nameEn: "Coconut Jelly Milk Tea",
          qty: 2,
          unitFen: 800,
          options: { ice: "regular" },
        },
      ],
    });
    const asked = frame({ items: [{ text: "奶茶", qty: 2, options: { temperature: "chilled" } }] });
    const divergences = checkCard(asked, tea, NOW);
    expect(kinds(divergences)).toEqual([["options", false]]);
    expect(divergences[0]?.zh).toContain("冰镇");
    expect(divergences[0]?.en).toContain("chilled");
  });

  it("a number that is no quantity withholds any card", () => {
    const problem = { field: "quantity" as const, text: "-3杯", reason: "negative" as const };
    expect(kinds(checkCard(frame({ problems: [problem] }), card(), NOW))).toEqual([["quantity", true]]);
  });
});

describe("single bottles against a pack", () => {
  const cola = (name: string, nameEn: string) =>
    card({ lines: [{ name, nameEn, qty: 1, unitFen: 5490, options: {} }], totalFen: 5490 });
  const asked = (singles: boolean) =>
    frame({ items: [{ text: "可乐", qty: 1, options: {}, ...(singles ? { singles } : {}) }] });

  it("names a case of 24 on the card of one bottle, and lets the card stand", () => {
    const said = checkCard(
      asked(true),
      cola("可口可乐 330ml×24（整箱）", "Coca-Cola 330 ml × 24 (case)"),
      NOW,
    );
    expect(kinds(said)).toEqual([["quantity", false]]);
    expect(said[0]?.en).toMatch(/pack of 24/u);
  });

  it("has nothing to say of a single bottle, or of a pack when no single one was said", () => {
    expect(checkCard(asked(true), cola("可口可乐 500ml", "Coca-Cola 500 ml"), NOW)).toEqual([]);
    expect(
      checkCard(asked(false), cola("可口可乐 330ml×24（整箱）", "Coca-Cola 330 ml × 24 (case)"), NOW),
    ).toEqual([]);
  });
});
