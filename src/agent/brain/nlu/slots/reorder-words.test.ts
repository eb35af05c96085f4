import { describe, expect, it } from "vitest";
import { asksPastOrderAgain, withoutPastOrder } from "./reorder-words.ts";

describe("a past order asked for again", () => {
  it.each([
    "my previous KFC order again, but with a coke",
    "redo last week's coffee order, 3 of them",
    "repeat our latest delivery except the fries",
    "the noodle order from yesterday again please",
    "my most recent heytea order, only this time large",
    "前天那单奶茶再来一次",
  ])("reads %s as a reorder", (text) => {
    expect(asksPastOrderAgain(text)).toBe(true);
  });

  it.each([
    "where is my last order",
    "cancel my previous KFC order",
    "my last order came cold",
    "I'd like the last one",
    "how much was yesterday's order",
    "the second one please",
  ])("does not read %s as one", (text) => {
    expect(asksPastOrderAgain(text)).toBe(false);
  });
});

describe("the words that change a past order", () => {
  it.each([
    ["my previous KFC order again, but with a coke", ", but with a coke"],
    ["the same noodles as last week but no spice", "but no spice"],
    ["redo yesterday's mocha, make it 2", ", make it 2"],
    ["跟上次一样的奶茶，这次少冰", "奶茶，这次少冰"],
  ])("keeps only what changes in %s", (text, rest) => {
    expect(withoutPastOrder(text)).toBe(rest);
  });
});
