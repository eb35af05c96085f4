import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTestAgent } from "../../testing.ts";
import { understand } from "../nlu/understand.ts";
import type { BrainTurn } from "../types.ts";
import { laterActOf, pieces, serviceOf, splitNeeds } from "./needs.ts";
import { pieceReader } from "./piece-reader.ts";
import { loadWorldGazetteer } from "./world-gazetteer.ts";

/** Every user turn of the scenarios and of the dev probe sets (never the held-out ones). */
function sayings(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync("scenarios").filter((name) => name.endsWith(".json"))) {
    const scenarios = JSON.parse(readFileSync(join("scenarios", file), "utf8")) as { turns: unknown[] }[];
    for (const scenario of scenarios)
      for (const turn of scenario.turns) if (typeof turn === "string") texts.push(turn);
  }
  const probeFiles = [
    "data/probes/simple-en.jsonl",
    "data/probes/simple-zh.jsonl",
    ...["multi", "fresh"].flatMap((dir) =>
      readdirSync(join("data/probes", dir))
        .filter((name) => name.endsWith(".jsonl"))
        .map((name) => join("data/probes", dir, name)),
    ),
  ];
  for (const file of probeFiles)
    for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
      const probe = JSON.parse(line) as { turns?: unknown[] };
      for (const turn of probe.turns ?? []) if (typeof turn === "string") texts.push(turn);
    }
  return texts;
}

describe("a message's pieces are read only as far as their service needs", () => {
  const agent = useTestAgent("sqlite");
  const turnOf = () =>
    ({ now: agent().world.context.clock.now(), profile: { timeZone: "Asia/Shanghai" } }) as BrainTurn;

  it("reads a piece's act about time exactly as slot extraction does", async () => {
    const gazetteer = await loadWorldGazetteer(agent().world.context);
    const now = agent().world.context.clock.now();
    // The pieces `serviceOf` decides: those of messages with more than one.
    const all = [...new Set(sayings().flatMap((text) => (pieces(text).length > 1 ? pieces(text) : [])))];
    expect(all.length).toBeGreaterThan(1000);
    const differ = all.filter(
      (text) => laterActOf(text) !== understand(text, { now, gazetteer }).slots.later,
    );
    expect(differ).toEqual([]);
  }, 120_000);

  it("understands only the pieces the words alone do not decide", async () => {
    const gazetteer = await loadWorldGazetteer(agent().world.context);
    const readsOf = (text: string) => {
      const read = pieceReader(turnOf(), gazetteer);
      const seen = new Set<string>();
      const needs = splitNeeds(text, (piece) => {
        seen.add(piece);
        return read(piece);
      });
      return { seen: [...seen], needs: needs.map((need) => need.service) };
    };
    // Before: each of the four pieces read (with the whole message, five understandings a turn).
    expect(readsOf("order two bubble teas, less sugar, to my office, under 40 yuan")).toEqual({
      seen: ["order two bubble teas", ", to my office"],
      needs: ["order"],
    });
    // Punctuation alone asks for nothing: "thanks!" is the whole message and "thanks", not "!".
    expect(readsOf("thanks!")).toEqual({ seen: ["thanks"], needs: ["none"] });
    expect(readsOf("明天杭州天气怎么样？")).toEqual({ seen: ["明天杭州天气怎么样"], needs: ["weather"] });
    // A reminder is known by its words; the ride after it is read (and the reminder read as the
    // place the ride may go, by `rideToWished`).
    expect(readsOf("提醒我明天8点开会，再叫个车去公司")).toEqual({
      seen: ["再叫个车去公司", "提醒我明天8点开会，"],
      needs: ["remind", "ride"],
    });
  });

  it("gives every piece the service it had when each was read in full", async () => {
    const gazetteer = await loadWorldGazetteer(agent().world.context);
    const read = pieceReader(turnOf(), gazetteer);
    expect(["!", "？", "。", "！？", "…", "、"].map((piece) => [piece, read(piece).resolved])).toEqual(
      ["!", "？", "。", "！？", "…", "、"].map((piece) => [piece, "out_of_scope"]),
    );
    expect(["!", "？", "。"].map((piece) => serviceOf(piece, read))).toEqual(["none", "none", "none"]);
  });
});
