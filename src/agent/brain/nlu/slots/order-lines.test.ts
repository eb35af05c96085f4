import { describe, expect, it } from "vitest";
import { everydayRead as read } from "./order-reading.fixture.ts";

describe("order lines: each thing with its own count and options", () => {
  it.each([
    [
      "帮我点10杯冰美式和10杯无糖拿铁送到公司，总价60块钱以内",
      [
        ["美式", 10, { temperature: "iced" }],
        ["拿铁", 10, { sugar: "none" }],
      ],
    ],
    [
      "麦当劳一个巨无霸套餐加两个圣代送到公司",
      [
        ["巨无霸", 1, { combo: "meal" }],
        ["圣代", 2, {}],
      ],
    ],
    [
      "two iced lattes and an americano",
      [
        ["拿铁", 2, { temperature: "iced" }],
        ["美式", 1, {}],
      ],
    ],
    [
      "a Big Mac meal plus 2 sundaes",
      [
        ["巨无霸", 1, { combo: "meal" }],
        ["圣代", 2, {}],
      ],
    ],
    [
      "拿铁两杯美式一杯",
      [
        ["拿铁", 2, {}],
        ["美式", 1, {}],
      ],
    ],
    [
      "一杯拿铁少糖，一杯美式",
      [
        ["拿铁", 1, { sugar: "less" }],
        ["美式", 1, {}],
      ],
    ],
    [
      "两杯拿铁和一杯美式，都要大杯",
      [
        ["拿铁", 2, { size: "large" }],
        ["美式", 1, { size: "large" }],
      ],
    ],
  ])("%s", (text, lines) => {
    expect(read(text).lines).toEqual(lines);
  });
});

describe("order lines: one item split across options", () => {
  it.each([
    // A total, then its parts after a colon, in either language.
    [
      "冷萃要4杯：三杯大杯，1杯中杯",
      [
        ["冷萃", 3, { size: "large" }],
        ["冷萃", 1, { size: "medium" }],
      ],
    ],
    [
      "拿铁要6杯：5杯冰，1杯热",
      [
        ["拿铁", 5, { temperature: "iced" }],
        ["拿铁", 1, { temperature: "hot" }],
      ],
    ],
    [
      "4 cold brews: three large, one medium",
      [
        ["冷萃", 3, { size: "large" }],
        ["冷萃", 1, { size: "medium" }],
      ],
    ],
    // The same item named twice, each time with its own count and options.
    [
      "四杯冰的拿铁和两杯热的拿铁",
      [
        ["拿铁", 4, { temperature: "iced" }],
        ["拿铁", 2, { temperature: "hot" }],
      ],
    ],
    [
      "a no sugar Latte and two half sugar Lattes",
      [
        ["拿铁", 1, { sugar: "none" }],
        ["拿铁", 2, { sugar: "half" }],
      ],
    ],
    // Halves.
    [
      "两杯珍珠奶茶，一半无糖一半半糖",
      [
        ["珍珠奶茶", 1, { sugar: "none" }],
        ["珍珠奶茶", 1, { sugar: "half" }],
      ],
    ],
    [
      "four lattes, half iced and half hot",
      [
        ["拿铁", 2, { temperature: "iced" }],
        ["拿铁", 2, { temperature: "hot" }],
      ],
    ],
    [
      "4 lattes, 3 cold and a warm delivered to my office",
      [
        ["拿铁", 3, { temperature: "iced" }],
        ["拿铁", 1, { temperature: "hot" }],
      ],
    ],
    [
      "four lattes, half light on the sugar and half normal sweetness",
      [
        ["拿铁", 2, { sugar: "less" }],
        ["拿铁", 2, { sugar: "standard" }],
      ],
    ],
    // Halves by a choice only the shop names: each half keeps its own words for it.
    [
      "4杯珍珠奶茶，一半加椰果一半加芋圆",
      [
        ["珍珠奶茶", 2, {}],
        ["珍珠奶茶", 2, {}],
      ],
    ],
    [
      "2 Big Macs, half no chili and half a little spicy",
      [
        ["巨无霸", 1, { spice: "none" }],
        ["巨无霸", 1, { spice: "mild" }],
      ],
    ],
    [
      "two lattes (1 over ice, 1 hot)",
      [
        ["拿铁", 1, { temperature: "iced" }],
        ["拿铁", 1, { temperature: "hot" }],
      ],
    ],
    [
      "4杯拿铁，两杯冰的两杯热的",
      [
        ["拿铁", 2, { temperature: "iced" }],
        ["拿铁", 2, { temperature: "hot" }],
      ],
    ],
    [
      "4 lattes, two iced and two hot",
      [
        ["拿铁", 2, { temperature: "iced" }],
        ["拿铁", 2, { temperature: "hot" }],
      ],
    ],
    [
      "12杯珍珠奶茶，其中6杯少糖",
      [
        ["珍珠奶茶", 6, { sugar: "less" }],
        ["珍珠奶茶", 6, {}],
      ],
    ],
  ])("%s", (text, lines) => {
    expect(read(text).lines).toEqual(lines);
  });

  it("a split larger than the whole is a problem, not a bigger order", () => {
    expect(read("2杯拿铁，3杯冰的").problems).toEqual(["too_large"]);
  });
});

describe("order lines: brands wanted and ruled out", () => {
  it.each([
    ["来杯拿铁送到公司，不要星巴克的", ["星巴克"], []],
    ["A latte to my office please, but not from Starbucks", ["星巴克"], []],
    ["anything but coffee", ["咖啡"], []],
    ["星巴克的不要，来杯拿铁", ["星巴克"], []],
    ["麦当劳的巨无霸", [], ["麦当劳"]],
    ["除了拿铁还要一杯美式", [], []],
    ["别用麦当劳，来个巨无霸送家", ["麦当劳"], []],
    ["不想在星巴克点，来杯拿铁", ["星巴克"], []],
    ["不要从星巴克买 来杯拿铁", ["星巴克"], []],
  ])("%s", (text, exclusions, brands) => {
    const order = read(text);
    expect(order.exclusions).toEqual(exclusions);
    expect(order.brands).toEqual(brands);
  });

  it("a thing ruled out is no line of the order", () => {
    expect(read("来杯奶茶，不要咖啡").lines).toEqual([["奶茶", 1, {}]]);
  });
});

describe("order lines: measures are no things", () => {
  it.each(["two Bananas 1 kg each", "2份香蕉，每份1公斤", "2份香蕉，每份2斤", "两袋香蕉 各1斤"])(
    "%s",
    (text) => {
      expect(read(text).lines).toEqual([["香蕉", 2, {}]]);
    },
  );
});

describe("order lines: counts read as written", () => {
  it.each([
    ["买-3杯拿铁", "negative"],
    ["买负3杯拿铁", "negative"],
    ["买1e9杯拿铁", "not_a_number"],
    ["0杯拿铁", "zero"],
    ["1.5杯拿铁", "fraction"],
    ["200 cups of latte", "too_large"],
    ["-2 lattes", "negative"],
  ])("%s → %s", (text, reason) => {
    expect(read(text).problems).toEqual([reason]);
  });

  it("a count never becomes another positive number", () => {
    expect(read("买-3杯拿铁").lines).toEqual([["拿铁", 1, {}]]);
  });
});

describe("order lines: brands ruled out in other words", () => {
  it.each(["a latte, anywhere but Starbucks", "a latte, apart from Starbucks", "拿铁，不要星巴克的"])(
    "%s",
    (text) => {
      expect(read(text).exclusions).toEqual(["星巴克"]);
    },
  );
});

describe("order lines: halves of an odd count", () => {
  it("asks instead of rounding half of three", () => {
    expect(read("三杯拿铁，一半少糖一半半糖").problems).toEqual(["fraction"]);
  });
});

describe("order lines: options for every line, repeated names, counts said apart", () => {
  it.each([
    [
      "3杯美式 2杯拿铁 都要大杯 送公司",
      [
        ["美式", 3, { size: "large" }],
        ["拿铁", 2, { size: "large" }],
      ],
    ],
    [
      "6 lattes to the office, 3 hot 3 iced, all half sugar",
      [
        ["拿铁", 3, { temperature: "hot", sugar: "half" }],
        ["拿铁", 3, { temperature: "iced", sugar: "half" }],
      ],
    ],
    [
      "两杯拿铁和一杯珍珠奶茶，珍珠奶茶要少冰",
      [
        ["拿铁", 2, {}],
        ["珍珠奶茶", 1, { ice: "less" }],
      ],
    ],
    ["哪家的拿铁都可以，来两杯送到家", [["拿铁", 2, {}]]],
    [
      "三杯美式送公司，两杯少糖一杯正常",
      [
        ["美式", 2, { sugar: "less" }],
        ["美式", 1, {}],
      ],
    ],
    [
      "bubble tea x4: 3 no sugar and a half sugar",
      [
        ["珍珠奶茶", 3, { sugar: "none" }],
        ["珍珠奶茶", 1, { sugar: "half" }],
      ],
    ],
    [
      "2 americanos, one not spicy and one extra hot",
      [
        ["美式", 1, { spice: "none" }],
        ["美式", 1, { spice: "extra_hot" }],
      ],
    ],
  ])("%s", (text, lines) => {
    expect(read(text).lines).toEqual(lines);
  });

  it("a count before a thing of its own is that thing, not a split of the last line", () => {
    const order = read("a Big Mac, 2 medium fries");
    expect(order.problems).toEqual([]);
    expect(order.lines).toEqual([
      ["巨无霸", 1, {}],
      ["fries", 2, { size: "medium" }],
    ]);
  });
});

describe("order lines: things joined on with an article", () => {
  it.each([
    ["a Big Mac, 2 medium fries and a coke", ["巨无霸", "fries", "cola"]],
    ["a box of ibuprofen and some band-aids", ["ibuprofen", "band-aids"]],
    ["a latte, and a bit less sugar", ["拿铁"]],
  ])("%s", (text, names) => {
    expect(read(text).lines.map((line) => line[0])).toEqual(names);
  });
});

describe("order lines: a counted container is read once", () => {
  it("a latte and a box of ibuprofen", () => {
    expect(read("a latte and a box of ibuprofen to my home").lines.map((line) => line[0])).toEqual([
      "拿铁",
      "ibuprofen",
    ]);
  });
});

describe("order lines: a count before options only splits", () => {
  it("6 lattes, 3 no sugar and three half sugar", () => {
    expect(read("send me 6 lattes, 3 no sugar and three half sugar").lines).toEqual([
      ["拿铁", 3, { sugar: "none" }],
      ["拿铁", 3, { sugar: "half" }],
    ]);
  });
});

describe("order lines: lists the catalogue's names miss, additions, shops ruled out after a thing", () => {
  it.each([
    [
      "a latte and band-aids",
      [
        ["拿铁", 1, {}],
        ["band-aids", 1, {}],
      ],
    ],
    [
      "仨香蕉俩拿铁",
      [
        ["香蕉", 3, {}],
        ["拿铁", 2, {}],
      ],
    ],
    [
      "2 donuts, an americano",
      [
        ["donuts", 2, {}],
        ["美式", 1, {}],
      ],
    ],
    [
      "2 hot americanos + 1 iced one",
      [
        ["美式", 2, { temperature: "hot" }],
        ["美式", 1, { temperature: "iced" }],
      ],
    ],
    [
      "两杯热拿铁再来一杯冰的",
      [
        ["拿铁", 2, { temperature: "hot" }],
        ["拿铁", 1, { temperature: "iced" }],
      ],
    ],
  ])("%s", (text, lines) => {
    expect(read(text).lines).toEqual(lines);
  });

  it("拿铁不要星巴克的 rules out the shop, not the latte", () => {
    expect(read("拿铁不要星巴克的太贵")).toMatchObject({ lines: [["拿铁", 1, {}]], exclusions: ["星巴克"] });
  });
});
