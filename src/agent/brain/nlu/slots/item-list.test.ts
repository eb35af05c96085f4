import { describe, expect, it } from "vitest";
import { extractDiet } from "./diet.ts";
import { listedThings } from "./item-list.ts";

const nouns = (text: string) => listedThings(text, []).map((thing) => [thing.noun, thing.qty]);

describe("item lists: every listed thing, in either language", () => {
  it.each([
    [
      "ibuprofen and band-aids to my home",
      [
        ["ibuprofen", 1],
        ["band-aids", 1],
      ],
    ],
    [
      "bananas, strawberries & blueberries from the fruit shop",
      [
        ["bananas", 1],
        ["strawberries", 1],
        ["blueberries", 1],
      ],
    ],
    [
      "can u get me 2 donuts plus a muffin thx",
      [
        ["donuts", 2],
        ["muffin", 1],
      ],
    ],
    [
      "买点布洛芬跟创可贴，送家里",
      [
        ["布洛芬", 1],
        ["创可贴", 1],
      ],
    ],
    [
      "两个蛋黄酥、一盒凤梨酥还有一个青团送到家",
      [
        ["蛋黄酥", 2],
        ["凤梨酥", 1],
        ["青团", 1],
      ],
    ],
    ["帮我带个饭团和一瓶水吧", [["饭团", 1]]],
  ])("%s", (text, expected) => {
    expect(nouns(text)).toEqual(expected);
  });

  it.each([
    "送到家，不要星巴克的",
    "一杯少糖去冰，一杯正常",
    "2 with oat milk, 1 with no ice",
    "to my home please, under 50",
    "我不吃辣，今天好累",
    "其余正常冰，总价不超过60",
    "hungry, anything but KFC",
  ])("no thing in %s", (text) => {
    expect(nouns(text)).toEqual([]);
  });

  it("lists no shop's choice said with its group's name as a thing", () => {
    expect(
      listedThings("lamb set for one, mushroom broth, and hand-cut lamb", [{ start: 0, end: 16 }]).map(
        (t) => t.noun,
      ),
    ).toEqual(["hand-cut lamb"]);
  });

  it("skips pieces a span already covers", () => {
    expect(listedThings("latte and band-aids", [{ start: 0, end: 5 }]).map((t) => t.noun)).toEqual([
      "band-aids",
    ]);
  });
});

describe("dietary wishes", () => {
  it.each([
    ["来碗牛肉面，不要香菜", { avoid: ["香菜"], allergy: false, styles: [], noSpicy: false }],
    ["我花生过敏，来份拌面", { avoid: ["花生"], allergy: true, styles: [], noSpicy: false }],
    [
      "hold the cilantro and no peanuts",
      { avoid: ["香菜", "花生"], allergy: false, styles: [], noSpicy: false },
    ],
    [
      "I'm vegetarian, lunch to the office",
      { avoid: [], allergy: false, styles: ["vegetarian"], noSpicy: false },
    ],
    ["我是回民，点份牛肉面", { avoid: [], allergy: false, styles: ["halal"], noSpicy: false }],
    ["I don't eat spicy food", { avoid: [], allergy: false, styles: [], noSpicy: true }],
  ])("%s", (text, expected) => {
    const diet = extractDiet(text);
    expect(diet && { ...diet, avoid: diet.avoid.map((food) => food.zh) }).toEqual(expected);
  });

  it.each(["两杯拿铁不要糖少冰", "a latte with no ice", "不要星巴克的"])("none in %s", (text) => {
    expect(extractDiet(text)).toBeUndefined();
  });
});
