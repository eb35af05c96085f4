import { describe, expect, it } from "vitest";
import type { OrderDraft } from "../state.ts";
import { changesNothing } from "./unchanged.ts";

const order: OrderDraft = {
  items: [{ query: "汉堡", qty: 4, options: {}, skuId: "s1" }],
  addressLabel: "office",
};

describe("a follow-up that changes nothing on the card", () => {
  it("is one when the draft is the same and the words name nothing more", () => {
    expect(changesNothing(order, order, "make it a instead")).toBe(true);
    expect(changesNothing(order, order, "wait, I need a")).toBe(true);
  });

  it("is none when something changed or the words name a choice", () => {
    expect(changesNothing({ ...order, addressLabel: "home" }, order, "送到家")).toBe(false);
    expect(changesNothing(order, order, "change it to with an extra shot")).toBe(false);
    expect(changesNothing(order, order, "改加浓吧")).toBe(false);
    expect(changesNothing(order, order, "改1kg吧")).toBe(false);
  });
});
