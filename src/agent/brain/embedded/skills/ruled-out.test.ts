import { describe, expect, it } from "vitest";
import { besidesRuledOut } from "./ruled-out.ts";

describe("the shops ruled out, named before nothing found", () => {
  const shops = [
    { kind: "merchant" as const, zh: "甲店", en: "Shop A" },
    { kind: "merchant" as const, zh: "乙店", en: "Shop B" },
    { kind: "item" as const, zh: "香菜", en: "Coriander" },
  ];

  it("names every shop ruled out, in the user's language", () => {
    expect(besidesRuledOut(shops, "zh")).toBe("除了「甲店」「乙店」，");
    expect(besidesRuledOut(shops, "en")).toBe("Apart from Shop A and Shop B, ");
  });

  it("says nothing when no shop was ruled out", () => {
    expect(besidesRuledOut(undefined, "en")).toBe("");
    expect(besidesRuledOut([shops[2] as (typeof shops)[number]], "zh")).toBe("");
  });
});
