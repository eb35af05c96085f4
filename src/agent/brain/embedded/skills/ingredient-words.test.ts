import { describe, expect, it } from "vitest";
import { kindEndingWords } from "../kinds.ts";
import { holdsIngredient, ingredientOf, wishesByIngredient } from "./ingredient-words.ts";
import type { Candidate } from "./order-search.ts";

const tea = (nameZh: string, nameEn: string, toppings: string[] = []): Candidate => ({
  skuId: nameEn,
  merchantId: "m1",
  nameZh,
  nameEn,
  priceFen: 1500,
  inStock: true,
  optionGroups: toppings.length
    ? [
        {
          key: "topping",
          choices: [
            { id: "none", zh: "不加料", en: "No topping" },
            ...toppings.map((t) => ({ id: t, zh: t, en: t })),
          ],
        },
      ]
    : [],
  merchant: { nameZh: "店", nameEn: "Shop", rating: 4.5, deliveryFeeFen: 300 },
});

describe("a thing wanted by what is in it", () => {
  it("reads the words of what is in it when nothing else is named", () => {
    expect(ingredientOf("带芋圆的")).toBe("芋圆");
    expect(ingredientOf("有椰果的")).toBe("椰果");
    expect(ingredientOf("something with taro balls to my office")).toBe("taro balls");
    expect(ingredientOf("奶茶")).toBeUndefined();
    expect(ingredientOf("加冰的")).toBeUndefined();
    expect(ingredientOf("a tea with pearls")).toBe("pearls");
  });

  it("makes the item from the words, and none for a follow-up", () => {
    expect(wishesByIngredient([], "anything with coconut jelly, to my home", false)[0]?.ingredient).toBe(
      "coconut jelly",
    );
    expect(wishesByIngredient([], "anything with coconut jelly", true)).toEqual([]);
    // The wish as one clause of several.
    expect(wishesByIngredient([], "要一杯加芋圆的，送公司", false)[0]?.ingredient).toBe("芋圆");
    const read = wishesByIngredient([{ query: "带芋圆的", qty: 2, options: {} }], "两杯带芋圆的", false);
    expect(read[0]).toMatchObject({ query: "芋圆", qty: 2, ingredient: "芋圆" });
  });

  it("finds it in a name first, then in a topping offered", () => {
    expect(holdsIngredient(tea("芋圆葡萄", "Taro Ball Grape Tea"), "芋圆")).toBe("name");
    expect(holdsIngredient(tea("珍珠奶茶", "Bubble Milk Tea", ["芋圆"]), "芋圆")).toBe("option");
    expect(holdsIngredient(tea("柠檬水", "Lemonade"), "芋圆")).toBeUndefined();
  });
});

describe("a kind inside a short name", () => {
  it("is the kind the name ends with", () => {
    expect(kindEndingWords("拉面")?.key).toBe("noodles");
    expect(kindEndingWords("lamb noodles")?.key).toBe("noodles");
    expect(kindEndingWords("面")).toBeUndefined();
    expect(kindEndingWords("拿铁")).toBeUndefined();
  });
});

describe("a container says what the wished thing is", () => {
  it("reads a counted container with what is in it as the wish", () => {
    expect(ingredientOf("two cups with taro balls")).toBe("taro balls");
    expect(ingredientOf("给我来一杯有椰果的")).toBe("椰果");
  });

  it("keeps the wish to the container's kinds, counted as the container was", () => {
    const [item] = wishesByIngredient(
      [{ query: "cups", qty: 2, options: {} }],
      "two cups with taro balls, less sugar, to my home",
      false,
    );
    expect(item).toMatchObject({ ingredient: "taro balls", qty: 2 });
    expect(item?.within?.[0]).toBe("milk_tea");
    const [bowl] = wishesByIngredient([], "来一碗加蛋的，送到公司", false);
    expect(bowl).toMatchObject({ ingredient: "蛋" });
    expect(bowl?.within).toContain("noodles");
  });
});
