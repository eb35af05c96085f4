import { describe, expect, it } from "vitest";
import type { GazetteerMatch } from "../../nlu/gazetteer.ts";
import { ownWordsFor } from "./own-words.ts";

const kind = (text: string): GazetteerMatch =>
  ({
    entity: { kind: "category", id: "k", zh: text, en: text },
    start: 0,
    end: text.length,
    score: 1,
    method: "exact",
    text,
  }) as GazetteerMatch;

describe("the user's own words for a kind of thing", () => {
  it("keeps words that say more than the kind, cut after it", () => {
    expect(ownWordsFor("玫瑰花", kind("花"))).toBe("玫瑰花");
    expect(ownWordsFor("coffees keep it", kind("coffees"))).toBe("coffees");
  });

  it("drops words about something else, or less than the kind", () => {
    expect(ownWordsFor("快", kind("汉堡"))).toBeUndefined();
    expect(ownWordsFor("去单位", kind("炸鸡"))).toBeUndefined();
    expect(ownWordsFor("半", kind("咖啡"))).toBeUndefined();
    expect(ownWordsFor("medicine", kind("cold medicine"))).toBeUndefined();
  });
});

describe("a show's name said with goods", () => {
  it("is what the goods are for, not a word of their name", () => {
    const show = {
      ...kind("mayday"),
      entity: { kind: "event", id: "e", zh: "五月天", en: "Mayday" },
    } as GazetteerMatch;
    expect(ownWordsFor("mayday flowers", kind("flowers"), [show])).toBe("flowers");
    expect(ownWordsFor("red roses", kind("roses"), [show])).toBe("red roses");
  });
});
