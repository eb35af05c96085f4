import { describe, expect, it } from "vitest";
import { Gazetteer } from "./gazetteer.ts";
import { onlyShopKind, shopKindSaid } from "./shop-kind-words.ts";

const gazetteer = new Gazetteer([
  { kind: "merchant", id: "m_711", zh: "7-11便利店", en: "711" },
  { kind: "merchant", id: "m_coco", zh: "CoCo都可", en: "CoCo" },
  { kind: "item", id: "tea_pi", zh: "茶π", en: "Tea Pi" },
  { kind: "item", id: "water", zh: "矿泉水", en: "Mineral Water" },
]);
const named = (text: string) => gazetteer.match(text).map((match) => match.entity.id);

describe("a kind of shop names no shop", () => {
  it("reads 便利店 / 超市 as a kind, not the shop whose name holds it", () => {
    expect(named("帮我从便利店买一瓶矿泉水送到家")).toEqual(["water"]);
    expect(named("去超市买点东西")).toEqual([]);
  });

  it("still finds a shop by the rest of its name or by its sound", () => {
    expect(named("7-11便利店买瓶矿泉水")).toContain("m_711");
    expect(named("来杯CoCo奶茶")).toContain("m_coco");
    expect(named("来杯都可奶茶")).not.toContain("tea_pi");
    expect(named("来瓶茶π")).toContain("tea_pi");
  });
});

describe("the kind of shop a sentence names, with its catalogue category", () => {
  it.each([
    ["flower shops near my office", "flowers"],
    ["any bakeries close to the office?", "bakery"],
    ["pharmacies near home", "pharmacy"],
    ["公司附近的水果店", "fruit"],
    ["家附近有花店吗", "flowers"],
    ["a florist around here", "flowers"],
    ["楼下的便利店", "convenience"],
  ])("%s → %s", (text, category) => {
    expect(shopKindSaid(text)?.category).toBe(category);
  });

  it("names none for goods alone or a shop of any kind", () => {
    expect(shopKindSaid("a bunch of flowers to my office")).toBeUndefined();
    expect(shopKindSaid("any shops near me")).toBeUndefined();
  });

  it("still reads every kind, singular or plural, as only a kind", () => {
    for (const words of ["the florists", "fruit stores", "鲜花店", "a bakery", "the grocery"])
      expect(onlyShopKind(words)).toBe(true);
    expect(onlyShopKind("联华超市")).toBe(false);
  });
});
