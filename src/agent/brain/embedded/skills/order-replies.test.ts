import { describe, expect, it } from "vitest";
import type { SkillContext } from "./context.ts";
import { explainNoQuote } from "./order-replies.ts";

const context = (lang: "zh" | "en") => ({ lang }) as unknown as SkillContext;
const substitutes = [{ skuId: "s2", nameZh: "美式", nameEn: "Americano", priceFen: 990 }];
const shortage = (available: number) => ({
  code: "out_of_stock",
  message: "",
  details: { skuId: "s1", available, substitutes },
});

describe("a quote refused for stock", () => {
  it("says how many are left when some are, never 'sold out'", () => {
    const en = explainNoQuote(context("en"), {}, shortage(2));
    expect(en.type === "propose" && en.text).toMatch(/only 2 left/u);
    expect(en.type === "propose" && en.text).not.toMatch(/sold out/u);
    const zh = explainNoQuote(context("zh"), {}, shortage(2));
    expect(zh.type === "propose" && zh.text).toMatch(/只剩 2 份/u);
  });

  it("says sold out when none are left", () => {
    const en = explainNoQuote(context("en"), {}, shortage(0));
    expect(en.type === "propose" && en.text).toMatch(/sold out/u);
  });
});
