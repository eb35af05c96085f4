import { describe, expect, it } from "vitest";
import { spelledAsChoices } from "./choice-words.ts";
import { saidChoices } from "./option-mapping.ts";

const groups = [
  {
    key: "rice",
    choices: [
      { id: "regular", zh: "正常饭量", en: "Regular rice" },
      { id: "extra", zh: "加饭", en: "Extra rice" },
      { id: "less", zh: "少饭", en: "Less rice" },
    ],
  },
  {
    key: "cooking",
    choices: [
      { id: "boiled", zh: "水煮", en: "Boiled" },
      { id: "pan_fried", zh: "煎饺", en: "Pan-fried" },
    ],
  },
  {
    key: "add_on",
    choices: [
      { id: "none", zh: "不加", en: "Nothing extra" },
      { id: "egg", zh: "加蛋", en: "Add egg" },
    ],
  },
];

describe("choices said another way than the menu names them", () => {
  it("meets the menu's wording", () => {
    expect(saidChoices("饭多一点", groups)).toEqual({ rice: "extra" });
    expect(saidChoices("要煎的", groups)).toEqual({ cooking: "pan_fried" });
    expect(saidChoices("one with an egg", groups)).toEqual({ add_on: "egg" });
    expect(saidChoices("pan fried please", groups)).toEqual({ cooking: "pan_fried" });
    expect(spelledAsChoices("拿铁")).toBe("拿铁");
  });

  it("reads a card asked for on flowers as the handwritten card, never one declined", () => {
    expect(spelledAsChoices("再帮我附一张贺卡")).toContain("手写贺卡");
    expect(spelledAsChoices("加张卡片")).toContain("手写贺卡");
    expect(spelledAsChoices("add a greeting card")).toContain("handwritten card");
    expect(spelledAsChoices("不要贺卡")).not.toContain("手写贺卡");
    expect(spelledAsChoices("不需要贺卡")).not.toContain("手写贺卡");
  });
});
