import { describe, expect, it } from "vitest";
import { extractItemOptions, LEADING_OPTION_WORDS, onlyHowWords, onlyOptionWords } from "./options.ts";

describe("one vocabulary of option words", () => {
  it("reads every option word the readers strip", () => {
    for (const words of [
      "微糖",
      "三分糖",
      "别加冰",
      "half ice",
      "standard ice",
      "oat milk",
      "not too sweet",
      "冰镇",
    ])
      expect(extractItemOptions(words), words).toBeDefined();
  });

  it("reads 'no sugar' and 'no ice' said with a hyphen ('a large no-sugar latte')", () => {
    expect(extractItemOptions("a large no-sugar latte")).toMatchObject({ size: "large", sugar: "none" });
    expect(extractItemOptions("two no-ice americanos")).toMatchObject({ ice: "none" });
    expect(extractItemOptions("a large less-sugar, less-ice americano")).toMatchObject({
      sugar: "less",
      ice: "less",
    });
  });

  it("knows a piece of nothing but options, in either language", () => {
    for (const piece of [
      "少糖去冰",
      "大杯 冰的",
      "微糖",
      "三分糖少冰",
      "热",
      "large, no ice",
      "oat milk",
      "辣的",
    ])
      expect(onlyOptionWords(piece, /的|[\s,，]/gu), piece).toBe(true);
    for (const piece of ["热狗", "冰淇淋", "热干面", "hot dog", "big mac", "cold brew", "拿铁少糖"])
      expect(onlyOptionWords(piece, /的|[\s,，]/gu), piece).toBe(false);
  });

  it("strips options before the thing, never part of the thing", () => {
    const strip = (phrase: string) => phrase.replace(LEADING_OPTION_WORDS, "");
    expect(strip("大杯冰的拿铁")).toBe("拿铁");
    expect(strip("微糖少冰奶茶")).toBe("奶茶");
    expect(strip("large oat milk latte")).toBe("latte");
    expect(strip("hot dog")).toBe("hot dog");
    expect(strip("冰淇淋")).toBe("冰淇淋");
    expect(strip("cold brew")).toBe("cold brew");
  });

  it("reads no temperature inside a dish's name", () => {
    expect(extractItemOptions("我要热狗")?.temperature).toBeUndefined();
    expect(extractItemOptions("要热干面")?.temperature).toBeUndefined();
    expect(extractItemOptions("拿铁要热的")?.temperature).toBe("hot");
  });

  it("reads a burger said single or without its meal, and a clause that only says how", () => {
    for (const words of [
      "single burgers please",
      "make them singles",
      "no meal",
      "not a combo",
      "不用套餐",
      "单点",
    ])
      expect(extractItemOptions(words)?.combo, words).toBe("single");
    for (const words of ["as a meal", "要套餐", "make it a combo"])
      expect(extractItemOptions(words)?.combo, words).toBe("meal");
    expect(extractItemOptions("a single latte")?.combo).toBeUndefined();
    const filler = /要|[\s,，]|\b(?:as|please|make|them)\b/giu;
    for (const piece of [", as a meal", "，要套餐", ", large, no sugar", "make them singles please"])
      expect(onlyHowWords(piece, filler), piece).toBe(true);
    for (const piece of [", and a Big Mac", "a meal for two", ", delivered to the office"])
      expect(onlyHowWords(piece, filler), piece).toBe(false);
  });
});

describe("an option said group first", () => {
  it("reads 'the milk to oat', 'sugar to none', 'ice to less' as the option", () => {
    expect(extractItemOptions("change the milk to oat")).toEqual({ milk: "oat" });
    expect(extractItemOptions("switch the sugar to none")).toEqual({ sugar: "none" });
    expect(extractItemOptions("switch the ice to less")).toEqual({ ice: "less" });
    expect(extractItemOptions("sweetness to half please")).toEqual({ sugar: "half" });
  });
});
