import { describe, expect, it } from "vitest";
import { extractItemOptions, LEADING_OPTION_WORDS, onlyOptionWords } from "./options.ts";

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
});
