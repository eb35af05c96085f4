import { describe, expect, it } from "vitest";
import { lineName, orderReader } from "./order-reading.fixture.ts";

const readOrder = orderReader([
  { kind: "item", id: "mocha", zh: "摩卡", en: "Mocha" },
  { kind: "item", id: "soup", zh: "酸辣汤", en: "Hot and Sour Soup" },
  { kind: "item", id: "tart", zh: "蛋挞", en: "Egg Tart" },
]);

function read(text: string) {
  return readOrder(text).lines.map((line) => [lineName(line), line.qty]);
}

describe("a count with only a container for its noun", () => {
  it("counts the thing said before it, not a thing called 'cups'", () => {
    expect(read("mocha iced, 4 cups, to the office")).toEqual([["摩卡", 4]]);
    expect(read("hot and sour soup, 2 bowls please")).toEqual([["酸辣汤", 2]]);
    expect(read("a mocha, 3 cups")).toEqual([["摩卡", 3]]);
  });

  it("leaves a thing's own count and a container of something alone", () => {
    expect(read("2 mochas, 3 cups of hot and sour soup")).toEqual([
      ["摩卡", 2],
      ["酸辣汤", 3],
    ]);
  });
});
