import { describe, expect, it } from "vitest";
import { type ClaimableOrder, type NamedGoods, pickClaimLine, pickClaimOrder } from "./after-sale-orders.ts";

const HOUR = 3_600_000;
// 2026-11-26 15:00 in Hangzhou.
const NOW = Date.UTC(2026, 10, 26, 7, 0);

function order(
  orderId: string,
  hoursAgo: number,
  lines: [string, string][],
  merchant = ["瑞幸咖啡", "Luckin Coffee"],
): ClaimableOrder {
  return {
    orderId,
    merchantNameZh: merchant[0] as string,
    merchantNameEn: merchant[1] as string,
    status: "delivered",
    createdAt: NOW - hoursAgo * HOUR,
    etaMinutes: 0,
    lines: lines.map(([nameZh, nameEn]) => ({ nameZh, nameEn, qty: 1, lineFen: 1500 })),
  };
}

const orders = [
  order(
    "o_lunch",
    3,
    [
      ["双层吉士汉堡", "Double Cheeseburger"],
      ["可口可乐（中）", "Coca-Cola (Medium)"],
    ],
    ["麦当劳", "McDonald's"],
  ),
  order("o_morning", 6, [["生椰拿铁", "Coconut Latte"]]),
  order("o_yesterday", 26, [["珍珠奶茶", "Bubble Milk Tea"]], ["蜜雪冰城", "Mixue"]),
];

describe("finding the order and line a complaint is about", () => {
  it("takes the newest order for 上一单", () => {
    expect(pickClaimOrder("我上一单洒了", orders, NOW)?.orderId).toBe("o_lunch");
  });

  it("finds the coffee this morning by the shop's name and the time said", () => {
    expect(pickClaimOrder("the coffee this morning was cold", orders, NOW)?.orderId).toBe("o_morning");
  });

  it("finds the milk tea by its name among older orders", () => {
    expect(pickClaimOrder("奶茶洒了", orders, NOW)?.orderId).toBe("o_yesterday");
  });

  it("takes the second item by position, a named item by name, and asks otherwise", () => {
    const lunch = orders[0] as ClaimableOrder;
    expect(pickClaimLine("the second item was wrong", lunch, 2)).toBe(1);
    expect(pickClaimLine("少送了一个汉堡", lunch, undefined)).toBe(0);
    expect(pickClaimLine("送错了", lunch, undefined)).toBeUndefined();
  });

  describe("when the complaint names goods, only an order holding them", () => {
    const meal: ClaimableOrder = {
      ...order("o_meal", 30, [["巨无霸", "Big Mac"]], ["麦当劳", "McDonald's"]),
    };
    meal.lines = meal.lines.map((line) => ({
      ...line,
      optionsZh: "套餐（薯条+可乐）",
      optionsEn: "Meal (fries + cola)",
      category: "burger",
    }));
    const latte = order("o_latte", 2, [["拿铁", "Caffè Latte"]], ["星巴克", "Starbucks"]);
    latte.lines = latte.lines.map((line) => ({ ...line, category: "coffee" }));
    const history = [latte, meal];
    const fries: NamedGoods = { said: "fries", zh: "薯条", en: "Fries" };
    const burger: NamedGoods = { said: "burger", zh: "汉堡", en: "burger", categories: ["burger"] };
    const coffee: NamedGoods = { said: "咖啡", zh: "咖啡", en: "coffee", categories: ["coffee"] };
    const pizza: NamedGoods = { said: "pizza", zh: "披萨", en: "pizza", categories: ["pizza"] };

    it("finds fries that came with a meal, and a burger by its category, not the newer latte", () => {
      expect(
        pickClaimOrder("the fries from my last order were missing", history, NOW, [fries])?.orderId,
      ).toBe("o_meal");
      expect(
        pickClaimOrder("the burger was missing from my last order", history, NOW, [burger])?.orderId,
      ).toBe("o_meal");
      expect(pickClaimLine("the fries were missing", meal, undefined, [fries])).toBe(0);
    });

    it("finds a latte by the kind named (咖啡 is coffee)", () => {
      expect(pickClaimOrder("上一单的咖啡是凉的", history, NOW, [coffee])?.orderId).toBe("o_latte");
    });

    it("finds none when no recent order holds what was named, rather than another order's item", () => {
      expect(pickClaimOrder("the pizza was burnt", history, NOW, [pizza])).toBeUndefined();
    });
  });
});
