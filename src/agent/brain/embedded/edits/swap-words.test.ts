import { describe, expect, it } from "vitest";
import type { EditLine } from "./read-edit.ts";
import { swappedFor } from "./swap-words.ts";

const bouquet = [{ zh: "康乃馨花束", en: "Carnation Bouquet", qty: 3 }] as unknown as EditLine[];

describe("the thing a swap names", () => {
  it("is another thing of the card's kind when one is said", () => {
    expect(swappedFor("make it the rose ones", bouquet)).toBe("rose bouquet");
  });

  it("is none when only a count is said ('make it just one instead')", () => {
    expect(swappedFor("make it just one instead", bouquet)).toBeUndefined();
    expect(swappedFor("actually, only one", bouquet)).toBeUndefined();
  });
});
