import { describe, expect, it } from "vitest";
import { buysUmbrella, sendsGoods } from "./goods-words.ts";

describe("goods in a message's words", () => {
  it("tells an umbrella bought from one asked about", () => {
    expect(buysUmbrella("加1份雨伞，地址是我家")).toBe(true);
    expect(buysUmbrella("would you order an Umbrella and a Single Rose")).toBe(true);
    expect(buysUmbrella("plus one Umbrella, no more than 65 kuai")).toBe(true);
    expect(buysUmbrella("明天要带伞吗")).toBe(false);
    expect(buysUmbrella("需要雨伞吗")).toBe(false);
    expect(buysUmbrella("do I need an umbrella tomorrow")).toBe(false);
  });

  it("tells goods sent somewhere from money sent to someone", () => {
    expect(sendsGoods("1 kg each send it to my place")).toBe(true);
    expect(sendsGoods("send them to the office")).toBe(true);
    expect(sendsGoods("send it to bob, 50 yuan")).toBe(false);
    expect(sendsGoods("send bob 50")).toBe(false);
  });
});
