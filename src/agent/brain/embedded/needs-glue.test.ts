import { describe, expect, it } from "vitest";
import { useTestAgent } from "../../testing.ts";
import type { BrainTurn } from "../types.ts";
import { bare, splitNeeds } from "./needs.ts";
import { pieceReader } from "./piece-reader.ts";
import { loadWorldGazetteer } from "./world-gazetteer.ts";

describe("what a piece says about the need before it stays with it", () => {
  const agent = useTestAgent("sqlite");
  const split = async (text: string) => {
    const gazetteer = await loadWorldGazetteer(agent().world.context);
    const turn = {
      now: agent().world.context.clock.now(),
      profile: { timeZone: "Asia/Shanghai" },
    } as BrainTurn;
    return splitNeeds(text, pieceReader(turn, gazetteer)).map((need) => [need.service, bare(need.text)]);
  };

  it.each([
    "I want 5 drinks, send it to my office, just not coffee.",
    "Hey, get me two fruit teas, send it to my office, arriving tomorrow at 9:30am!",
    "Get me five drinks, send it to my office, no more than ¥2 apiece, no coffee though!",
    "来两杯奶茶，送到公司，每杯不超过15",
    "帮我买两个面包，地址是公司，别要好利来的",
    "a Zinger Burger and 3 Family Buckets, to my office",
    "明天早上7点半从家到杭州东站，帮我叫个车",
  ])("%s is one need", async (text) => {
    expect(await split(text)).toHaveLength(1);
  });

  it("keeps a ride to the venue with the tickets", async () => {
    const needs = await split(
      "Book two tickets for Xiha Baofupu Crosstalk Gala, tomorrow, plus a ride to the venue.",
    );
    expect(needs.map(([service]) => service)).toEqual(["tickets"]);
  });
});
