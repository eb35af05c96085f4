import { describe, expect, it } from "vitest";
import { namesOrder, saysLastOrder } from "./past-order-status.ts";

const order = {
  merchantNameZh: "百果园（钱江新城店）",
  merchantNameEn: "Pagoda Fruit (Qianjiang New Town)",
  status: "delivered",
  lines: [{ nameZh: "香蕉", nameEn: "Bananas", qty: 1 }],
};

describe("which past order the words name", () => {
  it("knows an order by its shop or an item, in either language", () => {
    expect(namesOrder("did my Pagoda fruit order arrive?", order)).toBe(true);
    expect(namesOrder("where are my bananas", order)).toBe(true);
    expect(namesOrder("我的百果园到了吗", order)).toBe(true);
  });

  it("does not take a common word for the order", () => {
    expect(namesOrder("did my fruit tea arrive?", order)).toBe(false);
    expect(namesOrder("where's my coffee", order)).toBe(false);
  });
});

describe("the newest order said by when", () => {
  it("is meant by 上次 / 上一单 / my last order", () => {
    expect(saysLastOrder("上回买的水果到了吗")).toBe(true);
    expect(saysLastOrder("is my most recent order here")).toBe(true);
    expect(saysLastOrder("我的奶茶到了吗")).toBe(false);
  });
});
