import { describe, expect, it } from "vitest";
import { tiersForArea } from "./seat-choice.ts";
import { areaOf, inPartOfDay, partOfDayOf, peopleCount, preferOf, totalCapOf } from "./ticket-draft.ts";

const CONCERT = [
  { nameZh: "至尊VIP", nameEn: "Premium VIP" },
  { nameZh: "VIP内场", nameEn: "VIP Floor" },
  { nameZh: "内场", nameEn: "Floor" },
  { nameZh: "看台一层", nameEn: "Lower Stand" },
  { nameZh: "看台二层", nameEn: "Upper Stand" },
];
const THEATRE = [
  { nameZh: "甲等", nameEn: "Premium" },
  { nameZh: "乙等", nameEn: "Standard" },
  { nameZh: "丙等", nameEn: "Economy" },
];

describe("seat areas", () => {
  it("reads the area a person names, in either language", () => {
    expect(areaOf("周六周杰伦内场两张")).toBe("内场");
    expect(areaOf("要看台的，连座")).toBe("看台");
    expect(areaOf("2 floor tickets for Jay Chou")).toBe("floor");
    expect(areaOf("courtside for the game")).toBe("courtside");
    expect(areaOf("front row for friday's show")).toBe("front row");
    expect(areaOf("甲等座两张")).toBe("甲等座");
  });
  it("does not take a show's kind or a ride back for an area", () => {
    expect(areaOf("two stand-up tickets")).toBeUndefined();
    expect(areaOf("and a taxi back home")).toBeUndefined();
    expect(areaOf("2 Jay Chou tickets saturday")).toBeUndefined();
  });
  it("maps an area to the session's tiers, the exact name first", () => {
    expect(tiersForArea("内场", CONCERT)).toEqual(["内场"]);
    expect(tiersForArea("看台", CONCERT)).toEqual(["看台一层", "看台二层"]);
    expect(tiersForArea("floor", CONCERT)).toEqual(["内场"]);
    expect(tiersForArea("stands", CONCERT)).toEqual(["看台一层", "看台二层"]);
    expect(tiersForArea("VIP", CONCERT)).toEqual(["至尊VIP", "VIP内场"]);
    expect(tiersForArea("甲等座", THEATRE)).toEqual(["甲等"]);
    expect(tiersForArea("premium", THEATRE)).toEqual(["甲等"]);
    expect(tiersForArea("front row", THEATRE)).toEqual([]);
  });
});

describe("counts, totals and times said loosely", () => {
  it("reads how many people without the word tickets", () => {
    expect(peopleCount("stand-up comedy tomorrow night for 2")).toBe(2);
    expect(peopleCount("premium seats, 2 please")).toBe(2);
    expect(peopleCount("front row, 3 of us")).toBe(3);
    expect(peopleCount("明晚脱口秀两个人")).toBe(2);
    expect(peopleCount("我们三个去看")).toBe(3);
    expect(peopleCount("a table for 7pm")).toBeUndefined();
  });
  it("reads a total cap the money reader leaves", () => {
    expect(totalCapOf("two tickets, 400 in total at most")).toBe(40_000);
    expect(totalCapOf("两张，总共不超过400")).toBe(40_000);
    expect(totalCapOf("两张票")).toBeUndefined();
  });
  it("reads the part of the day, not 周日场 as a matinee", () => {
    expect(partOfDayOf("周六晚上那场")).toBe("evening");
    expect(partOfDayOf("Sunday matinee")).toBe("afternoon");
    expect(partOfDayOf("周日场 2张")).toBeUndefined();
    expect(partOfDayOf("周日日场")).toBe("afternoon");
    const sat1930 = Date.parse("2026-11-28T11:30:00Z");
    expect(inPartOfDay(sat1930, "evening")).toBe(true);
    expect(inPartOfDay(sat1930, "afternoon")).toBe(false);
  });
});

describe("more, per-ticket caps said loosely", () => {
  it("reads more tickets on top of the card's", async () => {
    const { moreOf } = await import("./ticket-draft.ts");
    expect(moreOf("再多买两张")).toBe(2);
    expect(moreOf("再要1张")).toBe(1);
    expect(moreOf("两张")).toBeUndefined();
  });
  it("reads a per-ticket cap the money reader leaves", async () => {
    const { perTicketCapOf } = await import("./ticket-draft.ts");
    expect(perTicketCapOf("2 tickets, 200 each max")).toBe(20_000);
    expect(perTicketCapOf("4 of us, 500 per person budget")).toBe(50_000);
    expect(perTicketCapOf("我们四个人 预算每人500")).toBe(50_000);
    expect(perTicketCapOf("2 tickets saturday")).toBeUndefined();
  });
});

describe("the end of the price range asked for", () => {
  it.each([
    ["2 tickets in the best tier, whatever it costs", "best"],
    ["top tier please", "best"],
    ["2 of the most expensive tickets", "best"],
    ["最贵的那档来两张", "best"],
    ["要最好的位置", "best"],
    ["三张靠前的", "best"],
    ["最便宜的来一张", "cheapest"],
    ["3 cheap seats", "cheapest"],
    ["lowest tier is fine", "cheapest"],
    ["便宜点的看台就行", "cheapest"],
    ["周六两张连座", undefined],
  ])("%s", (text, prefer) => {
    expect(preferOf(text)).toBe(prefer);
  });
  it("reads a count said as some of the tickets", () => {
    expect(peopleCount("2 of the most expensive tickets")).toBe(2);
  });
});
