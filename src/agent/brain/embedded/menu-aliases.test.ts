import { describe, expect, it } from "vitest";
import { menuAliases } from "./menu-aliases.ts";

describe("Chinese menu names said shorter", () => {
  it("drops a size mark, a set's plus, a dumpling kind, a house word, a mark and a bouquet's kind", () => {
    const items = [
      { id: "a", zh: "苏打水（中）", en: "Soda (Medium)" },
      { id: "b", zh: "炒面+汤套餐", en: "Noodles + Soup" },
      { id: "d", zh: "三鲜虾仁水饺", en: "Shrimp Dumplings" },
      { id: "e", zh: "招牌酸菜鱼", en: "Pickled Fish" },
      { id: "f", zh: "郁金香花束（9枝）", en: "Lily Bouquet (9)" },
      { id: "g", zh: "郁金香花束（19枝）", en: "Lily Bouquet (19)" },
      { id: "h", zh: "超Q芋泥奶茶", en: "Taro Milk Tea" },
    ];
    expect(menuAliases(items).map((alias) => alias.zh)).toEqual([
      "苏打水",
      "炒面汤套餐",
      "三鲜虾仁",
      "三鲜水饺",
      "三鲜饺子",
      "酸菜鱼",
      "郁金香",
      "郁金香",
      "芋泥奶茶",
    ]);
  });

  it("says a two-ingredient filling by its first, unless that is a plain meat", () => {
    const items = ["韭菜鸡蛋饺子", "牛肉洋葱水饺", "荠菜猪肉云吞"].map((zh, index) => ({
      id: `${index}`,
      zh,
      en: zh,
    }));
    expect(menuAliases(items).map((alias) => alias.zh)).toEqual([
      "韭菜鸡蛋",
      "韭菜饺子",
      "牛肉洋葱",
      "荠菜猪肉",
      "荠菜云吞",
    ]);
  });

  it("keeps no short name another item goes by, nor a kind in brackets dropped (only said first)", () => {
    const items = [
      { id: "a", zh: "拿铁", en: "Latte" },
      { id: "b", zh: "拿铁（中）", en: "Latte (Medium)" },
      { id: "c", zh: "苹果（红富士）", en: "Fuji Apples" },
      { id: "d", zh: "炖罐（排骨）", en: "Rib Stew Pot" },
    ];
    expect(menuAliases(items).map((alias) => alias.zh)).toEqual(["红富士苹果", "排骨炖罐"]);
  });

  it("says a kind in brackets first, never a part, a size or a name another item is listed under", () => {
    const items = [
      { id: "a", zh: "饭团（鳗鱼）", en: "Eel Onigiri" },
      { id: "b", zh: "泡面（香辣牛肉）", en: "Spicy Beef Noodles" },
      { id: "c", zh: "西瓜（半个）", en: "Watermelon (half)" },
      { id: "d", zh: "柚子（蜜柚）", en: "Honey Pomelo" },
      { id: "e", zh: "蜜柚柚子（整箱）", en: "Honey Pomelo (case)" },
    ];
    expect(menuAliases(items).map((alias) => [alias.id, alias.zh])).toEqual([
      ["a", "鳗鱼饭团"],
      ["b", "香辣牛肉泡面"],
    ]);
  });
});
