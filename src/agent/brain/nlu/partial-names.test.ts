import { describe, expect, it } from "vitest";
import { Gazetteer } from "./gazetteer.ts";

const gazetteer = new Gazetteer([
  { kind: "item", id: "sku_kfc_a_01", zh: "香辣鸡腿堡", en: "Zinger Burger" },
  { kind: "item", id: "sku_kfc_a_02", zh: "葡式蛋挞", en: "Portuguese Egg Tart" },
  { kind: "item", id: "sku_kfc_a_03", zh: "黄金鸡块（5块）", en: "Golden Nuggets (5 pc)" },
  { kind: "item", id: "sku_mcdonalds_a_01", zh: "麦乐鸡（5块）", en: "Chicken McNuggets (5 pc)" },
  { kind: "item", id: "sku_mcdonalds_a_02", zh: "麦乐鸡（10块）", en: "Chicken McNuggets (10 pc)" },
  { kind: "item", id: "sku_mcdonalds_a_03", zh: "巨无霸", en: "Big Mac" },
  {
    kind: "item",
    id: "sku_laoxiangji_a_01",
    zh: "梅菜扣肉饭",
    en: "Braised Pork Belly with Preserved Greens Rice",
  },
  { kind: "item", id: "sku_dingdong_a_01", zh: "五花肉", en: "Pork Belly" },
  { kind: "item", id: "sku_cake_a_01", zh: "水果生日蛋糕", en: "Fruit Birthday Cake" },
  { kind: "item", id: "sku_tea_a_01", zh: "半熟芝士", en: "Half-baked Cheese Tarts (4 pc)" },
  { kind: "item", id: "sku_flower_a_01", zh: "红玫瑰花束（19枝）", en: "Red Rose Bouquet (19 stems)" },
  { kind: "item", id: "sku_flower_a_02", zh: "红玫瑰花束（11枝）", en: "Red Rose Bouquet (11 stems)" },
  { kind: "item", id: "sku_dumpling_a_01", zh: "煎饺", en: "Pan-fried Dumplings" },
  { kind: "item", id: "sku_tea_a_02", zh: "五谷芋泥奶茶", en: "Five-grain Taro Milk Tea" },
  { kind: "category", id: "kind:rice", zh: "盖饭", en: "rice" },
  { kind: "item", id: "sku_shop_a_01", zh: "纯牛奶 250ml×12", en: "Whole Milk 250 ml × 12" },
  { kind: "item", id: "sku_shop_a_02", zh: "鲜牛奶 1L", en: "Fresh Whole Milk 1000 ml" },
  {
    kind: "item",
    id: "sku_fruit_a_01",
    zh: "红富士苹果（袋装约2.5kg）",
    en: "Fuji Apples (bag, about 2.5 kg)",
  },
  { kind: "item", id: "sku_fruit_a_02", zh: "苹果（红富士）", en: "Fuji Apples" },
  { kind: "item", id: "sku_fruit_a_03", zh: "苹果（阿克苏）", en: "Aksu Apples" },
  { kind: "item", id: "sku_fruit_a_04", zh: "海南芒果", en: "Hainan Mangoes" },
  { kind: "item", id: "sku_tea_a_03", zh: "椰椰芒芒", en: "Coco Mango" },
  { kind: "item", id: "sku_fruit_a_05", zh: "智利车厘子 500g", en: "Chilean Cherries 500 g" },
  { kind: "item", id: "sku_fruit_a_06", zh: "小番茄 500g", en: "Cherry Tomatoes 500 g" },
  { kind: "item", id: "sku_yoshinoya_a_01", zh: "招牌牛肉饭", en: "Signature Beef Bowl" },
  { kind: "item", id: "sku_yoshinoya_a_02", zh: "照烧鸡肉饭", en: "Teriyaki Chicken Bowl" },
  { kind: "item", id: "sku_xiabu_a_01", zh: "肥牛单人套餐", en: "Beef Hot Pot Set for One" },
  { kind: "item", id: "sku_shaxian_a_01", zh: "拌面", en: "Peanut Sauce Noodles" },
  { kind: "item", id: "sku_shaxian_a_02", zh: "拌面+扁肉套餐", en: "Peanut Noodles + Wonton Combo" },
  { kind: "item", id: "sku_flower_a_03", zh: "百合花束", en: "Lily Bouquet" },
  { kind: "item", id: "sku_flower_b_01", zh: "玫瑰百合混搭花束", en: "Rose & Lily Bouquet" },
  { kind: "item", id: "sku_flower_a_04", zh: "向日葵花束", en: "Sunflower Bouquet" },
]);
const named = (text: string) => gazetteer.match(text).map((match) => match.entity.en);

describe("partial English menu names", () => {
  it("takes the pack whose size is said inside the name", () => {
    expect(named("a bouquet of 11 red roses")).toContain("Red Rose Bouquet (11 stems)");
    expect(named("a bouquet of 11 red roses")).not.toContain("Red Rose Bouquet (19 stems)");
  });

  it("reads a size written with the words as one the name must have", () => {
    expect(named("a whole milk 1000ml please")).toContain("Fresh Whole Milk 1000 ml");
    expect(named("a whole milk 1000ml please")).not.toContain("Whole Milk 250 ml × 12");
    expect(named("two whole milk 500 ml")).not.toContain("Whole Milk 250 ml × 12");
  });

  it("never reads one name across 'and' with a count after it: two things were said", () => {
    const spans = gazetteer.match("4 beef bowls and 2 teriyaki chicken ones").map((match) => match.text);
    expect(spans.some((text) => /\band\b/u.test(text))).toBe(false);
    expect(named("4 beef bowls and 2 teriyaki chicken ones")).toContain("Signature Beef Bowl");
    expect(named("peanut noodles and a wonton soup")).not.toContain("Peanut Noodles + Wonton Combo");
    // Without a count, "and" may still stand for the "&" of one name.
    expect(named("ham and cheese bagel")).toEqual(named("ham & cheese bagel"));
  });

  it("reads 'ones' / 'the spicy one' as a pronoun, never the 'One' of 'Set for One'", () => {
    expect(named("the beef ones")).not.toContain("Beef Hot Pot Set for One");
    expect(named("a beef one")).not.toContain("Beef Hot Pot Set for One");
    expect(named("beef hot pot set for one")).toContain("Beef Hot Pot Set for One");
  });

  it("reads a flower said in the plural as the one bouquet named by it first, though a mix holds it too", () => {
    expect(named("some lilies to my home")).toEqual(["Lily Bouquet"]);
    expect(named("do you have lilies? send some")).toEqual(["Lily Bouquet"]);
    expect(named("sunflowers for my mum")).toEqual(["Sunflower Bouquet"]);
    // Said in the singular inside other words, or after a word no rule reads, it is no bouquet.
    expect(named("plastic lilies")).toEqual([]);
  });

  it("never reads a name across a clause break", () => {
    const spans = gazetteer.match("shrimp dumplings, pan fried").map((match) => match.text);
    expect(spans.some((text) => text.includes(","))).toBe(false);
  });

  it("reads the thing names end in, said alone, as the plainest of them", () => {
    expect(named("apples to my home")).toContain("Fuji Apples");
    expect(named("I want cherries")).toContain("Chilean Cherries 500 g");
    // Said as the fruit's name is written: the fruit, not a drink ending in "Mango".
    expect(named("some mangoes to the office")).toContain("Hainan Mangoes");
    // A word only at a name's start ("Cherry Tomatoes") is no such thing; "half" names nothing.
    expect(named("a cherry")).not.toContain("Cherry Tomatoes 500 g");
    expect(named("half please")).toEqual([]);
    // Said in the singular, a word is an option or a shelf word, not the thing ("oat milk latte").
    expect(named("a mango smoothie")).not.toContain("Hainan Mangoes");
    // A word before it that nothing reads makes it another thing, not these.
    expect(named("two unicorn apples")).not.toContain("Fuji Apples");
    expect(named("two kilos of apples")).toContain("Fuji Apples");
    // The container said picks the name that holds it.
    expect(named("a bag of apples")).toContain("Fuji Apples (bag, about 2.5 kg)");
  });

  it("reads part of a name, in the plural", () => {
    expect(named("kfc egg tarts x4")).toContain("Portuguese Egg Tart");
    expect(named("a zinger please")).toContain("Zinger Burger");
  });

  it("prefers the fuller name over the pieces it holds", () => {
    const found = named("braised pork belly rice, less rice");
    expect(found).toContain("Braised Pork Belly with Preserved Greens Rice");
    expect(found).not.toContain("Pork Belly");
  });

  it("picks the size said and the shop's own dish among names as good", () => {
    expect(named("big mac meal + 10pc nuggets")).toContain("Chicken McNuggets (10 pc)");
  });

  it("leaves everyday words alone", () => {
    expect(named("flowers for my mom's birthday")).not.toContain("Fruit Birthday Cake");
    expect(named("half sugar")).toEqual([]);
    // "half … and half half-sweet" splits the count; an everyday word names no dish however rare.
    expect(named("six fruit teas, half unsweetened and half half-sweet")).not.toContain(
      "Half-baked Cheese Tarts (4 pc)",
    );
    expect(named("half-baked cheese tarts")).toContain("Half-baked Cheese Tarts (4 pc)");
  });

  it("reads a count word before a name as the count, unless the name goes on with it", () => {
    const said = gazetteer.match("five milk teas to the office").map((match) => match.text.toLowerCase());
    expect(said.some((text) => text.includes("five"))).toBe(false);
    expect(named("a five grain taro milk tea")).toContain("Five-grain Taro Milk Tea");
  });
});
