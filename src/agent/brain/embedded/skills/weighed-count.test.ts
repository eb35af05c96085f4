import { describe, expect, it } from "vitest";
import type { WantedItem } from "../state.ts";
import { choiceGrams, portionsOf, weightSaid } from "./weighed-count.ts";

const weights = [
  {
    key: "weight",
    zh: "份量",
    choices: [
      { id: "small", zh: "500g", en: "500 g" },
      { id: "big", zh: "1kg", en: "1 kg" },
    ],
  },
];
const item = (said: string, qty: number): WantedItem => ({ query: "x", qty, options: {}, said });

describe("a count said in weight", () => {
  it("reads the grams a choice's name says", () => {
    expect(choiceGrams("500g")).toBe(500);
    expect(choiceGrams("1 kg")).toBe(1000);
    expect(choiceGrams("大份")).toBeUndefined();
  });

  it("is the line's weight only when it is the line's count", () => {
    expect(weightSaid(item("芒果 要三斤", 3))).toBe(1500);
    expect(weightSaid(item("车厘子2公斤", 2))).toBe(2000);
    expect(weightSaid(item("两盒草莓 每盒一斤", 2))).toBeUndefined();
    expect(weightSaid(item("三个芒果", 3))).toBeUndefined();
  });

  it("is bought as the largest portion that makes it exactly", () => {
    expect(portionsOf(1000, weights)).toEqual({ qty: 1, group: "weight", choice: "big" });
    expect(portionsOf(1500, weights)).toEqual({ qty: 3, group: "weight", choice: "small" });
    expect(portionsOf(3000, weights)).toEqual({ qty: 3, group: "weight", choice: "big" });
    expect(portionsOf(300, weights)).toBeUndefined();
  });
});
