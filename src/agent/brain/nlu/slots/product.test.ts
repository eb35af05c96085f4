import { describe, expect, it } from "vitest";
import type { GazetteerMatch } from "../gazetteer.ts";
import { asksToPay, wantsAnotherShop, wantsCheaper } from "./dialogue-acts.ts";
import { trustedMatches } from "./entities.ts";
import { extractItemOptions } from "./options.ts";
import { extractProduct } from "./product.ts";
import { extractQuantity } from "./quantity.ts";

describe("extractProduct", () => {
  it.each([
    ["送一束玫瑰花到公司", "玫瑰花"],
    ["帮我买6瓶矿泉水送到公司", "矿泉水"],
    ["我发烧了，帮我买一盒布洛芬送到家", "布洛芬"],
    ["午饭帮我点碗面，25块以内", "面"],
    ["来一杯热的拿铁，要大杯", "拿铁"],
    ["Send a bouquet of roses to my office", "roses"],
    ["buy 6 bottles of water for the office", "water"],
    ["I have a headache, can you get me some ibuprofen?", "ibuprofen"],
    ["A large iced americano please", "americano"],
    ["beef noodles please", "beef noodles"],
  ])("finds the product in %s", (text, product) => {
    expect(extractProduct(text)).toBe(product);
  });

  it.each([
    "帮我点个外卖",
    "50块以内来点吃的",
    "Can you order me some food?",
    "the second one",
    "never mind",
  ])("finds no product in %s", (text) => {
    expect(extractProduct(text)).toBeUndefined();
  });
});

const match = (text: string, zh: string, en: string, method: GazetteerMatch["method"], score: number) =>
  ({
    text,
    start: 0,
    end: text.length,
    score,
    method,
    entity: { kind: "item", id: zh, zh, en },
  }) as GazetteerMatch;

describe("trustedMatches", () => {
  it("keeps exact names and syllable-true homophones, drops partial-syllable ones", () => {
    expect(trustedMatches([match("拿铁", "拿铁", "Latte", "exact", 1)])).toHaveLength(1);
    expect(trustedMatches([match("那铁", "拿铁", "Latte", "pinyin", 0.85)])).toHaveLength(1);
    expect(trustedMatches([match("换", "花", "flowers", "pinyin", 0.85)])).toHaveLength(0);
    expect(trustedMatches([match("要", "药", "medicine", "pinyin", 0.85)])).toHaveLength(0);
    // "我想叫两杯喝的": 想叫 sounds like 香蕉 but is the request itself.
    expect(trustedMatches([match("想叫", "香蕉", "Bananas", "pinyin", 0.85)])).toHaveLength(0);
  });

  it("keeps an English typo of the same length or longer, not a shorter other word", () => {
    expect(trustedMatches([match("lattee", "拿铁", "Latte", "fuzzy", 0.8)])).toHaveLength(1);
    expect(trustedMatches([match("late", "拿铁", "Latte", "fuzzy", 0.8)])).toHaveLength(0);
    expect(trustedMatches([match("make", "蛋糕", "cake", "fuzzy", 0.8)])).toHaveLength(0);
  });

  it("takes a container that counts what follows for no typo of a name ending in it", () => {
    // "2 bowls of noodles" was 2 × Beef Rice Bowl and a bowl of noodles (faithfulness seed 71).
    expect(trustedMatches([match("bowls", "牛肉盖浇饭", "Beef Rice Bowl", "fuzzy", 0.82)])).toHaveLength(0);
    expect(trustedMatches([match("cups", "拿铁", "Latte Cup", "fuzzy", 0.8)])).toHaveLength(0);
    expect(
      trustedMatches([match("bouquet of roses", "玫瑰花束", "Rose Bouquet", "fuzzy", 0.89)]),
    ).toHaveLength(1);
    expect(
      trustedMatches([match("beef rice bowls", "牛肉盖浇饭", "Beef Rice Bowl", "exact", 1)]),
    ).toHaveLength(1);
  });
});

describe("order dialogue acts and options", () => {
  it("reads another shop, cheaper and pay requests", () => {
    expect(wantsAnotherShop("那换一家吧")).toBe(true);
    expect(wantsAnotherShop("ok try another shop")).toBe(true);
    expect(wantsCheaper("太贵了，换个便宜点的")).toBe(true);
    expect(asksToPay("confirm the payment now")).toBe(true);
    expect(asksToPay("来杯拿铁")).toBe(false);
  });

  it("reads oat milk and meals, and a Big Mac is no size", () => {
    expect(extractItemOptions("large oat milk latte")).toEqual({ size: "large", milk: "oat" });
    expect(extractItemOptions("我要一个巨无霸套餐")).toEqual({ combo: "meal" });
    expect(extractItemOptions("get me a big mac")).toBeUndefined();
  });

  it("reads chilled apart from iced, and a weight as no count", () => {
    expect(extractItemOptions("make it chilled instead")).toEqual({ temperature: "chilled" });
    expect(extractItemOptions("改冰镇吧")).toEqual({ temperature: "chilled" });
    expect(extractItemOptions("an iced latte")).toEqual({ temperature: "iced" });
    expect(extractItemOptions("not chilled please")).toEqual({ temperature: "room" });
    expect(extractQuantity("actually, 1 kg each please")).toEqual({});
    expect(extractQuantity("3 yellow peaches, 1 kg each")).toEqual({ quantity: 3, unit: "yellow" });
  });

  it("reads '40块以内，' as money, not forty items", () => {
    expect(extractQuantity("想吃汉堡，40块以内，40分钟内送到")).toEqual({});
    expect(extractQuantity("来两块蛋糕")).toEqual({ quantity: 2, unit: "块" });
    // A title's or a clock's number is no count; "Book" of "Book two tickets" is the verb.
    expect(extractQuantity("see Dune: Part Three this Saturday, a ticket please").quantity).not.toBe(3);
    expect(extractQuantity("a taxi to the park tomorrow at 7 a.m.").quantity).toBeUndefined();
    expect(extractQuantity("Book two tickets for the film, under ¥60 a ticket").quantity).toBe(2);
  });

  it("reads no count in a clock time or a decimal", () => {
    expect(extractQuantity("taxi to Hangzhou Grand Theatre at 6:45 tonight")).toEqual({});
    expect(extractQuantity("a ride at 7.30 tomorrow")).toEqual({});
    expect(extractQuantity("3 lattes at 9:15")).toEqual({ quantity: 3, unit: "lattes" });
  });
});
