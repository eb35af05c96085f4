import { describe, expect, it } from "vitest";
import type { OrderLineSlot } from "../../nlu/slots/line-words.ts";
import { withoutChoicesLike } from "../../nlu/slots/shop-choices.ts";
import { addedByWords } from "./added-words.ts";

const free = (text: string, qty = 1, qtyText?: string): OrderLineSlot => ({
  text,
  start: 0,
  qty,
  options: {},
  ...(qtyText ? { qtyText } : {}),
});

describe("a thing added to the card by words the catalogue names differently", () => {
  it("adds it, searched by the words said, with its count", () => {
    const added = addedByWords("再来三个蛋挞", free("蛋挞", 3, "三个"));
    expect(added?.said).toMatchObject({ zh: "蛋挞", qty: 3, counted: true });
    expect(added?.wanted).toMatchObject({ query: "蛋挞", qty: 3, searches: [{ keyword: "蛋挞" }] });
    expect(addedByWords("add two egg tarts", free("egg tarts", 2, "two"))?.wanted.query).toBe("egg tarts");
    // Its words keep the count: "两份鸡翅" stays two servings of a pack named "（2块）".
    expect(addedByWords("再加两份鸡翅", free("鸡翅", 2, "两份"))?.wanted.said).toContain("两份");
  });

  it("adds nothing without a word that adds, nor for words that are no thing", () => {
    expect(addedByWords("三个蛋挞", free("蛋挞", 3, "三个"))).toBeUndefined();
    expect(addedByWords("再加一份送公司", free("公司"))).toBeUndefined();
    expect(addedByWords("再加点少冰", free("少冰"))).toBeUndefined();
  });
});

describe("a choice said in an edit takes the place of the one said before", () => {
  it("drops the earlier choice of the same kind only", () => {
    expect(withoutChoicesLike("黑森林蛋糕 6寸 豪华礼盒", "8寸").replace(/\s+/gu, " ").trim()).toBe(
      "黑森林蛋糕 豪华礼盒",
    );
    expect(withoutChoicesLike("水饺 水煮", "8寸")).toBe("水饺 水煮");
  });
});
