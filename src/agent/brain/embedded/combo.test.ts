import { describe, expect, it } from "vitest";
import type { BrainDecision } from "../types.ts";
import { type DecideText, decideAll, pendingOf } from "./combo.ts";

// A stand-in brain: "ask …" asks, "card …" makes a card, anything else replies.
const decide: DecideText = async (text, state) => {
  const decision: BrainDecision = text.startsWith("ask")
    ? {
        type: "ask",
        slot: "x",
        text: `Q(${text})`,
        state: { ...state, awaiting: { intent: text, slot: "x" } },
      }
    : text.startsWith("card")
      ? {
          type: "start_task",
          request: { kind: "ride_hail", title: text, args: {} },
          text: `C(${text})`,
          state: { ...state, lastIntent: text },
        }
      : { type: "reply", text: `R(${text})`, state };
  return { decision, trace: { brain: "stub" } };
};

describe("several needs composed into one decision", () => {
  it("carries every need out, cards and answers in the order said, the question last and holding the state", async () => {
    const { decision } = await decideAll(
      [
        { text: "ask tickets", service: "tickets" },
        { text: "card ride", service: "ride" },
        { text: "weather", service: "weather" },
      ],
      {},
      "en",
      decide,
    );
    const all = [decision, ...(decision.also ?? [])];
    expect(all.map((part) => part.text)).toEqual(["C(card ride)", "R(weather)", "Q(ask tickets)"]);
    expect(decision.state).toMatchObject({ awaiting: { intent: "ask tickets" } });
    expect(pendingOf(decision.state)).toEqual([]);
  });

  it("keeps a second question waiting, says so, and names a part it cannot do", async () => {
    const { decision } = await decideAll(
      [
        { text: "ask tickets", service: "tickets" },
        { text: "ask transfer", service: "transfer" },
        { text: "book a table for two", service: "unsupported" },
      ],
      {},
      "en",
      decide,
    );
    const all = [decision, ...(decision.also ?? [])];
    expect(all.map((part) => part.text).join("\n")).toMatch(/reserve restaurant tables/);
    expect(all.at(-1)?.text).toMatch(
      /^Q\(ask tickets\)\nOnce that's settled, I'll go on to 「ask transfer」/,
    );
    expect(pendingOf(decision.state)).toEqual(["ask transfer"]);
  });
});
