import { describe, expect, it } from "vitest";
import type { GazetteerMatch } from "../gazetteer.ts";
import { shopProduct } from "./shop-product.ts";

const shopIn = (text: string, name: string): GazetteerMatch[] => {
  const start = text.indexOf(name);
  return [
    {
      entity: { kind: "merchant", id: "m_shop", zh: "星巴克", en: name },
      start,
      end: start + name.length,
      score: 1,
      method: "exact",
      text: name,
    } as GazetteerMatch,
  ];
};

describe("the thing said beside a shop's name", () => {
  it("is the words left when they name something", () => {
    const text = "Starbucks cold brew";
    expect(shopProduct(text, shopIn(text, "Starbucks"))).toBe("cold brew");
  });

  it("is nothing when the words left are only interjections", () => {
    for (const text of ["hmm, Starbucks please", "um, Starbucks", "oh wait, Starbucks"])
      expect(shopProduct(text, shopIn(text, "Starbucks"))).toBeUndefined();
  });
});
