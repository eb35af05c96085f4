import { describe, expect, it } from "vitest";
import { type ClaimableOrder, pickClaimLine, pickClaimOrder } from "./after-sale-orders.ts";

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
});
