import { describe, expect, it } from "vitest";
import type { SkillContext } from "./context.ts";
import { explainNoQuote } from "./order-replies.ts";

const substitutes = [{ skuId: "s1", nameZh: "鸡肉卷", nameEn: "Chicken Wrap", priceFen: 1800 }];
const refused = (available: number, lang: "zh" | "en") =>
  explainNoQuote(
    { lang } as SkillContext,
    {},
    {
      code: "out_of_stock",
      message: "few left",
      details: { available, substitutes },
    },
  );

describe("fewer left than asked", () => {
  it("says how many are left instead of sold out", () => {
    const zh = refused(2, "zh");
    expect("text" in zh && zh.text).toMatch(/只剩 2 份/u);
    const en = refused(2, "en");
    expect("text" in en && en.text).toMatch(/only 2 left/u);
  });

  it("says sold out when none is left", () => {
    const zh = refused(0, "zh");
    expect("text" in zh && zh.text).toMatch(/卖完了/u);
  });
});
