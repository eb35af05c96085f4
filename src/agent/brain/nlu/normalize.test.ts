import { describe, expect, it } from "vitest";
import { detectLanguage, normalizeText } from "./normalize.ts";

describe("normalizeText", () => {
  it("folds width and case, and joins word-segmented Chinese", () => {
    expect(normalizeText("明天 天气 怎么样")).toBe("明天天气怎么样");
    expect(normalizeText("ＬＡＴＴＥ  ２杯")).toBe("latte 2杯");
    expect(normalizeText("¥1,250.50 to Bob")).toBe("¥1250.50 to bob");
  });

  it("reads a dash spaced between words and a number as a comma, and keeps a range's dash", () => {
    expect(normalizeText("anything but Starbucks - 2 lattes")).toBe("anything but starbucks, 2 lattes");
    expect(normalizeText("不要星巴克 - 2杯")).toBe("不要星巴克, 2杯");
    // Ranges, with or without units after their numbers: the dev set's "游玩时长是1小时 - 2小时".
    expect(normalizeText("游玩时长是1小时 - 2小时的景点")).toBe("游玩时长是1小时 - 2小时的景点");
    expect(normalizeText("between 5pm - 7pm")).toBe("between 5pm - 7pm");
    expect(normalizeText("票价20 - 50元")).toBe("票价20 - 50元");
  });

  it("reads a whole case said before the thing as one case, and keeps a pack said after it", () => {
    expect(normalizeText("整箱农夫山泉送家")).toBe("一箱农夫山泉送家");
    expect(normalizeText("帮我买整包纸巾")).toBe("帮我买一包纸巾");
    expect(normalizeText("来两整箱可乐")).toBe("来两箱可乐");
    expect(normalizeText("矿泉水整箱两箱")).toBe("矿泉水整箱两箱");
  });

  it("spells out w/ and w/o", () => {
    expect(normalizeText("latte w/ oat milk w/o ice")).toBe("latte with oat milk without ice");
  });
});

describe("detectLanguage", () => {
  it("reads English sentences around Chinese names as English", () => {
    expect(detectLanguage("2 杯 生椰拿铁 large 去冰 from luckin to home pls")).toBe("en");
    expect(detectLanguage("帮我点一杯latte")).toBe("zh");
  });
  it("reads a Chinese sentence around English names and options as Chinese", () => {
    expect(detectLanguage("帮我order两杯iced mocha from 星巴克, large, 送office")).toBe("zh");
    expect(detectLanguage("给我叫个car去airport")).toBe("zh");
    expect(detectLanguage("send 给我 a latte please")).toBe("en");
  });
});
