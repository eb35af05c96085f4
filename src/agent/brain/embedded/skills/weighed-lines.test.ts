import { describe, expect, it } from "vitest";
import { weighedLine, weightsSaid } from "./weighed-lines.ts";

const byWeight = [
  {
    key: "weight",
    defaultChoice: "half_kg",
    choices: [
      { id: "half_kg", zh: "500g", en: "500 g" },
      { id: "one_kg", zh: "1kg", en: "1 kg" },
    ],
  },
];

describe("weights said as the count", () => {
  it("reads each weight with its number, in grams", () => {
    expect(weightsSaid("来三斤苹果两斤香蕉送到家")).toEqual([
      { grams: 1500, count: 3 },
      { grams: 1000, count: 2 },
    ]);
    expect(weightsSaid("2 kg of apples")).toEqual([{ grams: 2000, count: 2 }]);
    expect(weightsSaid("half a kilo of grapes")).toEqual([{ grams: 500, count: 0.5 }]);
    expect(weightsSaid("两公斤橙子")).toEqual([{ grams: 2000, count: 2 }]);
    expect(weightsSaid("two lattes")).toEqual([]);
    // Letters of a word are no weight ("a bag", "a big one").
    expect(weightsSaid("a bag of apples and a big mac")).toEqual([]);
    expect(weightsSaid("a kilo of grapes")).toEqual([{ grams: 1000, count: 1 }]);
    // A portion's own weight is no count ("每盒一斤", "1 kg each", "两斤装的").
    expect(weightsSaid("两盒草莓 每盒一斤")).toEqual([]);
    expect(weightsSaid("2 bags of apples, 1 kg each")).toEqual([]);
    expect(weightsSaid("一斤一盒的草莓来两盒")).toEqual([]);
    expect(weighedLine(2, "两份香蕉，每份2斤", byWeight, {})).toEqual({ qty: 2, options: {} });
  });

  it("sets count × choice to the weight said, never twice the weight", () => {
    // "两斤" named the 1kg choice and was counted 2: one bag of 1kg.
    expect(weighedLine(2, "两斤香蕉", byWeight, { weight: "one_kg" })).toEqual({
      qty: 1,
      options: { weight: "one_kg" },
    });
    // "三斤": no 1.5kg choice, three of 500g.
    expect(weighedLine(3, "三斤苹果", byWeight, {})).toEqual({ qty: 3, options: {} });
    // "四公斤": the largest choice that divides it.
    expect(weighedLine(4, "四公斤橙子", byWeight, { weight: "one_kg" })).toEqual({
      qty: 4,
      options: { weight: "one_kg" },
    });
    // Six of the default 500g already make "六斤".
    expect(weighedLine(6, "六斤橙子", byWeight, {})).toEqual({ qty: 6, options: {} });
    expect(weighedLine(2, "两斤", byWeight, { weight: "one_kg" }).qty).toBe(1);
  });

  it("reads an item's own weight when it has no weight to choose", () => {
    expect(weighedLine(2, "2 kg of apples", [], {}, "Aksu Apples (bag, about 2 kg)")).toEqual({
      qty: 1,
      options: {},
    });
    expect(weighedLine(3, "3 kg of apples", [], {}, "Aksu Apples (bag, about 2 kg)")).toEqual({
      qty: 3,
      options: {},
    });
  });

  it("leaves a count that is no weight's number alone", () => {
    expect(weighedLine(2, "两杯拿铁，一斤香蕉", byWeight, {})).toEqual({ qty: 2, options: {} });
    expect(weighedLine(1, "a latte", byWeight, {})).toEqual({ qty: 1, options: {} });
  });
});
