import { describe, expect, it } from "vitest";
import { extractAddressLabel, extractOtherPlace } from "./places.ts";

describe("address labels: a place ruled out is no destination", () => {
  it.each([
    ["一杯拿铁两个可颂送到家，不是公司", "home"],
    ["送到公司，别送家里", "office"],
    ["a latte and 2 croissants to my place, not the office", "home"],
    ["a latte to my office", "office"],
  ])("%s → %s", (text, label) => {
    expect(extractAddressLabel(text)).toBe(label);
  });
});

describe("someone else's place: asked, never sent home", () => {
  it.each([
    ["送两杯奶茶到我妈家", "我妈家"],
    ["send 2 milk teas to my mom's", "my mom's"],
    ["roses to my girlfriend's place", "my girlfriend's place"],
  ])("%s → %s", (text, place) => {
    expect(extractOtherPlace(text)).toBe(place);
  });

  it.each(["flowers for my mom", "给我妈送一束花", "a latte to my office"])("%s names no place", (text) => {
    expect(extractOtherPlace(text)).toBeUndefined();
  });
});
