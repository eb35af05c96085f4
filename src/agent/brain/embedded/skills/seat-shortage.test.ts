import { describe, expect, it } from "vitest";
import type { EventSummary } from "./event-match.ts";
import { shortageText, tierNamedIn } from "./seat-shortage.ts";

const tiers = [
  { tierId: "t1", nameZh: "至尊VIP", nameEn: "Premium VIP", priceFen: 168000, available: 1 },
  { tierId: "t2", nameZh: "VIP内场", nameEn: "VIP Floor", priceFen: 128000, available: 18 },
  { tierId: "t3", nameZh: "看台二层", nameEn: "Upper Stand", priceFen: 38000, available: 0 },
];
const event = { nameZh: "演唱会", nameEn: "The Concert" } as EventSummary;
const now = Date.UTC(2026, 10, 26, 1);
const startsAt = Date.UTC(2026, 10, 28, 11, 30);

describe("a tier named by its whole name", () => {
  it.each([
    ["周六 至尊VIP 两张", "至尊VIP"],
    ["VIP内场两张", "VIP内场"],
    ["two premium vip seats", "至尊VIP"],
    ["VIP 两张", undefined],
  ])("%s → %s", (text, tier) => {
    expect(tierNamedIn(text, tiers)).toBe(tier);
  });
});

describe("fewer seats left than asked", () => {
  it("says how many are left in the area asked for and what else is free", () => {
    const zh = shortageText(event, startsAt, 2, true, tiers, ["至尊VIP"], now, "zh");
    expect(zh).toMatch(/「至尊VIP」只剩 1 张，不够 2 张/u);
    expect(zh).toMatch(/VIP内场 ¥1280\.00（剩 18 张）/u);
    expect(zh).not.toMatch(/看台二层/u);
    expect(shortageText(event, startsAt, 2, true, tiers, ["看台二层"], now, "en")).toMatch(
      /Upper Stand is sold out/u,
    );
  });
});
