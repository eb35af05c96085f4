import { describe, expect, it } from "vitest";
import { lineName, orderReader } from "./order-reading.fixture.ts";

const readOrder = orderReader([
  { kind: "item", id: "ramen", zh: "豚骨拉面", en: "Tonkotsu Ramen" },
  { kind: "item", id: "latte", zh: "拿铁", en: "Latte" },
  { kind: "category", id: "kind:soup", zh: "汤品", en: "soup" },
  { kind: "category", id: "kind:chicken", zh: "鸡肉", en: "chicken" },
  { kind: "category", id: "kind:rice", zh: "米饭", en: "rice" },
]);

function read(text: string) {
  return readOrder(text).lines.map((line) => [lineName(line), line.qty]);
}

describe("a kind word after a thing's name is the head of that name", () => {
  it("keeps a named dish one line", () => {
    expect(read("two tonkotsu ramen soup to my place")).toEqual([["豚骨拉面", 2]]);
  });

  it("reads two kind words together as one name said as is", () => {
    expect(read("3 chicken rice please")).toEqual([["chicken rice", 3]]);
  });

  it("leaves things joined or counted apart as two lines", () => {
    expect(read("a latte and a soup")).toHaveLength(2);
    expect(read("a latte, 2 soup")).toHaveLength(2);
  });
});
