import { describe, expect, it } from "vitest";
import { Gazetteer, type GazetteerEntry } from "../nlu/gazetteer.ts";
import type { OrderLineSlot } from "../nlu/slots/line-words.ts";
import { containerKinds, KINDS, kindEntries, kindOfEntity, onlyTheKind, withoutKindHeads } from "./kinds.ts";

const kind = (key: string) => KINDS.find((candidate) => candidate.key === key) as (typeof KINDS)[number];

describe("kinds of things people order without naming a dish", () => {
  it("reads the words of only the kind, with counts and measure words around them", () => {
    expect(onlyTheKind("two portions of fried chicken", kind("fried_chicken"))).toBe(true);
    expect(onlyTheKind("five bowls of noodles", kind("noodles"))).toBe(true);
    expect(onlyTheKind("fruit teas", kind("fruit_tea"))).toBe(true);
    expect(onlyTheKind("一束花", kind("flowers"))).toBe(true);
    expect(onlyTheKind(undefined, kind("bread"))).toBe(true);
    // What a parser leaves of the kind's own word ("喝的" → "喝").
    expect(onlyTheKind("喝", kind("drinks"))).toBe(true);
  });

  it("keeps a particular thing of the kind apart from the kind", () => {
    expect(onlyTheKind("玫瑰花", kind("flowers"))).toBe(false);
    expect(onlyTheKind("beef noodles", kind("noodles"))).toBe(false);
    expect(onlyTheKind("roses", kind("flowers"))).toBe(false);
  });

  it("feeds the gazetteer: plurals and measure phrases find the kind, a longer item name wins", () => {
    const gazetteer = new Gazetteer([
      ...kindEntries(),
      { kind: "item", id: "braised_egg", zh: "卤蛋", en: "Braised Egg" },
    ]);
    const first = (text: string) => gazetteer.match(text)[0];
    expect(kindOfEntity(first("five fruit teas please")?.entity ?? { id: "", zh: "" })?.key).toBe(
      "fruit_tea",
    );
    expect(kindOfEntity(first("帮我买两份炸鸡")?.entity ?? { id: "", zh: "" })?.key).toBe("fried_chicken");
    expect(first("a couple of Braised Eggs")?.entity.id).toBe("braised_egg");
  });

  it("maps every kind to catalogue categories, with words in both languages", () => {
    for (const entry of KINDS) {
      expect(entry.categories.length, entry.key).toBeGreaterThan(0);
      expect(entry.zh.length, entry.key).toBeGreaterThan(0);
      expect(entry.en.length, entry.key).toBeGreaterThan(0);
    }
    // A fixture's category word finds its kind by the Chinese word.
    expect(kindOfEntity({ id: "cat_hotpot", zh: "火锅" })?.key).toBe("hotpot");
  });
});

describe("what a container says the thing is", () => {
  it.each([
    ["a cup with pearls", "milk_tea"],
    ["两杯带芋圆的", "milk_tea"],
    ["想喝有椰果的", "milk_tea"],
    ["a bowl with beef", "noodles"],
    ["来一碗加蛋的", "noodles"],
    ["一束带百合的", "bouquet"],
  ])("%s → %s first", (words, first) => {
    expect(containerKinds(words)?.[0]).toBe(first);
  });

  it("says nothing without one", () => {
    expect(containerKinds("something with pearls")).toBeUndefined();
    expect(containerKinds("带芝士的")).toBeUndefined();
  });
});

describe("a kind said as the heading of the things after it", () => {
  const line = (text: string, start: number, entity: GazetteerEntry, qtyText?: string): OrderLineSlot => ({
    match: { entity, start, end: start + text.length, text, score: 1, method: "exact" },
    text,
    start,
    qty: 1,
    ...(qtyText ? { qtyText } : {}),
    options: {},
  });
  const kindOf = (key: string, zh: string): GazetteerEntry => ({
    kind: "category",
    id: `kind:${key}`,
    zh,
    en: key,
  });
  const item = (zh: string, category: string): GazetteerEntry => ({
    kind: "item",
    id: zh,
    zh,
    en: zh,
    category,
  });
  const names = (lines: OrderLineSlot[]) => withoutKindHeads({ lines }).lines.map((kept) => kept.text);

  it("is no line of its own when things of that kind follow, each with its count", () => {
    // "买点水果，一斤草莓两斤苹果", "some drinks: two lattes and a mocha", "买点药，布洛芬和创可贴各一盒".
    expect(
      names([line("水果", 2, kindOf("fruit", "水果")), line("草莓", 10, item("草莓", "fruit"), "一斤")]),
    ).toEqual(["草莓"]);
    expect(
      names([line("drinks", 5, kindOf("drinks", "饮料")), line("lattes", 20, item("拿铁", "coffee"), "two")]),
    ).toEqual(["lattes"]);
    expect(
      names([line("药", 2, kindOf("medicine", "药")), line("感冒药", 6, kindOf("cold_medicine", "感冒药"))]),
    ).toEqual(["感冒药"]);
    const coffees = { ...line("coffees", 2, kindOf("coffee", "咖啡"), "6"), qty: 6 };
    const lattes = { ...line("lattes", 30, item("拿铁", "coffee"), "3"), qty: 3 };
    const americanos = { ...line("americanos", 50, item("美式", "coffee"), "3"), qty: 3 };
    expect(names([coffees, lattes, americanos])).toEqual(["lattes", "americanos"]);
  });

  it("stays a line after the things, with a count, or beside things of another kind", () => {
    const latte = line("latte", 2, item("拿铁", "coffee"), "a");
    expect(names([latte, line("fruit", 20, kindOf("fruit", "水果"))])).toEqual(["latte", "fruit"]);
    expect(
      names([
        { ...line("水果", 2, kindOf("fruit", "水果"), "两斤"), qty: 2 },
        line("草莓", 10, item("草莓", "fruit"), "一斤"),
      ]),
    ).toEqual(["水果", "草莓"]);
    expect(
      names([line("零食", 2, kindOf("snacks", "零食")), line("拿铁", 8, item("拿铁", "coffee"), "两杯")]),
    ).toEqual(["零食", "拿铁"]);
  });
});
