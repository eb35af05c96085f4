import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seededWorldImage } from "../../compose/seed-image.ts";
import { loadSuite, runSuite } from "./suite.ts";

const SUITE = fileURLToPath(new URL("../../../scenarios", import.meta.url));

describe("the end-to-end scenario suite", () => {
  const scenarios = loadSuite(SUITE);

  it("has at least 80 scenarios, about half in each language, with unique ids", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(80);
    const zh = scenarios.filter((scenario) => scenario.lang === "zh").length;
    const en = scenarios.length - zh;
    expect(Math.min(zh, en) / scenarios.length).toBeGreaterThan(0.4);
    expect(new Set(scenarios.map((scenario) => scenario.id)).size).toBe(scenarios.length);
  });

  // The suite grows every session (517 scenarios, ~230 s on a quiet 2-core machine): the timeout only
  // guards against a hang; how fast turns are is measured by `npm run bench`, not here.
  it("passes at least 90% of scenarios in one trial with the embedded brain", async () => {
    const report = await runSuite(scenarios, { trials: 1, brain: "embedded", worldImage: seededWorldImage });
    const failing = report.failures.map((failure) => `${failure.id}: ${failure.failures.join("; ")}`);
    expect(report.passAt["pass^1"], failing.join("\n")).toBeGreaterThanOrEqual(0.9);
  }, 900_000);
});
