import { describe, expect, it } from "vitest";
import { actsOn, addressAsked, asksPlace, asksPrice, placeLookUp } from "./lookup-frame.ts";

const shop = { entity: { kind: "merchant", id: "kfc", zh: "肯德基" }, score: 1 };
const dumplings = { entity: { kind: "category", id: "kind:dumplings", zh: "饺子" }, score: 1 };
const medicine = { entity: { kind: "category", id: "kind:medicine", zh: "药" }, score: 1 };

describe("look-up or action", () => {
  it("reads a question about a place as a look-up", () => {
    expect(placeLookUp([medicine], "离我公司最近的药店")).toBe(true);
    expect(placeLookUp([shop], "is there a KFC near my office")).toBe(true);
    expect(placeLookUp([dumplings], "dumplings near home")).toBe(true);
    expect(placeLookUp([shop], "西湖边上有肯德基吗")).toBe(true);
  });
  it("reads where a named place is as a look-up, and where the user's driver or order is as none", () => {
    expect(placeLookUp([], "黄龙体育中心在哪")).toBe(true);
    expect(placeLookUp([], "浙江大学玉泉校区在什么位置？")).toBe(true);
    expect(placeLookUp([], "司机在哪")).toBe(false);
    expect(placeLookUp([], "我的外卖在哪")).toBe(false);
  });
  it("keeps an action an action", () => {
    expect(placeLookUp([medicine], "从离公司最近的药店送一盒布洛芬到公司")).toBe(false);
    expect(placeLookUp([shop], "order a zinger from the KFC near my office")).toBe(false);
    expect(placeLookUp([medicine], "打车去最近的药店")).toBe(false);
    expect(placeLookUp([dumplings], "来两份饺子")).toBe(false);
    expect(asksPlace("帮我点附近的饺子", "goods")).toBe(false);
  });
  it("reads price questions without an action word", () => {
    expect(asksPrice("一杯拿铁多少钱")).toBe(true);
    expect(asksPrice("how much is a ride to the airport")).toBe(true);
    expect(asksPrice("what's the price of a big mac")).toBe(true);
    expect(asksPrice("帮我点一杯拿铁，多少钱")).toBe(false);
    expect(asksPrice("how much money do I have left")).toBe(false);
    expect(asksPrice("这个月花了多少钱")).toBe(false);
    expect(actsOn("I'd like a latte")).toBe(true);
  });
  it("reads questions about saved addresses, not an order's destination", () => {
    expect(addressAsked("我公司地址是什么")).toBe("address");
    expect(addressAsked("what's my home address")).toBe("address");
    expect(addressAsked("change my office address to 100 Jiangnan Ave")).toBe("address_change");
    expect(addressAsked("点满天星花束4束，地址是家。")).toBeUndefined();
    expect(addressAsked("deliver to my office address")).toBeUndefined();
  });
  it("reads an address changed to a saved place as where the order goes", () => {
    expect(addressAsked("地址改成家")).toBeUndefined();
    expect(addressAsked("地址换成公司吧")).toBeUndefined();
    expect(addressAsked("change the address to my office")).toBeUndefined();
    expect(addressAsked("把家的地址改成文三路100号")).toBe("address_change");
  });
});
