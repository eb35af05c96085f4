import { describe, expect, it } from "vitest";
import { lineName, orderReader } from "./order-reading.fixture.ts";

const readOrder = orderReader([
  { kind: "item", id: "latte", zh: "拿铁", en: "Latte" },
  { kind: "item", id: "bigmac", zh: "巨无霸", en: "Big Mac" },
  { kind: "item", id: "fries", zh: "薯条", en: "Fries" },
  { kind: "item", id: "tart", zh: "蛋挞", en: "Egg Tart" },
  { kind: "item", id: "boba", zh: "珍珠奶茶", en: "Bubble Tea" },
  { kind: "merchant", id: "sbux", zh: "星巴克", en: "Starbucks" },
  { kind: "merchant", id: "mcd", zh: "麦当劳", en: "McDonald's" },
  { kind: "merchant", id: "kfc", zh: "肯德基", en: "KFC" },
]);

function shops(text: string) {
  const order = readOrder(text);
  return order.lines.map((line) => [lineName(line), line.shop?.zh]);
}

describe("each line's own shop when an order names several", () => {
  it("gives a shop to the thing said right after it", () => {
    expect(shops("星巴克一杯拿铁，再从肯德基带两个蛋挞，送到公司")).toEqual([
      ["拿铁", "星巴克"],
      ["蛋挞", "肯德基"],
    ]);
    expect(shops("a Starbucks latte and two KFC egg tarts to my office")).toEqual([
      ["拿铁", "星巴克"],
      ["蛋挞", "肯德基"],
    ]);
  });

  it("gives a shop said with 'from' after a thing to that thing", () => {
    expect(shops("one Starbucks latte plus a Big Mac from McDonald's")).toEqual([
      ["拿铁", "星巴克"],
      ["巨无霸", "麦当劳"],
    ]);
  });

  it("keeps a shop for the things after it until another is named", () => {
    expect(shops("麦当劳一个巨无霸和薯条，星巴克一杯拿铁")).toEqual([
      ["巨无霸", "麦当劳"],
      ["薯条", "麦当劳"],
      ["拿铁", "星巴克"],
    ]);
  });

  it("leaves the lines alone when one shop (or none) is named", () => {
    expect(shops("麦当劳一个巨无霸和薯条")).toEqual([
      ["巨无霸", undefined],
      ["薯条", undefined],
    ]);
    expect(shops("a latte and a Big Mac")).toEqual([
      ["拿铁", undefined],
      ["巨无霸", undefined],
    ]);
  });
});
