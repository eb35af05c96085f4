import { describe, expect, it } from "vitest";
import type { QuoteLine } from "../api/types.ts";
import { lineOptions, methodLabel, quoteAddress, taskTitle } from "./localized.ts";

const latte: QuoteLine = {
  name: "拿铁",
  nameEn: "Latte",
  qty: 2,
  unitFen: 2000,
  options: { size: "medium", sugar: "less" },
  optionsText: "中杯/少糖",
  optionsTextEn: "Medium / Less sugar",
};

describe("localized server data", () => {
  it("shows options as the service words them in the UI language, not raw option codes", () => {
    expect(lineOptions(latte, "zh")).toBe("中杯 · 少糖");
    expect(lineOptions(latte, "en")).toBe("Medium · Less sugar");
    expect(lineOptions({ name: "x", qty: 1, unitFen: 1, options: { a: "大杯" } }, "en")).toBe("大杯");
  });

  it("rebuilds an English task title from the quote's English names", () => {
    const task = {
      kind: "order_delivery" as const,
      title: "拿铁 ×2 · Manner咖啡",
      quote: {
        merchant: "Manner咖啡",
        merchantEn: "Manner Coffee",
        lines: [latte],
        totalFen: 1,
        cartHash: "h",
      },
    };
    expect(taskTitle(task, "en")).toBe("Latte ×2 · Manner Coffee");
    expect(taskTitle(task, "zh")).toBe("拿铁 ×2 · Manner咖啡");
    expect(taskTitle({ kind: "ride_hail", title: "打车去西湖", quote: task.quote }, "en")).toBe("打车去西湖");
  });

  it("titles any task in the UI language when the engine sent both titles", () => {
    const ride = {
      kind: "ride_hail" as const,
      title: "Ride to West Lake",
      titleZh: "打车去西湖",
      titleEn: "Ride to West Lake",
    };
    expect(taskTitle(ride, "zh")).toBe("打车去西湖");
    expect(taskTitle(ride, "en")).toBe("Ride to West Lake");
  });

  it("shows a card's address in the UI language, Chinese when there is no English one", () => {
    const quote = {
      address: "西湖区文三路478号华星时代广场3楼",
      addressEn: "Floor 3, Huaxing Times Square, 478 Wensan Rd",
    };
    expect(quoteAddress(quote, "en")).toBe("Floor 3, Huaxing Times Square, 478 Wensan Rd");
    expect(quoteAddress(quote, "zh")).toBe("西湖区文三路478号华星时代广场3楼");
    expect(quoteAddress({ address: "西湖" }, "en")).toBe("西湖");
    expect(quoteAddress({}, "en")).toBeUndefined();
  });

  it("falls back to the Chinese label when there is no English one", () => {
    expect(methodLabel({ label: "钱包余额", labelEn: "Wallet balance" }, "en")).toBe("Wallet balance");
    expect(methodLabel({ label: "钱包余额" }, "en")).toBe("钱包余额");
  });
});
