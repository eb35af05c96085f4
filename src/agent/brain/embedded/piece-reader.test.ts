import { describe, expect, it, vi } from "vitest";
import type { Gazetteer } from "../nlu/gazetteer.ts";
import type { BrainTurn } from "../types.ts";
import { pieceReader, turnUnderstander } from "./piece-reader.ts";

describe("turnUnderstander", () => {
  const turn = { now: Date.UTC(2026, 11, 7, 2), profile: { timeZone: "Asia/Shanghai" } } as BrainTurn;

  it("understands each text of a turn once, and shares it with the piece reader", () => {
    const match = vi.fn(() => []);
    const understood = turnUnderstander({ match } as unknown as Gazetteer);
    const first = understood(turn, "帮我点一杯拿铁送到公司");
    expect(understood(turn, "帮我点一杯拿铁送到公司")).toBe(first);
    const read = pieceReader(turn, undefined, understood);
    expect(read("帮我点一杯拿铁送到公司").intent).toBe(first.intent);
    expect(match).toHaveBeenCalledTimes(1);
    understood(turn, "明天杭州天气怎么样");
    expect(match).toHaveBeenCalledTimes(2);
  });

  it("reads a text again at another time or in another zone", () => {
    const match = vi.fn(() => []);
    const understood = turnUnderstander({ match } as unknown as Gazetteer);
    understood(turn, "tomorrow at 8");
    understood({ ...turn, now: turn.now + 86_400_000 }, "tomorrow at 8");
    understood({ ...turn, profile: { ...turn.profile, timeZone: "Europe/London" } }, "tomorrow at 8");
    expect(match).toHaveBeenCalledTimes(3);
  });
});
