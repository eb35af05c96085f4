import { describe, expect, it } from "vitest";
import { besidesParty, perPersonTimes } from "./per-person.ts";

describe("a count said per person", () => {
  it.each([
    ["我们五个人，每人一杯拿铁，送到公司", 5],
    ["三个人 每人一份炒饭", 3],
    ["lattes for the 4 of us, one each, to the office", 4],
    ["6 people, a cup each of milk tea", 6],
    ["we are 3, each of us wants a burger", 3],
    ["生椰拿铁，每人一杯，一共6个人，送公司", 6],
    ["cheeseburgers for everyone, there are 5 of us", 5],
    ["给办公室四个同事一人一份吉野家照烧鸡肉饭", 4],
    ["帮五个同事每人点一杯瑞幸生椰拿铁送公司", 5],
    ["给六个同学一人点一杯珍珠奶茶", 6],
  ])("%s → × %d", (text, times) => {
    expect(perPersonTimes(text)).toBe(times);
  });

  it.each([
    "我们五个人，每人30以内，点几杯奶茶",
    "two lattes, 30 yuan each",
    "for the 4 of us, 25 each max",
    "一杯拿铁，每人一杯", // no party size said
    "我们四个人每人一杯，一共4杯拿铁",
    "a latte for me, max 30 yuan each, we're 2",
    "我们3个人，每人不超过25块，来3份饺子",
    "a pizza for everyone to share, 5 of us",
  ])("%s is no per-person count", (text) => {
    expect(perPersonTimes(text)).toBeUndefined();
  });

  // The faithfulness generator's group orders (seed 71): the thing between the person and its count,
  // a verb after 每人, the party as colleagues or 俩, "a <thing> each / per person / for each of us",
  // and a budget said with 一共 / "in total" that is no count.
  it.each([
    ["三个同事，一人鲜切水果拼盘1份，送去家里！", 3],
    ["送去办公室，3个同事，一人1份多肉芒芒甘露", 3],
    ["给我们三个人每人点一杯椰果奶茶，60分钟内送到", 3],
    ["送到家，来一份鲅鱼水饺，我们两个人一人一份，一共别超过65", 2],
    ["送到家，来一份鲅鱼水饺，我们两个人一人一份", 2],
    ["给我们俩每人点一杯珍珠奶茶，送家里", 2],
    ["家里3个人，每人要个巨无霸，送到家", 3],
    ["could you get me a Dry-tossed Noodles per person, 4 people", 4],
    ["please grab me 1 Chicken Soup Noodles each for the 5 of us", 5],
    ["send me 1 Soybean Paste Soup for each of us, we're three", 3],
    ["order a bubble tea for each of us, we're 2, under 50 yuan in total", 2],
  ])("%s → × %d (group orders)", (text, times) => {
    expect(perPersonTimes(text)).toBe(times);
  });

  it("leaves a thing said besides the per-person ones at its own count", () => {
    expect(besidesParty("另外来两碗 味增汤 ")).toBe(true);
    expect(besidesParty("，还有两个 提拉米苏")).toBe(true);
    expect(besidesParty("和一个 可颂")).toBe(false);
    expect(besidesParty(undefined)).toBe(false);
  });
});
