import { describe, expect, it } from "vitest";
import { mapOptions, saidChoices } from "./option-mapping.ts";

const coffee = [
  { key: "size", choices: [{ id: "medium" }, { id: "large" }, { id: "extra_large" }] },
  { key: "ice", choices: [{ id: "regular" }, { id: "less" }, { id: "none" }, { id: "hot" }] },
  { key: "sugar", choices: [{ id: "standard" }, { id: "less" }, { id: "half" }, { id: "none" }] },
];

describe("mapping spoken options onto an item's option groups", () => {
  it("maps size, sugar and ice onto the groups the item offers", () => {
    expect(mapOptions({ size: "large", sugar: "less", ice: "less" }, coffee)).toEqual({
      size: "large",
      sugar: "less",
      ice: "less",
    });
  });

  it("puts 'hot' into the ice group of a coffee", () => {
    expect(mapOptions({ temperature: "hot" }, coffee)).toEqual({ ice: "hot" });
  });

  it("keeps a bottle chilled, and a drink over ice iced when chilled is asked", () => {
    const bottle = [{ key: "temperature", choices: [{ id: "chilled" }, { id: "room" }] }];
    expect(mapOptions({ temperature: "chilled" }, bottle)).toEqual({ temperature: "chilled" });
    expect(mapOptions({ temperature: "chilled" }, coffee)).toEqual({ ice: "regular" });
  });

  it("drops options the item does not offer", () => {
    expect(mapOptions({ spice: "mild", size: "small" }, coffee)).toEqual({});
  });

  it("maps oat milk and a burger meal where the item has those groups", () => {
    const latte = [...coffee, { key: "milk", choices: [{ id: "whole" }, { id: "oat" }] }];
    expect(mapOptions({ milk: "oat", size: "large" }, latte)).toEqual({ milk: "oat", size: "large" });
    const burger = [{ key: "combo", choices: [{ id: "single" }, { id: "meal" }] }];
    expect(mapOptions({ combo: "meal", milk: "oat" }, burger)).toEqual({ combo: "meal" });
  });
});

/** A florist's wrapping group, by its own names only. */
const wrapping = {
  key: "wrapping",
  zh: "包装",
  en: "Wrapping",
  choices: [
    { id: "standard", zh: "标准包装", en: "Standard wrapping" },
    { id: "deluxe", zh: "豪华礼盒", en: "Deluxe gift box" },
  ],
};

describe("saidChoices: options only the shop has a name for", () => {
  const weight = {
    key: "weight",
    zh: "规格",
    en: "Weight",
    choices: [
      { id: "half_kg", zh: "500g", en: "500 g" },
      { id: "one_kg", zh: "1kg", en: "1 kg" },
    ],
  };
  const topping = {
    key: "topping",
    zh: "加料",
    en: "Topping",
    choices: [
      { id: "none", zh: "不加料", en: "No topping" },
      { id: "coconut", zh: "椰果", en: "Coconut jelly" },
    ],
  };

  const addOn = {
    key: "add_on",
    zh: "加料",
    en: "Add-on",
    choices: [
      { id: "none", zh: "不加", en: "None" },
      { id: "egg", zh: "加蛋", en: "Add egg" },
    ],
  };
  const shot = {
    key: "shot",
    zh: "浓缩",
    en: "Espresso shot",
    choices: [
      { id: "standard", zh: "标准", en: "Standard" },
      { id: "extra", zh: "加浓", en: "Extra shot" },
    ],
  };

  it.each([
    ["4束满天星，礼盒装", [wrapping], { wrapping: "deluxe" }],
    ["豪华包装的", [wrapping], { wrapping: "deluxe" }],
    ["要1kg的", [weight], { weight: "one_kg" }],
    // Weights however they are said: kilos, 公斤, 斤, grams.
    ["3份一公斤的青提", [weight], { weight: "one_kg" }],
    ["four oranges, a kilo each", [weight], { weight: "one_kg" }],
    ["两斤橙子", [weight], { weight: "one_kg" }],
    ["一斤就够", [weight], { weight: "half_kg" }],
    ["half a kilo of grapes", [weight], { weight: "half_kg" }],
    ["actually, with coconut jelly please", [topping], { topping: "coconut" }],
    ["加椰果", [topping], { topping: "coconut" }],
    // A topping taken back is the group's none, even beside a name that holds it.
    ["两杯珍珠奶茶 一杯不要椰果", [topping], { topping: "none" }],
    ["4 bubble teas, one without coconut jelly", [topping], { topping: "none" }],
    ["去掉椰果", [topping], { topping: "none" }],
    ["a Baby's Breath Bouquet, in a gift box", [wrapping], { wrapping: "deluxe" }],
    ["deluxe wrapping please", [wrapping], { wrapping: "deluxe" }],
    ["改加浓吧", [shot], { shot: "extra" }],
    ["换成加个蛋的", [addOn], { add_on: "egg" }],
    ["with an egg please", [addOn], { add_on: "egg" }],
    ["make it an extra shot", [shot], { shot: "extra" }],
    ["extra ice please", [shot, wrapping], {}],
    ["两杯少糖的", [wrapping, weight, topping], {}],
  ])("%s", (said, groups, chosen) => {
    expect(saidChoices(said, groups)).toEqual(chosen);
  });
});

describe("choices said by their group's name or taken back", () => {
  const bouquet = [
    wrapping,
    {
      key: "card",
      zh: "贺卡",
      en: "Card",
      choices: [
        { id: "none", zh: "不需要贺卡", en: "No card" },
        { id: "handwritten", zh: "手写贺卡", en: "Handwritten card" },
      ],
    },
  ];

  it("asks for the one choice besides none when the group is named", () => {
    expect(saidChoices("some tulips for my aunt, a card would be nice", bouquet)).toEqual({
      card: "handwritten",
    });
    expect(saidChoices("peonies plus a card", bouquet)).toEqual({ card: "handwritten" });
    expect(saidChoices("一束百合，带张贺卡", bouquet)).toEqual({ card: "handwritten" });
  });

  it("leaves a group alone when its name is taken back", () => {
    // A choice taken back is the group's own "none" (the default, said outright).
    expect(saidChoices("lilies, without a card", bouquet)).toEqual({ card: "none" });
    expect(saidChoices("lilies, no card", bouquet)).toEqual({ card: "none" });
    expect(saidChoices("一束百合，不要贺卡", bouquet)).toEqual({ card: "none" });
  });

  it("does not choose a choice said after a no", () => {
    expect(saidChoices("white roses, no gift box, plain wrapping is fine", bouquet)).toEqual({});
    expect(saidChoices("white roses without the deluxe box", bouquet)).toEqual({});
    expect(saidChoices("white roses, gift box please", bouquet)).toEqual({ wrapping: "deluxe" });
  });
});
