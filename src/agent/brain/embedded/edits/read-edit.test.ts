import { describe, expect, it } from "vitest";
import { type EditLine, linesNamed, readOrderEdit, type SaidItem, splitParts } from "./read-edit.ts";

const noodles: EditLine = { zh: "牛肉面", en: "Beef Noodle Soup", qty: 1, kinds: ["面", "noodles"] };
const bigMac: EditLine = { zh: "巨无霸", en: "Big Mac", qty: 1, kinds: ["汉堡", "burger", "hamburger"] };
const fries: EditLine = { zh: "薯条（中）", en: "French Fries (Medium)", qty: 1 };
const lattes: EditLine = { zh: "拿铁", en: "Latte", qty: 2 };
const americano: EditLine = { zh: "美式咖啡", en: "Americano", qty: 1 };
const said = (zh: string, en: string, qty = 1): SaidItem => ({ zh, en, qty, counted: true, options: {} });

describe("the edit reader", () => {
  it("names a line by a word of its name said in the singular or the plural", () => {
    const avocados: EditLine = { zh: "牛油果（4个）", en: "Avocados ×4", qty: 2 };
    const bananas: EditLine = { zh: "香蕉", en: "Bananas", qty: 1 };
    const fries2: EditLine = { zh: "薯条", en: "French Fries", qty: 1 };
    expect(linesNamed("make it 3 avocado packs", [bananas, avocados])).toEqual([1]);
    expect(linesNamed("drop the banana", [bananas, avocados])).toEqual([0]);
    expect(linesNamed("no fry", [bigMac, fries2])).toEqual([1]);
    expect(linesNamed("two more lattes", [lattes, americano])).toEqual([0]);
  });

  it("names the line whose whole name is said, not another whose name is inside it or ends it", () => {
    const longer: EditLine = { zh: "桂花乌龙奶茶", en: "Osmanthus Oolong Milk Tea", qty: 2 };
    const shorter: EditLine = { zh: "乌龙奶茶", en: "Oolong Milk Tea", qty: 1 };
    expect(linesNamed("桂花乌龙奶茶再加一杯", [longer, shorter])).toEqual([0]);
    expect(linesNamed("乌龙奶茶再加一杯", [longer, shorter])).toEqual([1]);
    expect(linesNamed("桂花乌龙奶茶不要了", [shorter, longer])).toEqual([1]);
    expect(linesNamed("乌龙奶茶和桂花乌龙奶茶都改成大杯", [longer, shorter])).toEqual([0, 1]);
  });

  it("gives one of several a choice only the shop names, never a count of one", () => {
    const sets: EditLine = { zh: "双人火锅套餐", en: "Hot Pot Set for Two", qty: 2 };
    expect(readOrderEdit("make one of them mushroom broth", { quantity: 1 }, [sets], [])?.ops).toEqual([
      { op: "options", lines: [0], options: {}, words: "mushroom broth", count: 1 },
    ]);
    expect(readOrderEdit("one of them with extra rice please", { quantity: 1 }, [sets], [])?.ops).toEqual([
      { op: "options", lines: [0], options: {}, words: "extra rice", count: 1 },
    ]);
    // A bare count is still a count.
    expect(readOrderEdit("just one", { quantity: 1 }, [sets], [])?.ops).toEqual([
      { op: "qty", lines: [0], qty: 1 },
    ]);
  });

  it("adds a line only with a word that adds", () => {
    expect(
      readOrderEdit(
        "再加一个卤蛋",
        { quantity: 1, quantityDelta: 1 },
        [noodles],
        [said("卤蛋", "Braised Egg")],
      )?.ops,
    ).toEqual([{ op: "add", items: [0] }]);
    expect(readOrderEdit("also a tiramisu", {}, [lattes], [said("提拉米苏", "Tiramisu")])?.ops).toEqual([
      { op: "add", items: [0] },
    ]);
    // A new item named without adding or replacing words is no edit of this card.
    expect(readOrderEdit("来个汉堡", {}, [lattes], [said("汉堡", "burger")])).toBeUndefined();
    // Nor is a new item with an address: it is another order, not this card sent elsewhere.
    expect(
      readOrderEdit("来杯奶茶送到公司", { addressLabel: "office" }, [lattes], [said("奶茶", "milk tea")]),
    ).toBeUndefined();
  });

  it("changes only the other line of a split with 'the other one'", () => {
    const one: EditLine = { zh: "牛肉面", en: "Beef Noodle Soup", qty: 1 };
    expect(readOrderEdit("另一份微辣", { options: { spice: "mild" } }, [one, one], [])?.ops).toEqual([
      { op: "options", lines: [1], options: { spice: "mild" } },
    ]);
    expect(readOrderEdit("the other one mild", { options: { spice: "mild" } }, [one, one], [])?.ops).toEqual([
      { op: "options", lines: [1], options: { spice: "mild" } },
    ]);
    // Every line, when all are meant.
    expect(readOrderEdit("都要微辣", { options: { spice: "mild" } }, [one, one], [])?.ops).toEqual([
      { op: "options", lines: [0, 1], options: { spice: "mild" } },
    ]);
  });

  it("removes the line a said item is, by the NLU's match, and a line the turn rules out", () => {
    const fish: EditLine = {
      zh: "麦香鱼",
      en: "Filet-O-Fish",
      query: "麦香鱼",
      qty: 2,
      kinds: ["汉堡", "burger"],
    };
    const coke: EditLine = {
      zh: "可口可乐（中）",
      en: "Coca-Cola (Medium)",
      query: "可口可乐（中）",
      qty: 1,
    };
    // "coke" is no word of the card's names: the NLU matched it to the card's Coca-Cola.
    expect(readOrderEdit("drop the coke", {}, [fish, coke], [said("可口可乐（中）", "Coke")])?.ops).toEqual([
      { op: "remove", lines: [1] },
    ]);
    const pepsi: EditLine = { zh: "百事可乐（中）", en: "Pepsi (Medium)", qty: 1 };
    const excluded = [{ zh: "百事可乐（中）", en: "Pepsi" }];
    expect(readOrderEdit("no pepsi after all", { excluded }, [bigMac, pepsi], [])?.ops).toEqual([
      { op: "remove", lines: [1] },
    ]);
    expect(readOrderEdit("百事可乐就不要了", { excluded }, [bigMac, pepsi], [])?.ops).toEqual([
      { op: "remove", lines: [1] },
    ]);
    // Something ruled out that is not on the card changes nothing.
    expect(readOrderEdit("no pepsi", { excluded }, [bigMac, fries], [])).toBeUndefined();
  });

  it("reads a choice only the shop names, said alone, as that line's choice", () => {
    const cake: EditLine = { zh: "黑森林蛋糕", en: "Black Forest Cake", qty: 1 };
    expect(readOrderEdit("还是换成8寸吧", {}, [cake], [])?.ops).toEqual([
      { op: "options", lines: [0], options: {}, words: "8寸" },
    ]);
    expect(readOrderEdit("make it 8 inch", {}, [cake], [])?.ops).toEqual([
      { op: "options", lines: [0], options: {}, words: "8 inch" },
    ]);
    // With two lines and none named, it asks which.
    expect(readOrderEdit("改成煎的", {}, [bigMac, fries], [])?.unsure).toBe("which_line");
  });

  it("removes a line named by its name or its kind, and leaves 'no sugar' to the options", () => {
    expect(readOrderEdit("drop the burger", {}, [bigMac, fries], [said("汉堡", "burger")])?.ops).toEqual([
      { op: "remove", lines: [0] },
    ]);
    expect(readOrderEdit("薯条不要了", {}, [bigMac, fries], [])?.ops).toEqual([{ op: "remove", lines: [1] }]);
    expect(readOrderEdit("算了，不要糖", { options: { sugar: "none" } }, [lattes], [])?.ops).toEqual([
      { op: "options", lines: [0], options: { sugar: "none" } },
    ]);
    // "不要了" alone names no line: not an edit (the card is cancelled elsewhere).
    expect(readOrderEdit("不要了", {}, [bigMac, fries], [])).toBeUndefined();
  });

  it("replaces the line named, the only line, or some of its cups", () => {
    expect(
      readOrderEdit(
        "scratch the latte, get me an americano instead",
        {},
        [lattes],
        [said("拿铁", "Latte"), said("美式", "Americano")],
      )?.ops,
    ).toEqual([{ op: "replace", lines: [0], items: [1] }]);
    expect(
      readOrderEdit(
        "其中一个换成新奥尔良烤鸡腿堡",
        { quantity: 1 },
        [{ zh: "香辣鸡腿堡", en: "Zinger Burger", qty: 2 }],
        [said("新奥尔良烤鸡腿堡", "New Orleans Roasted Chicken Burger")],
      )?.ops,
    ).toEqual([{ op: "replace", lines: [0], items: [0], count: 1 }]);
  });

  it("swaps one of several cups however the one is said ('有一杯', 'make one of them a …')", () => {
    const two = [{ zh: "拿铁", en: "Latte", qty: 2 }];
    for (const text of ["有一杯换成美式", "把一杯换成美式", "只换一杯成美式"])
      expect(readOrderEdit(text, { quantity: 1 }, two, [said("美式咖啡", "Americano")])?.ops).toEqual([
        { op: "replace", lines: [0], items: [0], count: 1 },
      ]);
    expect(
      readOrderEdit("make one of them a cappuccino", { quantity: 1 }, two, [said("卡布奇诺", "Cappuccino")])
        ?.ops,
    ).toEqual([{ op: "replace", lines: [0], items: [0], count: 1 }]);
  });

  it("sets options on one of the cups, on the line picked by position, or on a line named", () => {
    expect(
      readOrderEdit("其中一杯换成燕麦奶", { quantity: 1, options: { milk: "oat" } }, [lattes], [])?.ops,
    ).toEqual([{ op: "options", lines: [0], options: { milk: "oat" }, count: 1 }]);
    expect(
      readOrderEdit(
        "make the second one large",
        { quantity: 1, ordinal: 2, options: { size: "large" } },
        [lattes, americano],
        [],
      )?.ops,
    ).toEqual([{ op: "options", lines: [1], options: { size: "large" } }]);
    expect(
      readOrderEdit(
        "拿铁都换成大杯",
        { options: { size: "large" } },
        [lattes, americano],
        [said("拿铁", "Latte")],
      )?.ops,
    ).toEqual([{ op: "options", lines: [0], options: { size: "large" } }]);
  });

  it("splits a line by counts with their own options", () => {
    expect(splitParts("一杯少糖一杯不要糖")).toEqual([
      { qty: 1, options: { sugar: "less" } },
      { qty: 1, options: { sugar: "none" } },
    ]);
    // Choices only the shop names make parts too ("一杯加椰果 另一杯什么都不加").
    expect(splitParts("一杯加椰果另一杯什么都不加")).toEqual([
      { qty: 1, options: {}, words: "加椰果" },
      { qty: 1, options: {}, words: "什么都不加" },
    ]);
    expect(readOrderEdit("one less sugar, one no sugar", { quantity: 1 }, [lattes], [])?.ops).toEqual([
      {
        op: "split",
        line: 0,
        parts: [
          { qty: 1, options: { sugar: "less" } },
          { qty: 1, options: { sugar: "none" } },
        ],
      },
    ]);
  });

  it("sets or moves a count, and asks which line when several could be meant", () => {
    expect(readOrderEdit("actually 3 not 2", { quantity: 3 }, [lattes], [])?.ops).toEqual([
      { op: "qty", lines: [0], qty: 3 },
    ]);
    expect(readOrderEdit("少一杯", { quantity: 1 }, [lattes], [])?.ops).toEqual([
      { op: "qty", lines: [0], delta: -1 },
    ]);
    expect(readOrderEdit("one more of those", { quantity: 1, quantityDelta: 1 }, [lattes], [])?.ops).toEqual([
      { op: "qty", lines: [0], delta: 1 },
    ]);
    expect(readOrderEdit("make it 3", { quantity: 3 }, [lattes, americano], [])?.unsure).toBe("which_line");
  });

  it("changes where and when with the lines untouched", () => {
    expect(readOrderEdit("改送到家", { addressLabel: "home" }, [lattes], [])?.ops).toEqual([
      { op: "address", label: "home" },
    ]);
    expect(
      readOrderEdit(
        "make it 2 and send it to the office",
        { quantity: 2, addressLabel: "office" },
        [lattes],
        [],
      )?.ops,
    ).toEqual([
      { op: "qty", lines: [0], qty: 2 },
      { op: "address", label: "office" },
    ]);
    expect(readOrderEdit("change the time to 7pm", { time: true }, [lattes], [])?.ops).toEqual([
      { op: "time" },
    ]);
  });

  it("names lines by a word of their English name or the tail of their Chinese one", () => {
    expect(linesNamed("no fries", [bigMac, fries])).toEqual([1]);
    expect(linesNamed("鸡腿堡不要了", [{ zh: "香辣鸡腿堡", en: "Zinger Burger", qty: 1 }, fries])).toEqual([
      0,
    ]);
    const mcflurry = { zh: "麦旋风（奥利奥）", en: "McFlurry Oreo", qty: 3 };
    expect(linesNamed("make it 4 McFlurries", [mcflurry, bigMac])).toEqual([0]);
    expect(readOrderEdit("make it 4 McFlurries", { quantity: 4 }, [mcflurry, bigMac], [])?.ops).toEqual([
      { op: "qty", lines: [0], qty: 4 },
    ]);
  });

  it("swaps one of several when one is said with the swap", () => {
    const americanos: EditLine = { zh: "美式", en: "Americano", qty: 2 };
    expect(
      readOrderEdit("swap one for a latte", { quantity: 1 }, [americanos], [said("拿铁", "Latte")])?.ops,
    ).toEqual([{ op: "replace", lines: [0], items: [0], count: 1 }]);
    expect(
      readOrderEdit("change one to a mocha", { quantity: 1 }, [americanos], [said("摩卡", "Mocha")])?.ops,
    ).toEqual([{ op: "replace", lines: [0], items: [0], count: 1 }]);
  });

  it("doubles the line named, its pack size no other thing", () => {
    const kiwis: EditLine = { zh: "奇异果（6个）", en: "Kiwifruit ×6", qty: 1 };
    const apples: EditLine = { zh: "红富士苹果", en: "Fuji Apples", qty: 2 };
    const kiwiSaid = { ...said("奇异果（8个）", "Kiwifruit ×8"), counted: false, words: "kiwis" };
    expect(readOrderEdit("double the kiwis", {}, [kiwis, apples], [kiwiSaid])?.ops).toEqual([
      { op: "qty", lines: [0], multiply: 2 },
    ]);
    expect(readOrderEdit("苹果翻倍", {}, [kiwis, apples], [])?.ops).toEqual([
      { op: "qty", lines: [1], multiply: 2 },
    ]);
  });

  it("puts an option on every line without counting its article", () => {
    const mocha: EditLine = { zh: "摩卡", en: "Mocha", qty: 1 };
    expect(
      readOrderEdit(
        "add an oat milk to both",
        { quantityDelta: 1, options: { milk: "oat" } },
        [lattes, mocha],
        [],
      )?.ops,
    ).toEqual([{ op: "options", lines: [0, 1], options: { milk: "oat" } }]);
  });
});
