import { describe, expect, it } from "vitest";
import { actNames, brandShortName, withoutPack } from "./world-gazetteer.ts";

describe("brand short names", () => {
  it.each([
    ["Mixue Ice Cream & Tea", "Mixue"],
    ["Wallace Burgers", "Wallace"],
    ["Luckin Coffee", "Luckin"],
    ["Tims Coffee", "Tims"],
    ["Burger King", undefined],
    ["Yuan Ji Dumplings", undefined],
    ["Lucky Cup Coffee", undefined],
    ["Four Seasons Fruit", undefined],
    ["Starbucks", undefined],
    ["Freshippo (Hema)", undefined],
  ])("%s → %s", (brand, short) => {
    expect(brandShortName(brand)).toBe(short);
  });
});

describe("packed items by the name people say", () => {
  it.each([
    [
      { zh: "澳洲牛排 200g", en: "Australian Steak 200 g" },
      { zh: "澳洲牛排", en: "Australian Steak" },
    ],
    [
      { zh: "农夫山泉 1.5L×12（整箱）", en: "Nongfu Spring Water 1.5 L × 12 (case)" },
      { zh: "农夫山泉", en: "Nongfu Spring Water" },
    ],
    [
      { zh: "创可贴（20片）", en: "Band-Aids ×20" },
      { zh: "创可贴", en: "Band-Aids" },
    ],
    [
      { zh: "土鸡蛋 10枚", en: "Free-range Eggs ×10" },
      { zh: "土鸡蛋", en: "Free-range Eggs" },
    ],
    [
      { zh: "黄花鱼 2条", en: "Yellow Croaker" },
      { zh: "黄花鱼", en: "Yellow Croaker" },
    ],
    [
      { zh: "三文鱼寿司（2贯）", en: "Salmon Nigiri (2 pc)" },
      { zh: "三文鱼寿司", en: "Salmon Nigiri" },
    ],
  ])("%o → %o", (item, bare) => {
    expect(withoutPack(item)).toEqual(bare);
  });

  it("leaves names without a pack alone", () => {
    expect(withoutPack({ zh: "999感冒灵颗粒", en: "999 Ganmaoling Cold Granules" })).toBeUndefined();
    expect(withoutPack({ zh: "拿铁", en: "Latte" })).toBeUndefined();
    expect(withoutPack({ zh: "拿铁（罐装）", en: "Canned Latte" })).toBeUndefined();
    expect(withoutPack({ zh: "苹果（红富士）", en: "Fuji Apples" })).toBeUndefined();
  });
});

describe("an act's own names stand for the show it plays", () => {
  it("splits the performer into its Chinese and Latin names", () => {
    expect(actNames("五月天 Mayday", "concert")).toEqual([{ zh: "五月天" }, { en: "Mayday" }]);
    expect(actNames("郎朗 Lang Lang", "classical")).toEqual([{ zh: "郎朗" }, { en: "Lang Lang" }]);
  });

  it("names no film's director or team as its show", () => {
    expect(actNames("饺子 Jiaozi", "movie")).toEqual([]);
    expect(actNames("浙江广厦 Zhejiang Guangsha", "sports")).toEqual([]);
  });
});
