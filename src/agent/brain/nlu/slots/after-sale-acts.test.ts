import { describe, expect, it } from "vitest";
import { afterSaleKind } from "./after-sale-acts.ts";
import { isAfterSale } from "./dialogue-acts.ts";

describe("after-sale acts", () => {
  it.each([
    ["我上一单的奶茶洒了，帮我申请退款", "spilled"],
    ["少送了一个汉堡", "missing_item"],
    ["送错了，我要的是无糖", "wrong_item"],
    ["the second item was wrong", "wrong_item"],
    ["the burger was missing", "missing_item"],
    ["my order came without the fries, refund it", "missing_item"],
    ["只到了两杯，还差一杯", "missing_item"],
    // "少了杯…" (the 一 dropped), "那单…少了东西": missing, said of a past order.
    ["11月17号那单喜茶少了杯珍珠奶茶", "missing_item"],
    ["昨天那单少了东西", "missing_item"],
    ["only one of the three drinks I ordered showed up", "missing_item"],
    ["they got my order wrong again", "wrong_item"],
    ["奶茶变质了", "quality"],
    ["the order is 40 minutes late", "late"],
    ["外卖超时了40分钟", "late"],
    ["the driver took a detour", "detour"],
    ["刚才司机绕路了", "detour"],
    ["我的雨伞落在车上了", "lost_item"],
    ["I left my bag in the taxi", "lost_item"],
    ["演出改期了我要退票", "ticket_refund"],
    ["the show was rescheduled, I want a refund", "ticket_refund"],
    ["refund my last order", "refund"],
  ])("reads %s as %s, and as after-sale", (text, kind) => {
    expect(afterSaleKind(text)).toBe(kind);
    expect(isAfterSale(text)).toBe(true);
  });

  it.each([
    "打车去机场，别绕路",
    "我要迟到了，帮我叫车",
    "a cold brew please",
    "帮我取消订单并退款",
    "来两杯珍珠奶茶",
    "珍珠奶茶少了点糖会更好",
    "少了两块钱也行",
  ])("does not take %s for a claim", (text) => {
    expect(isAfterSale(text)).toBe(false);
  });
});
