import { describe, expect, it } from "vitest";
import { Gazetteer } from "./gazetteer.ts";

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
