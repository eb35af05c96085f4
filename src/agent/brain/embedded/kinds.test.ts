import { describe, expect, it } from "vitest";
import { Gazetteer } from "../nlu/gazetteer.ts";
import { containerKinds, KINDS, kindEntries, kindOfEntity, onlyTheKind } from "./kinds.ts";

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
