import { describe, expect, it } from "vitest";
import { cancelsOnlyWhatItExcludes, extractOrdinal, isCancel, wantsAnotherShop } from "./dialogue-acts.ts";

describe("cancel words that only rule a thing out", () => {
  it("reads '<shop>就算了' inside an order as ruling the shop out, not calling anything off", () => {
    // Faithfulness seeds 71 and 83: "订汉堡二份，麦当劳就算了" answered "nothing in progress to cancel".
    expect(cancelsOnlyWhatItExcludes("地址是单位，订汉堡二份，麦当劳就算了，要快，45分钟以内，谢谢")).toBe(
      true,
    );
    expect(cancelsOnlyWhatItExcludes("劳驾订面包3个，瑞幸咖啡就算了，地址是办公室，谢谢")).toBe(true);
    expect(cancelsOnlyWhatItExcludes("三杯奶茶，喜茶的不要了")).toBe(true);
  });

  it("keeps a cancel that calls the whole thing off", () => {
    expect(isCancel("算了，不要了")).toBe(true);
    expect(cancelsOnlyWhatItExcludes("算了，不要了")).toBe(false);
    expect(cancelsOnlyWhatItExcludes("算了")).toBe(false);
    expect(cancelsOnlyWhatItExcludes("cancel it")).toBe(false);
    expect(cancelsOnlyWhatItExcludes("那个订单算了，取消吧")).toBe(false);
  });
});

describe("ordinals after any list", () => {
  it("reads the place in a list of shows, sessions, films and shops", () => {
    expect(extractOrdinal("第2场，买一张")).toBe(2);
    expect(extractOrdinal("第三部吧")).toBe(3);
    expect(extractOrdinal("最后那场来两张")).toBe(-1);
    expect(extractOrdinal("最后那家送一束花")).toBe(-1);
    expect(extractOrdinal("the second show, one ticket please")).toBe(2);
    expect(extractOrdinal("tickets for the last screening")).toBe(-1);
    expect(extractOrdinal("the third film looks good")).toBe(3);
    expect(extractOrdinal("a latte from the first cafe")).toBe(1);
  });

  it("leaves the last order and plain words alone", () => {
    expect(extractOrdinal("reorder my last one")).toBeUndefined();
    expect(extractOrdinal("a show on Saturday")).toBeUndefined();
  });
});

describe("a position said with a kind of show", () => {
  it("is a position in the list", () => {
    expect(extractOrdinal("the second comedy, 2 tickets")).toBe(2);
    expect(extractOrdinal("the last noodle one please")).toBe(-1);
    expect(extractOrdinal("second thin noodles, medium spicy")).toBeUndefined();
  });
});

describe("another shop asked for by its kind", () => {
  it("reads 'not that shop, some other X place' and '换个别的X店' as the same order elsewhere", () => {
    // Issue #11: these were read as a place search, or as removing the line.
    expect(wantsAnotherShop("not that shop, some other fruit place")).toBe(true);
    expect(wantsAnotherShop("not that pharmacy, try another one")).toBe(true);
    expect(wantsAnotherShop("a different bakery please")).toBe(true);
    expect(wantsAnotherShop("不要这家了，换个别的水果店")).toBe(true);
    expect(wantsAnotherShop("别用这家药店，换一家")).toBe(true);
    expect(wantsAnotherShop("add another latte")).toBe(false);
    expect(wantsAnotherShop("不要香菜")).toBe(false);
  });
});
