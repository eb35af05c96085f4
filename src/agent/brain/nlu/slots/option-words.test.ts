import { describe, expect, it } from "vitest";
import { optionWordSpans, tagCountedChoices } from "./option-words.ts";

const said = (text: string) => optionWordSpans(text).map((span) => text.slice(span.start, span.end));

describe("English option words", () => {
  it("finds a choice said with its modifier or after 'with'", () => {
    expect(said("teriyaki chicken bowl, less rice")).toEqual(["less rice"]);
    expect(said("pork ribs rice with soy milk instead of cola")).toEqual([
      "with soy milk",
      "instead of cola",
    ]);
    expect(said("beef noodles add an egg")).toEqual(["add an egg"]);
    expect(said("braised pork rice, soy milk as the drink")).toEqual(["soy milk as the drink"]);
  });

  it("finds how a dish is made when said on its own after it", () => {
    expect(said("shrimp dumplings, pan fried please")).toEqual(["pan fried"]);
    expect(said("beef noodles, extra wide noodles, medium spicy")).toContain("extra wide noodles");
    expect(said("pan-fried dumplings and a coke")).toEqual([]);
  });

  it("reads how a thing is packed as its choice, not a gift box of its own", () => {
    expect(said("one baby's breath bouquet, in a gift box, to work")).toEqual(["in a gift box"]);
    expect(said("two hydrangea bouquets with a deluxe gift box")).toContain("with a deluxe gift box");
    expect(said("a preserved rose gift box and a latte")).toEqual([]);
    // Set off after the thing, or said as how it comes.
    expect(said("nine white roses to the office, deluxe gift box")).toEqual(["deluxe gift box"]);
    expect(said("peonies for mum; gift boxed")).toContain("gift boxed");
    expect(said("a bouquet of lilies, gift-wrapped please")).toContain("gift-wrapped");
    expect(said("a latte, a preserved rose gift box")).toEqual([]);
  });

  it("reads a choice said with its group's name as that choice", () => {
    expect(said("lamb hot pot for one, mushroom broth, extra spicy")).toContain("mushroom broth");
    expect(said("a 12 inch pepperoni with thin & crispy crust")).toContain("thin & crispy crust");
    expect(said("a mushroom soup and a latte")).toEqual([]);
  });

  it("keeps a portion or size said with its number from counting things", () => {
    expect(tagCountedChoices("pork dumplings, the 18 piece one")).toBe("pork dumplings, the pc18     one");
    expect(tagCountedChoices("black swan cake 8 inch")).toBe("black swan cake in8   ");
  });
});
