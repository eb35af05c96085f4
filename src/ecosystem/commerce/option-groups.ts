import { z } from "zod";

/** One choice of an option group, e.g. 大杯 Large (+3 yuan). */
export const OptionChoiceSchema = z.object({
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  deltaFen: z.number().int(),
});

/** A group of mutually exclusive choices on an item (size, sugar, ice, spice…); one default. */
export const OptionGroupSchema = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  defaultChoice: z.string(),
  choices: z.array(OptionChoiceSchema).min(1),
});

export type OptionChoice = z.infer<typeof OptionChoiceSchema>;
export type OptionGroup = z.infer<typeof OptionGroupSchema>;

const choice = (id: string, zh: string, en: string, deltaFen = 0): OptionChoice => ({ id, zh, en, deltaFen });
const group = (key: string, zh: string, en: string, choices: OptionChoice[]): OptionGroup => ({
  key,
  zh,
  en,
  defaultChoice: (choices[0] as OptionChoice).id,
  choices,
});

const coffeeSize = group("size", "规格", "Size", [
  choice("medium", "中杯", "Medium"),
  choice("large", "大杯", "Large", 300),
  choice("extra_large", "超大杯", "Extra large", 600),
]);
const teaSize = group("size", "规格", "Size", [
  choice("medium", "中杯", "Medium"),
  choice("large", "大杯", "Large", 200),
]);
const sugar = group("sugar", "甜度", "Sugar", [
  choice("standard", "标准糖", "Standard sugar"),
  choice("less", "少糖", "Less sugar"),
  choice("half", "半糖", "Half sugar"),
  choice("none", "无糖", "No sugar"),
]);
const ice = group("ice", "温度", "Ice", [
  choice("regular", "正常冰", "Regular ice"),
  choice("less", "少冰", "Less ice"),
  choice("none", "去冰", "No ice"),
  choice("hot", "热", "Hot"),
]);
const temperature = group("temperature", "温度", "Temperature", [
  choice("iced", "冰", "Iced"),
  choice("hot", "热", "Hot"),
]);
const milk = group("milk", "奶基", "Milk", [
  choice("whole", "全脂奶", "Whole milk"),
  choice("oat", "燕麦奶", "Oat milk", 300),
  choice("skim", "脱脂奶", "Skim milk"),
]);
const espresso = group("shot", "浓缩", "Espresso shot", [
  choice("standard", "标准", "Standard"),
  choice("extra", "加浓", "Extra shot", 400),
]);
const topping = group("topping", "加料", "Topping", [
  choice("none", "不加料", "No topping"),
  choice("pearls", "珍珠", "Tapioca pearls", 200),
  choice("coconut_jelly", "椰果", "Coconut jelly", 100),
  choice("taro_balls", "芋圆", "Taro balls", 300),
]);
const spice = group("spice", "辣度", "Spice", [
  choice("none", "不辣", "Not spicy"),
  choice("mild", "微辣", "Mild"),
  choice("medium", "中辣", "Medium spicy"),
  choice("hot", "特辣", "Extra hot"),
]);
const noodle = group("noodle", "面型", "Noodle cut", [
  choice("thin", "细面", "Thin"),
  choice("second_thin", "二细", "Second thin"),
  choice("leek_leaf", "韭叶", "Flat (leek leaf)"),
  choice("wide", "大宽", "Extra wide"),
]);
const addOn = group("add_on", "加料", "Add-on", [
  choice("none", "不加", "Nothing extra"),
  choice("egg", "加蛋", "Add egg", 200),
  choice("beef", "加牛肉", "Add beef", 800),
]);
const combo = group("combo", "搭配", "Combo", [
  choice("single", "单点", "Single"),
  choice("meal", "套餐（薯条+可乐）", "Meal (fries + cola)", 1300),
]);
const drinkTemperature = group("temperature", "温度", "Temperature", [
  choice("room", "常温", "Room temperature"),
  choice("chilled", "冰镇", "Chilled"),
]);
const wrapping = group("wrapping", "包装", "Wrapping", [
  choice("standard", "标准包装", "Standard wrapping"),
  choice("deluxe", "豪华礼盒", "Deluxe gift box", 3000),
]);
const cake = group("size", "尺寸", "Size", [
  choice("six_inch", "6寸", "6 inch"),
  choice("eight_inch", "8寸", "8 inch", 6000),
]);

const pizzaSize = group("size", "尺寸", "Size", [
  choice("nine_inch", "9寸", "9 inch"),
  choice("twelve_inch", "12寸", "12 inch", 3000),
]);
const crust = group("crust", "饼底", "Crust", [
  choice("classic", "经典手拍", "Classic hand-tossed"),
  choice("thin", "薄脆", "Thin & crispy"),
  choice("cheese", "芝心", "Cheese-stuffed", 1500),
]);
const broth = group("broth", "锅底", "Broth", [
  choice("tomato", "番茄锅", "Tomato"),
  choice("spicy_tallow", "牛油麻辣锅", "Spicy beef tallow"),
  choice("mushroom", "菌汤锅", "Mushroom"),
  choice("yuanyang", "鸳鸯锅", "Half & half (yuanyang)", 800),
]);
const dumplingCount = group("portion", "份量", "Portion", [
  choice("twelve", "12只", "12 pieces"),
  choice("eighteen", "18只", "18 pieces", 700),
]);
const dumplingCooking = group("cooking", "做法", "Cooking", [
  choice("boiled", "水煮", "Boiled"),
  choice("pan_fried", "煎饺", "Pan-fried", 200),
]);
const riceAmount = group("rice", "饭量", "Rice", [
  choice("regular", "正常饭量", "Regular rice"),
  choice("extra", "加饭", "Extra rice", 200),
  choice("less", "少饭", "Less rice"),
]);
const card = group("card", "贺卡", "Card", [
  choice("none", "不需要贺卡", "No card"),
  choice("handwritten", "手写贺卡", "Handwritten card"),
]);
const setDrink = group("drink", "饮料", "Drink", [
  choice("cola", "可乐", "Cola"),
  choice("sprite", "雪碧", "Sprite"),
  choice("soy_milk", "豆浆", "Soy milk"),
]);

/** Named option presets that menus refer to. */
export const OPTION_PRESETS = {
  none: [],
  coffee: [coffeeSize, ice, sugar, espresso],
  milkCoffee: [coffeeSize, ice, sugar, milk],
  tea: [teaSize, sugar, ice, topping],
  fruitTea: [teaSize, sugar, ice],
  hotDrink: [temperature],
  burger: [combo],
  lanzhou: [noodle, spice, addOn],
  noodles: [spice, addOn],
  spicy: [spice],
  bottle: [drinkTemperature],
  flowers: [wrapping],
  cake: [cake],
  pizza: [pizzaSize, crust],
  hotpot: [broth, spice],
  dumplings: [dumplingCount, dumplingCooking],
  riceBowl: [riceAmount, spice],
  riceSet: [riceAmount, setDrink],
  bouquet: [wrapping, card],
} as const satisfies Record<string, readonly OptionGroup[]>;

export type OptionPreset = keyof typeof OPTION_PRESETS;

/** Produce sold by weight: the base price buys 500 g, a kilogram costs twice as much. */
export function weightGroup(halfKilogramFen: number): OptionGroup {
  return group("weight", "份量", "Weight", [
    choice("half_kg", "500g", "500 g"),
    choice("one_kg", "1kg", "1 kg", halfKilogramFen),
  ]);
}

/**
 * Resolves what a customer asked for in one group to a choice: by id, Chinese or English label,
 * case-insensitively, so "少糖", "less" and "Less sugar" all mean the same choice.
 */
export function findChoice(optionGroup: OptionGroup, requested: string): OptionChoice | undefined {
  const wanted = requested.trim().toLowerCase();
  return optionGroup.choices.find(
    (candidate) =>
      candidate.id.toLowerCase() === wanted ||
      candidate.zh.toLowerCase() === wanted ||
      candidate.en.toLowerCase() === wanted,
  );
}
