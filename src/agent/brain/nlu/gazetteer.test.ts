import { describe, expect, it } from "vitest";
import { Gazetteer } from "./gazetteer.ts";
import { FIXTURE_ENTRIES } from "./gazetteer-fixture.ts";

const gazetteer = new Gazetteer(FIXTURE_ENTRIES);
const ids = (text: string) => gazetteer.match(text).map((match) => match.entity.id);

describe("Gazetteer", () => {
  it("matches exact Chinese names with score 1 and the span", () => {
    const [match] = gazetteer.match("帮我点一杯珍珠奶茶");
    expect(match).toMatchObject({ text: "珍珠奶茶", start: 5, end: 9, score: 1, method: "exact" });
  });

  it("matches English names case-insensitively on word boundaries", () => {
    expect(ids("get me a LATTE")).toEqual(["sku_latte"]);
    expect(ids("a chocolatte please")).not.toContain("sku_latte");
    // A plural is the name itself, as exact as the singular ("two lattes", "fruit teas").
    const plural = gazetteer.match("two lattes")[0];
    expect([plural?.entity.id, plural?.method, plural?.text]).toEqual(["sku_latte", "exact", "lattes"]);
  });

  it("matches toneless pinyin typed in Latin letters", () => {
    expect(ids("来杯natie")).toEqual(["sku_latte"]);
    expect(ids("去xihu玩")).toEqual(["poi_west_lake"]);
    expect(gazetteer.match("huoguo")[0]?.method).toBe("pinyin");
  });

  it("never matches pinyin across punctuation or a count", () => {
    // 那，铁 / 那,1铁 spell na-tie but are two clauses, not a latte.
    expect(ids("就要那，铁定不行")).not.toContain("sku_latte");
    expect(ids("要那,1铁")).not.toContain("sku_latte");
  });

  it("matches Chinese homophones written with the wrong characters", () => {
    const [match] = gazetteer.match("我要一杯那铁");
    expect(match).toMatchObject({ text: "那铁", method: "pinyin" });
    expect(match?.entity.id).toBe("sku_latte");
  });

  it("matches English typos by edit distance with a lower score", () => {
    const [match] = gazetteer.match("take me to west lak");
    expect(match?.entity.id).toBe("poi_west_lake");
    expect(match?.method).toBe("fuzzy");
    expect(match?.score).toBeLessThan(1);
  });

  it("matches a partial Chinese name by bigram overlap", () => {
    expect(ids("我想喝珍珠奶")).toEqual(["sku_bubble_tea"]);
  });

  it("returns several non-overlapping entities, best first", () => {
    expect(ids("瑞幸咖啡的拿铁").sort()).toEqual(["m_luckin", "sku_latte"]);
  });

  it("returns nothing for unrelated text", () => {
    expect(gazetteer.match("hello world")).toEqual([]);
  });
});
