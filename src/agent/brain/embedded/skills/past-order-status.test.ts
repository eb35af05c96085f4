import { describe, expect, it } from "vitest";
import {
  asksWhatWasOrdered,
  namesOrder,
  ORDER_COST_ASKED,
  RECENT_ORDERS_ASKED,
  saysLastOrder,
} from "./past-order-status.ts";

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

describe("questions about past orders", () => {
  it.each([
    "what've i ordered lately?",
    "what have I bought recently",
    "show me my recent orders",
    "my order history",
    "最近点了什么",
    "最近点过哪些外卖",
  ])("reads %s as asking for the recent orders", (text) => {
    expect(RECENT_ORDERS_ASKED.test(text)).toBe(true);
  });

  it.each(["how much was my last starbucks order", "how much did my last mcdonald's order cost?"])(
    "reads %s as asking what an order cost",
    (text) => {
      expect(ORDER_COST_ASKED.test(text)).toBe(true);
    },
  );

  it.each(["order me a latte", "where is my order", "how much is a latte", "repeat my last order"])(
    "leaves %s alone",
    (text) => {
      expect(RECENT_ORDERS_ASKED.test(text) || ORDER_COST_ASKED.test(text)).toBe(false);
    },
  );
});

describe("what the user's own order held, asked in English", () => {
  it("reads 'remind me what I just ordered?' as the question, not a reorder", () => {
    expect(asksWhatWasOrdered("remind me what I just ordered?")).toBe(true);
    expect(asksWhatWasOrdered("what did I order earlier?")).toBe(true);
    expect(asksWhatWasOrdered("order what I ordered last time again")).toBe(false);
  });
});
