import { describe, expect, it } from "vitest";
import { mapOptions } from "./option-mapping.ts";

const coffee = [
  { key: "size", choices: [{ id: "medium" }, { id: "large" }, { id: "extra_large" }] },
  { key: "ice", choices: [{ id: "regular" }, { id: "less" }, { id: "none" }, { id: "hot" }] },
  { key: "sugar", choices: [{ id: "standard" }, { id: "less" }, { id: "half" }, { id: "none" }] },
];

describe("mapping spoken options onto an item's option groups", () => {
  it("maps size, sugar and ice onto the groups the item offers", () => {
    expect(mapOptions({ size: "large", sugar: "less", ice: "less" }, coffee)).toEqual({
      size: "large",
      sugar: "less",
      ice: "less",
    });
  });

  it("puts 'hot' into the ice group of a coffee", () => {
    expect(mapOptions({ temperature: "hot" }, coffee)).toEqual({ ice: "hot" });
  });

  it("drops options the item does not offer", () => {
    expect(mapOptions({ spice: "mild", size: "small" }, coffee)).toEqual({});
  });

  it("maps oat milk and a burger meal where the item has those groups", () => {
    const latte = [...coffee, { key: "milk", choices: [{ id: "whole" }, { id: "oat" }] }];
    expect(mapOptions({ milk: "oat", size: "large" }, latte)).toEqual({ milk: "oat", size: "large" });
    const burger = [{ key: "combo", choices: [{ id: "single" }, { id: "meal" }] }];
    expect(mapOptions({ combo: "meal", milk: "oat" }, burger)).toEqual({ combo: "meal" });
  });
});
