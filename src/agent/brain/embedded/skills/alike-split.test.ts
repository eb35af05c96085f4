import { describe, expect, it } from "vitest";
import type { OrderDraft } from "../state.ts";
import { alikeSplitNote } from "./alike-split.ts";
import type { Candidate, QuotedCandidate } from "./order-search.ts";

const spice = {
  key: "spice",
  defaultChoice: "none",
  choices: [
    { id: "none", zh: "不辣", en: "Not spicy" },
    { id: "mild", zh: "微辣", en: "Mild" },
  ],
};
const noodles = { skuId: "sku_noodle", optionGroups: [spice] } as unknown as Candidate;
const line = (options: Record<string, string>) => ({
  skuId: "sku_noodle",
  qty: 1,
  options,
  nameZh: "牛肉面",
  nameEn: "Beef Noodle Soup",
  unitFen: 1600,
});
const quoted = (lines: ReturnType<typeof line>[]) => ({ lines }) as unknown as QuotedCandidate;
const draft = (...options: Record<string, string>[]) =>
  ({ items: options.map((said) => ({ query: "牛肉面", qty: 1, options: said })) }) as unknown as OrderDraft;

describe("a split whose stated part is the shop's default", () => {
  it("says both parts are alike and asks about the other, in either language", () => {
    const said = draft({ spice: "none" }, {});
    const best = quoted([line({ spice: "none" }), line({})]);
    const zh = alikeSplitNote(said, best, [[noodles], [noodles]], "zh");
    expect(zh).toContain("其中一份「牛肉面」不辣");
    expect(zh).toMatch(/另一份.*？/u);
    const en = alikeSplitNote(said, best, [[noodles], [noodles]], "en");
    expect(en).toMatch(/one Beef Noodle Soup not spicy.*other one different\?/u);
    expect(en).not.toMatch(/\p{Script=Han}/u);
  });

  it("says nothing when the parts differ, or nothing was said of either", () => {
    const best = quoted([line({ spice: "mild" }), line({})]);
    expect(alikeSplitNote(draft({ spice: "mild" }, {}), best, [[noodles], [noodles]], "zh")).toBe("");
    const same = quoted([line({}), line({})]);
    expect(alikeSplitNote(draft({}, {}), same, [[noodles], [noodles]], "zh")).toBe("");
  });
});
