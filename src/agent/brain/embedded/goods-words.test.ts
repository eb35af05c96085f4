import { describe, expect, it } from "vitest";
import { boughtGoods, sendsGoods } from "./goods-words.ts";

describe("goods in a message's words", () => {
  it("reads a catalogue thing that is also a weather word as goods when it is ordered", () => {
    const umbrella = [{ text: "雨伞" }];
    expect(boughtGoods("加1份雨伞，地址是我家", umbrella)).toBe(true);
    expect(boughtGoods("帮我买两把雨伞送到公司", umbrella)).toBe(true);
    expect(boughtGoods("能帮我买把雨伞送到公司吗", umbrella)).toBe(true);
    expect(boughtGoods("would you order an Umbrella and a Single Rose", [{ text: "Umbrella" }])).toBe(true);
    expect(boughtGoods("plus one Umbrella, no more than 65 kuai", [{ text: "Umbrella" }])).toBe(true);
    expect(boughtGoods("two disposable raincoats to my office", [{ text: "disposable raincoats" }])).toBe(
      true,
    );
    expect(boughtGoods("5 cups of ice to my office please", [{ text: "cups of ice" }])).toBe(true);
    expect(boughtGoods("明天要带伞吗", [{ text: "伞" }])).toBe(false);
    expect(boughtGoods("需要雨伞吗", umbrella)).toBe(false);
    expect(boughtGoods("do I need an umbrella tomorrow", [{ text: "umbrella" }])).toBe(false);
    expect(boughtGoods("明天要下雨吗", [])).toBe(false);
  });

  it("tells goods sent somewhere from money sent to someone", () => {
    expect(sendsGoods("1 kg each send it to my place")).toBe(true);
    expect(sendsGoods("send them to the office")).toBe(true);
    expect(sendsGoods("send it to bob, 50 yuan")).toBe(false);
    expect(sendsGoods("send bob 50")).toBe(false);
  });
});
