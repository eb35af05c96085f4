import { describe, expect, it } from "vitest";
import { choiceWords, readClauseEdits } from "./clause-edits.ts";

const latte = [{ zh: "拿铁", en: "Latte", qty: 2 }];

describe("an edit said in several clauses", () => {
  it("gives every line the shared option and one of them its own", () => {
    expect(readClauseEdits("都要大杯，其中一杯换燕麦奶", {}, latte, [])?.ops).toEqual([
      { op: "options", lines: [0], options: { size: "large" }, words: "都要大杯" },
      { op: "options", lines: [0], options: { milk: "oat" }, count: 1, words: "其中一杯换燕麦奶" },
    ]);
    expect(readClauseEdits("both large please, one iced and one hot", {}, latte, [])?.ops).toEqual([
      { op: "options", lines: [0], options: { size: "large" }, words: "both large please" },
      { op: "options", lines: [0], options: { temperature: "iced" }, count: 1, words: "one iced" },
      { op: "options", lines: [0], options: { temperature: "hot" }, count: 1, words: "one hot" },
    ]);
  });

  it("keeps a count and a split when something is added too", () => {
    const said = [{ zh: "可颂", en: "Croissant", qty: 1, counted: true, options: {} }];
    expect(
      readClauseEdits("make it 3, two with oat milk, and add a croissant", {}, latte, said)?.ops,
    ).toEqual([
      { op: "qty", lines: [0], qty: 3 },
      { op: "options", lines: [0], options: { milk: "oat" }, count: 2, words: "two with oat milk" },
      { op: "add", items: [0] },
    ]);
  });

  it("carries choices only shops name as the clause's words", () => {
    const noodles = [{ zh: "牛肉面", en: "Beef Noodles", qty: 2 }];
    expect(readClauseEdits("一碗改成韭叶，另一碗细面加牛肉", {}, noodles, [])?.ops).toEqual([
      { op: "options", lines: [0], options: {}, count: 1, words: "一碗改成韭叶" },
      { op: "options", lines: [0], options: {}, count: 1, words: "另一碗细面加牛肉" },
    ]);
    expect(choiceWords("另一碗细面加牛肉")).toBe("细面加牛肉");
  });

  it("reads a count with a shop's choice as that many made so", () => {
    const americano = [{ zh: "美式", en: "Americano", qty: 3 }];
    expect(readClauseEdits("都要大杯，其中两杯加浓", {}, americano, [])?.ops).toEqual([
      { op: "options", lines: [0], options: { size: "large" }, words: "都要大杯" },
      { op: "options", lines: [0], options: {}, count: 2, words: "其中两杯加浓" },
    ]);
  });

  it("leaves a one-change turn to the whole-turn reader", () => {
    expect(readClauseEdits("换成大杯，送到公司", {}, latte, [])).toBeUndefined();
    expect(readClauseEdits("换成大杯", {}, latte, [])).toBeUndefined();
  });
  it("reads a line taken off and then swapped as one swap, which keeps the line's options", () => {
    const mocha = [{ zh: "摩卡", en: "Mocha", qty: 1, counted: true, options: {} }];
    const one = [{ zh: "拿铁", en: "Latte", qty: 1 }];
    expect(readClauseEdits("不要拿铁了，换成摩卡", {}, one, mocha)?.ops).toEqual([
      { op: "replace", lines: [0], items: [0] },
    ]);
    expect(readClauseEdits("scrap the latte, get me a mocha instead", {}, one, mocha)?.ops).toEqual([
      { op: "replace", lines: [0], items: [0] },
    ]);
  });
});
