import { describe, expect, it } from "vitest";
import { packCount } from "../../pack-words.ts";
import type { Candidate } from "./order-search.ts";
import { packedCounts } from "./pack-count.ts";

const candidate = (nameZh: string, nameEn: string, relevance = 0): Candidate =>
  ({ skuId: nameZh, merchantId: "m", nameZh, nameEn, relevance, priceFen: 100, inStock: true }) as Candidate;

describe("a count that is a pack's size", () => {
  it("reads the pieces a pack holds from its name", () => {
    expect(packCount("鸡蛋 15枚")).toBe(15);
    expect(packCount("红玫瑰花束（11枝）")).toBe(11);
    expect(packCount("Free-range Eggs ×10")).toBe(10);
    expect(packCount("Sushi Platter (12 pc)")).toBe(12);
    expect(packCount("拿铁")).toBeUndefined();
  });

  it("buys one pack of fifteen for fifteen eggs, never fifteen packs", () => {
    const { items, perItem } = packedCounts(
      [{ query: "鸡蛋", qty: 15, options: {} }],
      [[candidate("土鸡蛋 10枚", "Free-range Eggs ×10"), candidate("鸡蛋 15枚", "Eggs ×15", 0.2)]],
    );
    expect(items[0]?.qty).toBe(1);
    expect(perItem[0]?.[0]?.nameZh).toBe("鸡蛋 15枚");
  });

  it("reads a pack's own count said with the thing as one pack, or as many as the servings said", () => {
    const bouquets = [
      candidate("玫瑰花束（9枝）", "Rose Bouquet (9 stems)"),
      candidate("玫瑰花束（19枝）", "Rose Bouquet (19 stems)"),
    ];
    const roses = packedCounts(
      [{ query: "玫瑰花束", qty: 9, options: {}, said: "9枝的 玫瑰花束" }],
      [bouquets],
    );
    expect(roses.items[0]?.qty).toBe(1);
    expect(roses.perItem[0]?.map((found) => found.nameZh)).toEqual(["玫瑰花束（9枝）"]);
    const nuggets = [
      candidate("麦乐鸡（5块）", "Chicken McNuggets (5 pc)"),
      candidate("麦乐鸡（10块）", "Chicken McNuggets (10 pc)"),
    ];
    const two = packedCounts([{ query: "麦乐鸡", qty: 5, options: {}, said: "麦乐鸡 5块 两份" }], [nuggets]);
    expect(two.items[0]?.qty).toBe(2);
    expect(two.perItem[0]?.map((found) => found.nameZh)).toEqual(["麦乐鸡（5块）"]);
  });

  it("counts servings as servings: five portions are five, whatever a pack's name holds", () => {
    for (const said of ["我想叫五份炸鸡，送去我家", "two portions of fried chicken to my office"]) {
      const { items, perItem } = packedCounts(
        [{ query: "炸鸡", qty: said.startsWith("two") ? 2 : 5, options: {}, said }],
        [
          [
            candidate("麦乐鸡（5块）", "Chicken McNuggets (5 pc)"),
            candidate("麦辣鸡翅（2块）", "Spicy Chicken Wings (2 pc)"),
          ],
        ],
      );
      expect(items[0]?.qty).toBe(said.startsWith("two") ? 2 : 5);
      expect(perItem[0]).toHaveLength(2);
    }
  });

  it("leaves a count no pack holds as said", () => {
    const { items } = packedCounts(
      [{ query: "拿铁", qty: 3, options: {} }],
      [[candidate("拿铁", "Latte"), candidate("Timbits甜甜圈球（10个）", "Timbits ×10", 1.5)]],
    );
    expect(items[0]?.qty).toBe(3);
  });

  it("offers only the pack holding the count said of one ('两盒12个装的'), as many as said", () => {
    const { items, perItem } = packedCounts(
      [{ query: "蛋挞", qty: 2, options: {}, said: "两盒12个装的 蛋挞" }],
      [[candidate("蛋挞（6个）", "Egg Tarts (6 pc)"), candidate("蛋挞（12个）", "Egg Tarts (12 pc)", 0.3)]],
    );
    expect(items[0]?.qty).toBe(2);
    expect(perItem[0]?.map((found) => found.nameZh)).toEqual(["蛋挞（12个）"]);
  });
});

describe("a count of pieces no pack holds", () => {
  const bouquets = [
    candidate("红玫瑰花束（9枝）", "Red Rose Bouquet (9 stems)"),
    candidate("红玫瑰花束（11枝）", "Red Rose Bouquet (11 stems)"),
    candidate("红玫瑰花束（19枝）", "Red Rose Bouquet (19 stems)"),
  ];

  it("is one pack of the closest size, with the pieces asked kept for the card's note", () => {
    const { items, perItem } = packedCounts([{ query: "红玫瑰", qty: 12, options: {} }], [bouquets]);
    expect(items[0]).toMatchObject({ qty: 1, pieces: 12 });
    expect(perItem[0]?.map((found) => found.nameZh)).toEqual(["红玫瑰花束（11枝）"]);
  });

  it("is as many packs as make it exactly, when a size divides it", () => {
    const eggs = [candidate("鸡蛋 10枚", "Eggs ×10"), candidate("鸡蛋 15枚", "Eggs ×15")];
    const { items, perItem } = packedCounts([{ query: "鸡蛋", qty: 30, options: {} }], [eggs]);
    expect(items[0]).toMatchObject({ qty: 2, pieces: 30 });
    expect(perItem[0]?.map((found) => found.nameZh)).toEqual(["鸡蛋 15枚"]);
  });

  it("is left as said where single pieces are sold too, servings were counted, or no pack is that small", () => {
    const kiwis = [candidate("奇异果 6个装", "Kiwifruit ×6")];
    expect(packedCounts([{ query: "奇异果", qty: 2, options: {} }], [kiwis]).items[0]?.qty).toBe(2);
    const mixed = [...bouquets, candidate("红玫瑰（单枝）", "Red Rose (single stem)")];
    expect(packedCounts([{ query: "红玫瑰", qty: 12, options: {} }], [mixed]).items[0]?.qty).toBe(12);
    const servings = packedCounts([{ query: "红玫瑰", qty: 2, options: {}, said: "两束红玫瑰" }], [bouquets]);
    expect(servings.items[0]?.qty).toBe(2);
  });
});
