import { describe, expect, it } from "vitest";
import { type EditLine, readOrderEdit, type SaidItem } from "./read-edit.ts";

const item = (zh: string, en: string, words: string, qty = 1, counted = true): SaidItem => ({
  zh,
  en,
  qty,
  counted,
  options: {},
  words,
});
const noodles: EditLine = { zh: "拌面", en: "Peanut Sauce Noodles", qty: 2, kinds: ["面", "noodles"] };
const stew: EditLine = { zh: "炖罐（排骨）", en: "Pork Rib Stew Pot", qty: 1, kinds: ["soup"] };
const milk: EditLine = { zh: "纯牛奶 250ml×12", en: "Whole Milk 250 ml × 12", qty: 1, kinds: ["dairy"] };
const eggs: EditLine = { zh: "土鸡蛋 10枚", en: "Free-range Eggs ×10", qty: 1, kinds: ["鸡蛋", "eggs"] };
const meals: EditLine = { zh: "香辣鸡腿堡", en: "Zinger Burger", qty: 2, options: { combo: "meal" } };
const tarts: EditLine = { zh: "葡式蛋挞", en: "Portuguese Egg Tart", qty: 3 };
const lemonade: EditLine = { zh: "冰鲜柠檬水", en: "Fresh Lemonade", qty: 6 };

describe("counts said in an edit (English)", () => {
  it("sets the count a named line goes to with 'to N'", () => {
    const said = [item("面", "noodles", "noodles", 1, false)];
    expect(readOrderEdit("change noodles to 3", {}, [noodles, stew], said)?.ops).toEqual([
      { op: "qty", lines: [0], qty: 3 },
    ]);
    expect(readOrderEdit("bump the stew pot up to 2", {}, [noodles, stew], [])?.ops).toEqual([
      { op: "qty", lines: [1], qty: 2 },
    ]);
  });

  it("reads 'N of the X' with no choice as a count for that line", () => {
    const said = [item("鸡蛋", "eggs", "eggs", 2)];
    expect(readOrderEdit("2 of the eggs", {}, [milk, eggs], said)?.ops).toEqual([
      { op: "qty", lines: [1], qty: 2 },
    ]);
  });

  it("takes one off the lines the options said are on ('drop one of the meals', 'one less meal')", () => {
    const options = { combo: "meal" } as never;
    expect(readOrderEdit("actually drop one of the meals", { options }, [meals, tarts], [])?.ops).toEqual([
      { op: "qty", lines: [0], delta: -1 },
    ]);
    expect(readOrderEdit("one less meal", { options, quantity: 1 }, [meals, tarts], [])?.ops).toEqual([
      { op: "qty", lines: [0], delta: -1 },
    ]);
  });

  it("changes half of a line with 'half of them'", () => {
    const options = { sugar: "none" } as never;
    expect(readOrderEdit("half of them no sugar", { options }, [lemonade], [])?.ops).toEqual([
      { op: "options", lines: [0], options, count: 3 },
    ]);
  });

  it("doubles the card for 'the same' said for someone else, and adds what comes with it", () => {
    const soup = [item("汤品", "soup", "soup")];
    expect(readOrderEdit("and for my colleague the same plus a hen soup", {}, [noodles], soup)?.ops).toEqual([
      { op: "qty", lines: [0], multiply: 2 },
      { op: "add", items: [0] },
    ]);
    expect(readOrderEdit("my friend wants the same", {}, [noodles, stew], [])?.ops).toEqual([
      { op: "qty", lines: [0, 1], multiply: 2 },
    ]);
    // "the same size" or an option "same for both" is no second order.
    expect(
      readOrderEdit("same for both", { options: { sugar: "none" } as never }, [noodles, stew], [])?.ops,
    ).toEqual([{ op: "options", lines: [0, 1], options: { sugar: "none" } }]);
  });

  it("never reads a size's number as a count ('make it 8 inch')", () => {
    const cake: EditLine = { zh: "生日水果蛋糕", en: "Fruit Birthday Cake", qty: 1 };
    expect(readOrderEdit("make it 8 inch", { quantity: 8 }, [cake], [])?.ops).toEqual([
      { op: "options", lines: [0], options: {}, words: "8 inch" },
    ]);
  });

  it("changes a count, swapping nothing in, with 'change the X to N' for a line said in the plural", () => {
    const eggs2: EditLine = { zh: "卤蛋", en: "Braised Egg", qty: 2 };
    const said = [item("鸡蛋", "eggs", "eggs", 1, false)];
    expect(readOrderEdit("change the eggs to 4", { quantity: 4 }, [noodles, eggs2], said)?.ops).toEqual([
      { op: "qty", lines: [1], qty: 4 },
    ]);
  });

  it("takes off the count said of the line an option names ('take one meal off')", () => {
    const options = { combo: "meal" } as never;
    expect(readOrderEdit("take one meal off", { options, quantity: 1 }, [meals, tarts], [])?.ops).toEqual([
      { op: "qty", lines: [0], delta: -1 },
    ]);
  });
});
