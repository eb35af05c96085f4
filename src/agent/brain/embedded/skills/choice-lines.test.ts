import { describe, expect, it } from "vitest";
import type { OrderDraft } from "../state.ts";
import { foldChoiceLines } from "./choice-lines.ts";
import type { Candidate } from "./order-search.ts";

const riceSet = {
  skuId: "s1",
  merchantId: "m1",
  nameZh: "香汁排骨饭",
  nameEn: "Steamed Pork Ribs Rice",
  priceFen: 2900,
  inStock: true,
  optionGroups: [
    {
      key: "drink",
      choices: [
        { id: "cola", zh: "可乐", en: "Cola" },
        { id: "sprite", zh: "雪碧", en: "Sprite" },
      ],
    },
    { key: "milk", choices: [{ id: "skim", zh: "脱脂奶", en: "Skim milk" }] },
  ],
  merchant: { nameZh: "真功夫", nameEn: "Real Kungfu", rating: 4.5, deliveryFeeFen: 0 },
} satisfies Candidate;

const draft = (brand: boolean, words: string): OrderDraft => ({
  items: [
    { query: "香汁排骨饭", qty: 2, options: {}, said: "2 pork ribs rice" },
    { query: words, qty: 1, options: {}, said: `, ${words}`, searches: [{ keyword: words }] },
  ],
  ...(brand ? { brand: { zh: "真功夫", en: "Real Kungfu" } } : {}),
});

describe("a line naming a choice of the line before, at the shop asked for", () => {
  it("joins that line as how it comes ('…rice, sprite')", () => {
    const folded = foldChoiceLines(draft(true, "雪碧"), [[riceSet], []]);
    expect(folded.draft.items).toHaveLength(1);
    expect(folded.draft.items[0]?.said).toContain("Sprite");
    expect(folded.perItem).toEqual([[riceSet]]);
  });

  it("reads a choice's first word for the choice ('skim')", () => {
    expect(foldChoiceLines(draft(true, "skim"), [[riceSet], []]).draft.items).toHaveLength(1);
  });

  it("keeps a thing of its own without a shop named, or where the shop sells it", () => {
    expect(foldChoiceLines(draft(false, "雪碧"), [[riceSet], []]).draft.items).toHaveLength(2);
    expect(foldChoiceLines(draft(true, "雪碧"), [[riceSet], [riceSet]]).draft.items).toHaveLength(2);
    expect(foldChoiceLines(draft(true, "蛋挞"), [[riceSet], []]).draft.items).toHaveLength(2);
  });
});
