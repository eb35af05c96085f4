import { describe, expect, it } from "vitest";
import type { SeatChoice, SeatTier } from "./seat-choice.ts";
import { tierNote } from "./tier-note.ts";

const tier = (nameZh: string, nameEn: string, priceFen: number, available: number): SeatTier => ({
  tierId: nameEn,
  nameZh,
  nameEn,
  priceFen,
  available,
});
const tiers = [
  tier("至尊VIP", "Premium VIP", 168000, 1),
  tier("VIP内场", "VIP Floor", 128000, 18),
  tier("看台一层", "Lower Stand", 58000, 41),
  tier("看台二层", "Upper Stand", 38000, 0),
];
const choice = (tierZh: string): SeatChoice => ({
  seatIds: ["a", "b"],
  totalFen: 0,
  together: true,
  label: { zh: tierZh, en: tierZh },
  tierZh,
});

describe("a superlative met by another tier", () => {
  it("says why the best tier was not taken", () => {
    const note = tierNote(choice("VIP内场"), tiers, { prefer: "best", count: 2, together: true }, "en");
    expect(note).toMatch(/best tier, Premium VIP, has only 1 left.*VIP Floor/u);
  });
  it("says the cheapest tier is sold out", () => {
    const note = tierNote(choice("看台一层"), tiers, { prefer: "cheapest", count: 2, together: true }, "zh");
    expect(note).toMatch(/最便宜的「看台二层」已售完.*看台一层/u);
  });
  it("says the best tier is over the budget", () => {
    const note = tierNote(
      choice("看台一层"),
      tiers.map((each) => ({ ...each, available: 50 })),
      { prefer: "best", count: 2, together: true, capFen: 60000 },
      "zh",
    );
    expect(note).toMatch(/超出你每张 ¥600.00 的预算/u);
  });
  it("says nothing when the tier asked for was taken, or none was asked", () => {
    expect(tierNote(choice("至尊VIP"), tiers, { prefer: "best", count: 1, together: false }, "zh")).toBe("");
    expect(tierNote(choice("VIP内场"), tiers, { count: 2, together: true }, "zh")).toBe("");
  });
});
