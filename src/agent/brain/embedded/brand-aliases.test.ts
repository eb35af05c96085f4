import { describe, expect, it } from "vitest";
import { brandAliases } from "./brand-aliases.ts";

describe("brand aliases: what people call a shop", () => {
  it.each([
    ["盒马鲜生", "Freshippo (Hema)", ["盒马", "Hema"]],
    ["全家便利店", "FamilyMart", ["全家"]],
    ["7-Eleven便利店", "7-Eleven", ["7-Eleven", "7-11"]],
    ["皮爷咖啡", "Peet's Coffee", ["皮爷", "Peet's", "Peets"]],
    ["百果园", "Pagoda Fruit", ["Pagoda"]],
    ["杨国福麻辣烫", "Yang Guofu Malatang", ["杨国福", "Yang Guofu", "YangGuofu"]],
    ["沙县小吃", "Shaxian Snacks", ["沙县", "Shaxian"]],
    ["达美乐比萨", "Domino's Pizza", ["Domino's", "Dominos"]],
    ["85度C", "85°C Bakery Cafe", ["85C", "85 degrees"]],
    ["茶百道", "ChaPanda", ["Cha Panda"]],
    ["麦当劳", "McDonald's", ["McD's", "Mickey D's", "McDonalds"]],
    ["Tims天好咖啡", "Tims Coffee", ["Tims", "Tim Hortons"]],
    ["星巴克", "Starbucks", ["星爸爸"]],
    ["蜜雪冰城", "Mixue Ice Cream & Tea", ["蜜雪"]],
    ["瑞幸咖啡", "Luckin Coffee", ["小蓝杯", "瑞幸"]],
  ])("%s / %s", (zh, en, expected) => {
    const said = brandAliases(zh, en).flatMap((alias) => [alias.zh, alias.en]);
    for (const name of expected) expect(said).toContain(name);
  });

  it("keeps everyday words out", () => {
    const said = brandAliases("幸运咖", "Lucky Cup Coffee").map((alias) => alias.en);
    expect(said).not.toContain("Lucky Cup");
  });
});
