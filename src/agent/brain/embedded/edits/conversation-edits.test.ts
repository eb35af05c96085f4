import { describe, expect, it } from "vitest";
import { type EditLine, readOrderEdit, type SaidItem } from "./read-edit.ts";

const burger: EditLine = { zh: "香辣鸡腿堡", en: "Zinger Burger", qty: 1 };
const masks: EditLine = { zh: "外科口罩（10只）", en: "Surgical Masks ×10", qty: 1 };
const pills: EditLine = { zh: "布洛芬混悬液", en: "Ibuprofen Suspension", qty: 1 };
const nuggets: EditLine = { zh: "麦乐鸡（10块）", en: "Chicken McNuggets (10 pc)", qty: 1 };
const bigMac: EditLine = { zh: "巨无霸", en: "Big Mac", qty: 1 };
const lattes: EditLine = { zh: "拿铁", en: "Latte", qty: 6 };
const ribs: EditLine = { zh: "香汁排骨饭", en: "Steamed Pork Ribs Rice", qty: 1 };
const bananas: EditLine = { zh: "香蕉", en: "Bananas", qty: 1 };
const kiwis: EditLine = { zh: "奇异果（6个）", en: "Kiwifruit ×6", qty: 1 };
const item = (zh: string, en: string, words: string, qty = 1): SaidItem => ({
  zh,
  en,
  qty,
  counted: true,
  options: {},
  words,
});

describe("edits said across a conversation (English)", () => {
  it("adds a thing said after 'and', 'w/' or with 'too'", () => {
    const tarts = [item("葡式蛋挞", "Portuguese Egg Tart", "egg tarts", 2)];
    for (const text of ["and 2 egg tarts", "w/ 2 egg tarts", "2 egg tarts too", "& two egg tarts"])
      expect(readOrderEdit(text, { quantity: 2 }, [burger], tarts)?.ops).toEqual([{ op: "add", items: [0] }]);
  });

  it("reads the user's own word for a card line as that line, whatever it matched in the catalogue", () => {
    const said = [item("医用口罩（50只）", "Medical Masks ×50", "masks")];
    expect(readOrderEdit("make the masks 2 packs", { quantity: 2 }, [pills, masks], said)?.ops).toEqual([
      { op: "qty", lines: [1], qty: 2 },
    ]);
  });

  it("removes a line said without its brand's prefix or in another pack", () => {
    const said = [item("黄金鸡块", "Golden Nuggets", "nuggets")];
    expect(readOrderEdit("drop the nuggets", {}, [bigMac, nuggets], said)?.ops).toEqual([
      { op: "remove", lines: [1] },
    ]);
    expect(readOrderEdit("forget the nuggets", {}, [bigMac, nuggets], said)?.ops).toEqual([
      { op: "remove", lines: [1] },
    ]);
  });

  it("gives 'two of them' an option, two of the line's cups, never a new count", () => {
    const said = [item("脱脂牛奶", "Skimmed Milk 1 L", "skim")];
    expect(
      readOrderEdit("make 2 of them skim instead", { quantity: 2, options: { milk: "skim" } }, [lattes], said)
        ?.ops,
    ).toEqual([{ op: "options", lines: [0], options: { milk: "skim" }, count: 2 }]);
  });

  it("doubles the line named", () => {
    expect(readOrderEdit("double the bananas", {}, [bananas, kiwis], [])?.ops).toEqual([
      { op: "qty", lines: [0], multiply: 2 },
    ]);
  });

  it("reads 'the drink to soy milk' as the set's choice, not a swap for another thing", () => {
    const said = [item("饮料", "drink", "drink"), item("豆浆", "Soy Milk", "soy milk")];
    expect(readOrderEdit("change the drink to soy milk", {}, [ribs], said)?.ops).toEqual([
      { op: "options", lines: [0], options: {}, words: "soy milk" },
    ]);
  });
});
