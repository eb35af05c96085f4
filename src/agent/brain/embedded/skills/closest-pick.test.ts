import { describe, expect, it } from "vitest";
import { byCloseness } from "./closest-pick.ts";
import type { Candidate } from "./order-search.ts";

const cut = {
  key: "noodle",
  zh: "面型",
  en: "Noodle cut",
  choices: [{ id: "wide", zh: "大宽", en: "Extra wide", deltaFen: 0 }],
};
function candidate(nameEn: string, relevance: number, withCut: boolean): Candidate {
  return {
    relevance,
    skuId: nameEn,
    merchantId: "m_a",
    nameZh: nameEn,
    nameEn,
    priceFen: 1500,
    inStock: true,
    optionGroups: withCut ? [cut] : [],
    merchant: { nameZh: "店", nameEn: "Shop", rating: 4.5, deliveryFeeFen: 0 },
  } as Candidate;
}

describe("which of a shop's equally good matches goes on the card", () => {
  const stirFried = candidate("Fried Rice Noodles", 1, false);
  const plain = candidate("Rice Noodle Soup", 1, true);
  const fuller = candidate("Rice Noodle Soup with Extra Pork", 1, true);
  const named = (wanted: Parameters<typeof byCloseness>[0]) =>
    [stirFried, fuller, plain].sort(byCloseness(wanted)).map((found) => found.nameEn);

  it("puts the one that can be made as asked first, then the plainest name", () => {
    expect(named([{ group: "noodle", zh: "大宽", en: "Extra wide" }])).toEqual([
      "Rice Noodle Soup",
      "Rice Noodle Soup with Extra Pork",
      "Fried Rice Noodles",
    ]);
  });

  it("never lets a choice outweigh a better match of the words", () => {
    const exact = candidate("Fried Rice Noodles", 0, false);
    expect([plain, exact].sort(byCloseness([{ group: "noodle", zh: "大宽", en: "Extra wide" }]))[0]).toBe(
      exact,
    );
  });
});
