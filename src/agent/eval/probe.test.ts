import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seededWorldImage } from "../../compose/seed-image.ts";
import type { ConversationState } from "./play.ts";
import { inLanguage, judgeProbe, Probe } from "./probe.ts";
import { loadProbes, runProbes } from "./probe-suite.ts";

const probeFolder = fileURLToPath(new URL("../../../data/probes", import.meta.url));

function state(overrides: Partial<ConversationState>): ConversationState {
  return {
    tasks: [],
    addresses: {},
    replies: [],
    reply: "",
    lastReply: "",
    lastTurnReplies: "",
    notifications: "",
    walletFen: 0,
    walletDeltaFen: 0,
    ledgerOk: true,
    ...overrides,
  };
}

const ride = Probe.parse({
  id: "zh-ride-test",
  lang: "zh",
  intent: "ride",
  turns: ["叫个车去杭州东站"],
  expect: { task: { kind: "ride_hail", address: "杭州东站" } },
});

describe("judging a probe", () => {
  it("passes a card of the expected kind, status and destination, with a Chinese reply", () => {
    const final = state({
      lastTurnReplies: "快车从家到杭州东站",
      tasks: [
        {
          taskId: "t1",
          kind: "ride_hail",
          status: "awaiting_confirmation",
          title: "",
          lines: [],
          quote: { merchant: "快车", lines: [], totalFen: 100, cartHash: "h", address: "杭州东站" },
        },
      ],
    });
    expect(judgeProbe(ride, final)).toEqual([]);
  });

  it("fails when no task of the kind was made, naming what was made instead", () => {
    expect(judgeProbe(ride, state({ lastTurnReplies: "想去哪里？" }))[0]).toContain("no ride_hail task");
  });

  it("fails an English reply to a Chinese request", () => {
    const failures = judgeProbe(
      Probe.parse({ ...ride, expect: { noTask: true } }),
      state({ lastTurnReplies: "Where to?" }),
    );
    expect(failures).toEqual([expect.stringContaining("reply not in zh")]);
  });

  it("passes when any one alternative holds, and fails when none does", () => {
    const probe = Probe.parse({
      ...ride,
      expect: { anyOf: [{ task: { kind: "ride_hail" } }, { noTask: true, reply: ["去哪"] }] },
    });
    expect(judgeProbe(probe, state({ lastTurnReplies: "你要去哪？" }))).toEqual([]);
    expect(judgeProbe(probe, state({ lastTurnReplies: "好的" }))[0]).toContain("none of");
  });

  it("reads an English reply that names a Chinese place as English", () => {
    expect(inLanguage("Express from home to 杭州东站: about 16 km", "en")).toBe(true);
    expect(inLanguage("快车从家到杭州东站", "en")).toBe(false);
  });
});

describe("the held-out probe set", () => {
  const probes = loadProbes(probeFolder);

  it("holds at least 300 probes, half in each language, with unique ids", () => {
    expect(probes.length).toBeGreaterThanOrEqual(300);
    expect(probes.filter((probe) => probe.lang === "zh").length).toBe(
      probes.filter((probe) => probe.lang === "en").length,
    );
  });

  it("plays a slice through the real agent: right outcomes pass, a wrong amount fails", async () => {
    const slice = ["zh-balance-01", "en-pay-01", "zh-smalltalk-02"].map((id) => {
      const probe = probes.find((candidate) => candidate.id === id);
      if (!probe) throw new Error(`no probe ${id}`);
      return probe;
    });
    const wrongAmount = Probe.parse({
      ...slice[1],
      id: "en-pay-wrong",
      expect: { task: { kind: "payment", totalFen: 5001 } },
    });
    const report = await runProbes([...slice, wrongAmount], {
      brain: "embedded",
      worldImage: seededWorldImage,
    });
    expect(report.failures.map((failure) => failure.id)).toEqual(["en-pay-wrong"]);
    expect(report.byIntent.transfer?.en).toEqual({ n: 2, passed: 1, passRate: 0.5 });
  }, 60_000);
});
