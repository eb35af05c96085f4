import { describe, expect, it } from "vitest";
import { lineName, orderReader } from "./order-reading.fixture.ts";

// Made-up menu names, so the composition is tested, not one menu.
const readOrder = orderReader([
  { kind: "item", id: "noodle", zh: "汤面", en: "Soup Noodles" },
  { kind: "item", id: "tea", zh: "乌龙奶茶", en: "Oolong Milk Tea" },
  { kind: "item", id: "cake", zh: "蛋糕卷", en: "Swiss Roll" },
  { kind: "item", id: "latte", zh: "拿铁", en: "Latte" },
  { kind: "item", id: "americano", zh: "美式", en: "Americano" },
  { kind: "merchant", id: "shop", zh: "茶铺", en: "Tea House" },
]);

function read(text: string) {
  const order = readOrder(text);
  return order.lines.map((line) => [lineName(line), line.qty, line.options]);
}

describe("splits said right after a counted line, with no clause mark", () => {
  it.each([
    [
      "茶铺 两杯乌龙奶茶 一杯少糖一杯无糖 再来个蛋糕卷",
      [
        ["乌龙奶茶", 1, { sugar: "less" }],
        ["乌龙奶茶", 1, { sugar: "none" }],
        ["蛋糕卷", 1, {}],
      ],
    ],
    [
      "乌龙奶茶三杯 两杯去冰一杯热的 还有蛋糕卷",
      [
        ["乌龙奶茶", 2, { ice: "none" }],
        ["乌龙奶茶", 1, { temperature: "hot" }],
        ["蛋糕卷", 1, {}],
      ],
    ],
    [
      "两碗汤面 一碗微辣 一碗不辣",
      [
        ["汤面", 1, { spice: "mild" }],
        ["汤面", 1, { spice: "none" }],
      ],
    ],
  ])("%s", (text, lines) => {
    expect(read(text)).toEqual(lines);
  });

  it("a count of the next thing is no split", () => {
    expect(read("两杯拿铁一杯少冰的美式")).toEqual([
      ["拿铁", 2, {}],
      ["美式", 1, { ice: "less", temperature: "iced" }],
    ]);
  });

  it("splits adding up to more than the line are not read as splits", () => {
    expect(read("两碗汤面 两碗微辣一碗不辣").map(([name, qty]) => [name, qty])).not.toEqual([
      ["汤面", 2],
      ["汤面", 1],
    ]);
  });
});

describe("one with options of its own, then more with other values of them", () => {
  it.each([
    [
      "拿铁一杯大杯一杯中杯",
      [
        ["拿铁", 1, { size: "large" }],
        ["拿铁", 1, { size: "medium" }],
      ],
    ],
    [
      "美式一杯热的，一杯冰的",
      [
        ["美式", 1, { temperature: "hot" }],
        ["美式", 1, { temperature: "iced" }],
      ],
    ],
    [
      "a latte, large, and one medium",
      [
        ["拿铁", 1, { size: "large" }],
        ["拿铁", 1, { size: "medium" }],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads the party an order is for as no thing to buy", () => {
    expect(read("a latte, one per person, 4 people").map(([name]) => name)).toEqual(["拿铁"]);
  });
});

describe("splits by how a shop makes the thing, when a dish is named like the choice", () => {
  // A dish named like a cooking choice ("煎饺", "Pan-fried Dumplings") sells beside the dumplings.
  const readDumplings = orderReader([
    { kind: "item", id: "pork", zh: "鲜肉饺子", en: "Pork Dumplings" },
    { kind: "item", id: "fried", zh: "煎饺", en: "Pan-fried Dumplings" },
  ]);
  const lines = (text: string) =>
    readDumplings(text).lines.map((line) => [lineName(line), line.qty, /煎|fried/iu.test(line.said ?? "")]);

  it.each([
    ["三份鲜肉饺子，两份水煮 一份煎饺，送家里"],
    ["三份鲜肉饺子 两份水煮一份煎的 送公司"],
    ["3 pork dumplings to my home, two boiled and one pan-fried"],
    ["三份鲜肉饺子送公司，两份要煮的，一份做成煎的"],
    ["3 pork dumplings to my office, two boiled, one fried"],
  ])("%s: two boiled and one pan-fried, no other dish", (text) => {
    expect(lines(text)).toEqual([
      ["鲜肉饺子", 2, false],
      ["鲜肉饺子", 1, true],
    ]);
  });

  it("reads a dash before the pieces as a mark, 'the other' as the rest of the line", () => {
    expect(lines("4 pork dumplings to my home - 2 pan fried, the other 2 boiled")).toEqual([
      ["鲜肉饺子", 2, true],
      ["鲜肉饺子", 2, false],
    ]);
  });

  it.each([
    ["两份鲜肉饺子送公司，一份18只", 1],
    ["三份鲜肉饺子送家里，其中两份要18只的", 2],
    ["two pork dumplings to my home, one of them 18 pieces", 1],
  ])("%s: a count of pieces after a split's count is that part's portion", (text, big) => {
    const read = readDumplings(text).lines;
    expect(read.map((line) => lineName(line))).toEqual(["鲜肉饺子", "鲜肉饺子"]);
    expect(read[0]?.qty).toBe(big);
    expect(read[0]?.said).toMatch(/18|pc18/u);
    expect(read[1]?.said ?? "").not.toMatch(/18/u);
  });

  it("keeps the dish when it is ordered as one of its own", () => {
    expect(lines("一份鲜肉饺子 一份煎饺 送家里").map(([name]) => name)).toEqual(["鲜肉饺子", "煎饺"]);
    expect(lines("pork dumplings and pan-fried dumplings").map(([name]) => name)).toEqual([
      "鲜肉饺子",
      "煎饺",
    ]);
  });
});

describe("a kind split into dishes named short before each count", () => {
  const readKind = orderReader([
    { kind: "category", id: "kind:bowl", zh: "汤碗", en: "soup bowl" },
    { kind: "item", id: "signature", zh: "招牌汤碗", en: "Signature Soup Bowl" },
  ]);
  const lines = (text: string) =>
    readKind(text).lines.map((line) => [
      line.match ? `=${line.match.entity.zh}` : line.text,
      line.qty,
      line.options,
    ]);

  it("reads '番茄的一份不辣' as a tomato one, not the kind with the next piece's name", () => {
    expect(lines("两份汤碗，清汤的一份，番茄的一份不辣")).toEqual([
      ["清汤", 1, {}],
      ["番茄", 1, { spice: "none" }],
    ]);
  });

  it("leaves options said before a count to the option reader", () => {
    expect(lines("两份汤碗，一份不辣一份微辣").map(([name]) => name)).toEqual(["=汤碗", "=汤碗"]);
  });
});

describe("the thing said again as how it comes", () => {
  const readBurgers = orderReader([
    { kind: "item", id: "zinger", zh: "香辣鸡腿堡", en: "Zinger Burger" },
    { kind: "category", id: "kind:burger", zh: "汉堡", en: "burgers" },
    { kind: "item", id: "pepsi", zh: "百事可乐", en: "Pepsi" },
  ]);
  it("reads 'just the burgers' after the burgers as no meal, not more burgers", () => {
    const lines = readBurgers("two Zinger burgers, just the burgers, plus a Pepsi").lines;
    expect(lines.map((line) => [lineName(line), line.qty])).toEqual([
      ["香辣鸡腿堡", 2],
      ["百事可乐", 1],
    ]);
  });
});

describe("splits said after a counted line, then words for all of them", () => {
  const readShop = orderReader([
    { kind: "item", id: "dumpling", zh: "菌菇水饺", en: "Mushroom Dumplings" },
    { kind: "item", id: "grapes", zh: "青提", en: "Green Grapes" },
    { kind: "item", id: "pears", zh: "雪梨", en: "Snow Pears" },
  ]);
  const lines = (text: string) =>
    readShop(text).lines.map((line) => [lineName(line), line.qty, line.said?.includes("18只") ?? false]);

  it("ends the splits at 都 and gives every part the words after it", () => {
    expect(lines("菌菇水饺3份 2份煎的1份水煮 都要18只的 送家")).toEqual([
      ["菌菇水饺", 2, true],
      ["菌菇水饺", 1, true],
    ]);
  });

  it("reads a count after a choice as a split, and a clause of choices after the splits as every part's", () => {
    expect(lines("菌菇水饺4份，3份水煮1份煎，18只的，送家")).toEqual([
      ["菌菇水饺", 3, true],
      ["菌菇水饺", 1, true],
    ]);
  });

  it("counts a line whose weight is said with 的 or after the verb", () => {
    const read = (text: string) => readShop(text).lines.map((line) => [lineName(line), line.qty]);
    expect(read("青提1kg的两份，雪梨500g一份")).toEqual([
      ["青提", 2],
      ["雪梨", 1],
    ]);
    expect(read("雪梨要1kg的三份 送家")).toEqual([["雪梨", 3]]);
  });
});
