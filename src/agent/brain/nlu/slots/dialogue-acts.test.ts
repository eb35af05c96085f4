import { describe, expect, it } from "vitest";
import { extractOrdinal } from "./dialogue-acts.ts";

describe("ordinals after any list", () => {
  it("reads the place in a list of shows, sessions, films and shops", () => {
    expect(extractOrdinal("第2场，买一张")).toBe(2);
    expect(extractOrdinal("第三部吧")).toBe(3);
    expect(extractOrdinal("最后那场来两张")).toBe(-1);
    expect(extractOrdinal("最后那家送一束花")).toBe(-1);
    expect(extractOrdinal("the second show, one ticket please")).toBe(2);
    expect(extractOrdinal("tickets for the last screening")).toBe(-1);
    expect(extractOrdinal("the third film looks good")).toBe(3);
    expect(extractOrdinal("a latte from the first cafe")).toBe(1);
  });

  it("leaves the last order and plain words alone", () => {
    expect(extractOrdinal("reorder my last one")).toBeUndefined();
    expect(extractOrdinal("a show on Saturday")).toBeUndefined();
  });
});

describe("a position said with a kind of show", () => {
  it("is a position in the list", () => {
    expect(extractOrdinal("the second comedy, 2 tickets")).toBe(2);
    expect(extractOrdinal("the last noodle one please")).toBe(-1);
    expect(extractOrdinal("second thin noodles, medium spicy")).toBeUndefined();
  });
});
