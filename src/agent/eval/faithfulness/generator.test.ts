import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededWorldImage } from "../../../compose/seed-image.ts";
import type { World } from "../../../ecosystem/world/world.ts";
import { generateCases } from "./generator.ts";
import { openCopy } from "./run-case.ts";
import type { FaithCase } from "./types.ts";
import { openAt, readWorldFacts, type WorldFacts } from "./world-facts.ts";

let world: World;
let facts: WorldFacts;

beforeAll(async () => {
  world = await openCopy(await seededWorldImage(20261126), 20261126);
  facts = await readWorldFacts(world);
});
afterAll(() => world.close());

const CJK = /[\u3400-\u9fff]/;

describe("the faithfulness generator", () => {
  it("draws the same requests for the same seed and others for another", async () => {
    const first = await generateCases(facts, { n: 40, seed: 7 });
    const again = await generateCases(facts, { n: 40, seed: 7 });
    const other = await generateCases(facts, { n: 40, seed: 8 });
    expect(again).toEqual(first);
    expect(other.map((entry) => entry.turns)).not.toEqual(first.map((entry) => entry.turns));
  });

  it("writes each request in its language and gives each a frame per expected card", async () => {
    const cases: FaithCase[] = await generateCases(facts, { n: 80, seed: 3 });
    expect(cases).toHaveLength(80);
    for (const entry of cases) {
      expect(entry.frames.length).toBeGreaterThan(0);
      for (const turn of entry.turns) expect(CJK.test(turn), turn).toBe(entry.lang === "zh");
    }
    expect(new Set(cases.map((entry) => entry.family))).toEqual(
      new Set(["delivery", "tickets", "ride", "bundle", "basket"]),
    );
    expect(cases.some((entry) => !entry.satisfiable)).toBe(true);
  });

  it("names only items a shop open now delivers to the chosen place", async () => {
    const cases = await generateCases(facts, { n: 60, seed: 5 });
    for (const entry of cases.filter((item) => item.family === "delivery" && item.satisfiable)) {
      const person = facts.people.find((candidate) => candidate.userId === entry.userId);
      const frame = entry.frames[0];
      const place = person?.places.find((candidate) => candidate.label === (frame?.address?.label ?? "home"));
      const sold = new Set(
        place?.shops.flatMap((shop) => shop.items.flatMap((item) => [item.nameZh, item.nameEn])),
      );
      for (const line of frame?.lines ?? [])
        expect(line.acceptableNames.some((name) => sold.has(name))).toBe(true);
    }
  });

  it("composes baskets that no single shop at the place carries", async () => {
    const cases = (await generateCases(facts, { n: 120, seed: 9 })).filter(
      (entry) => entry.family === "basket",
    );
    expect(cases.length).toBeGreaterThan(0);
    for (const entry of cases) {
      const person = facts.people.find((candidate) => candidate.userId === entry.userId);
      const frame = entry.frames[0];
      const place = person?.places.find((candidate) => candidate.label === frame?.address?.label);
      expect(frame?.lines?.length).toBeGreaterThanOrEqual(2);
      const carriesAll = place?.shops.some((shop) =>
        (frame?.lines ?? []).every((line) =>
          shop.items.some((item) => line.acceptableNames.includes(item.nameZh)),
        ),
      );
      expect(carriesAll, entry.turns[0]).toBe(false);
    }
  });

  it("draws issue 11's compositions apart: own options per item, group orders, rides timed to a show", async () => {
    const cases = await generateCases(facts, { n: 240, seed: 71 });
    const again = await generateCases(facts, { n: 240, seed: 71 });
    expect(again).toEqual(cases);
    const of = (name: string) => cases.filter((entry) => entry.composition === name);
    for (const name of ["own-options", "per-person", "timed-ride"])
      expect(of(name).length, name).toBeGreaterThan(3);
    for (const entry of of("own-options")) {
      expect(entry.frames[0]?.lines?.length).toBe(2);
      expect(entry.frames[0]?.lines?.some((line) => line.options)).toBe(true);
    }
    for (const entry of of("per-person")) {
      const qty = entry.frames[0]?.lines?.[0]?.qty ?? 0;
      expect(qty).toBeGreaterThanOrEqual(2);
      expect(entry.turns[0], entry.turns[0]).toMatch(entry.lang === "zh" ? /每人|一人/ : /each|per person/);
    }
    for (const entry of of("timed-ride")) {
      expect(entry.frames).toHaveLength(2);
      expect(entry.frames[1]?.kind).toBe("ride_hail");
      expect(entry.frames[1]?.time?.at).toBeGreaterThan(facts.now);
    }
  });

  it("leaves every other case as the main stream drew it", async () => {
    // The compositions come from a stream of their own: a case they do not replace is the same
    // request whether or not they are drawn (the first cases of seed 71 as before issue 11's list).
    const cases = await generateCases(facts, { n: 12, seed: 71 });
    expect(cases[0]?.turns[0]).toBe("送去单位，劳驾订拿铁要4杯：一杯加冰，三杯热，要快，半个小时以内，辛苦");
  });

  it("reads shops' hours as the service words them, past midnight too", () => {
    expect(openAt("10:00-22:00", 9 * 60)).toBe(false);
    expect(openAt("10:00-22:00", 12 * 60)).toBe(true);
    expect(openAt("10:00-+1 02:00", 60)).toBe(true);
    expect(openAt("10:00-+1 02:00", 3 * 60)).toBe(false);
    expect(openAt("24h", 4 * 60)).toBe(true);
  });
});
