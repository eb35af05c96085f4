import { describe, expect, it } from "vitest";
import { lineName, orderReader } from "./order-reading.fixture.ts";

const readOrder = orderReader([
  { kind: "item", id: "latte", zh: "拿铁", en: "Latte" },
  { kind: "item", id: "americano", zh: "美式", en: "Americano" },
  { kind: "item", id: "beef", zh: "肥牛拌饭", en: "Beef Bibimbap" },
  { kind: "item", id: "stone", zh: "石锅拌饭", en: "Stone Pot Bibimbap" },
  { kind: "item", id: "bbq", zh: "烧烤拼盘", en: "BBQ Platter" },
  { kind: "item", id: "fruit", zh: "果切拼盘", en: "Fruit Platter" },
  { kind: "item", id: "orange", zh: "砂糖橘", en: "Sugar Orange" },
]);

const read = (text: string) => readOrder(text).lines.map((line) => [lineName(line), line.qty, line.options]);

describe("order lines: each thing said with its options, then the last one's options after it", () => {
  it.each([
    [
      "拿铁两杯，少糖，美式一杯，大杯",
      [
        ["拿铁", 2, { sugar: "less" }],
        ["美式", 1, { size: "large" }],
      ],
    ],
    [
      "两杯拿铁，少糖，一杯美式，冰的",
      [
        ["拿铁", 2, { sugar: "less" }],
        ["美式", 1, { temperature: "iced" }],
      ],
    ],
    [
      "2 lattes, less sugar, 1 americano, large",
      [
        ["拿铁", 2, { sugar: "less" }],
        ["美式", 1, { size: "large" }],
      ],
    ],
    [
      "肥牛拌饭两份，一点点辣和三份特辣的石锅拌饭",
      [
        ["肥牛拌饭", 2, { spice: "mild" }],
        ["石锅拌饭", 3, { spice: "extra_hot" }],
      ],
    ],
  ])("%s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });

  it.each([
    // No thing said its own: the clause after them is every line's.
    [
      "3杯美式 2杯拿铁，大杯",
      [
        ["美式", 3, { size: "large" }],
        ["拿铁", 2, { size: "large" }],
      ],
    ],
    // "都" / "all" says every line, whatever the lines said before.
    [
      "一杯拿铁少糖，一杯美式，都要大杯",
      [
        ["拿铁", 1, { size: "large", sugar: "less" }],
        ["美式", 1, { size: "large" }],
      ],
    ],
  ])("%s (shared)", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });
});

describe("order lines: a split whose parts end in their options ('一份不辣的三份微辣的')", () => {
  it.each(["4份烧烤拼盘，一份不辣的三份微辣的", "帮我要4份烧烤拼盘，一份不辣的三份一点点辣的，送到我家"])(
    "%s",
    (text) => {
      expect(read(text)).toEqual([
        ["烧烤拼盘", 1, { spice: "none" }],
        ["烧烤拼盘", 3, { spice: "mild" }],
      ]);
    },
  );
});

describe("order lines: more of the same said with 多", () => {
  it.each(["再多来四份", "再多要两杯", "多来两份"])("%s names no thing", (text) => {
    expect(readOrder(text).lines).toEqual([]);
  });
});

describe("order lines: a pack's weight said after the thing, as which one ('要一公斤的', '1 kg each')", () => {
  it.each([
    ["三份果切拼盘、两份砂糖橘，要一公斤的，半个小时以内能到的", "要一公斤的"],
    ["两份砂糖橘，要1公斤的", "要1公斤的"],
    ["three fruit platters and 2 sugar oranges, 1 kg each", "1 kg each"],
    ["2 sugar oranges, a kilo each, to my office", "a kilo each"],
  ])("%s", (text, words) => {
    const orange = readOrder(text).lines.find((line) => lineName(line) === "砂糖橘");
    expect(orange?.qty).toBe(2);
    expect(orange?.said).toContain(words);
  });
  it("keeps a weight before the thing a count ('两斤砂糖橘')", () => {
    expect(read("两斤砂糖橘")).toEqual([["砂糖橘", 2, {}]]);
  });
});
