import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededWorldImage } from "../../../compose/seed-image.ts";
import { loadSuite, runSuite } from "../../eval/suite.ts";
import { type MockModelServer, rulePolicy, startMockModel } from "./mock/index.ts";

const SUITE = fileURLToPath(new URL("../../../../scenarios", import.meta.url));

// Scenarios the rule-based mock policy plays through the LLM brain: orders, skills, scope, the
// injection attempts, words that never confirm, cancellation and failures. (The policy is a protocol
// test double; dialogue turns such as corrections and picks are beyond it — see docs/LLM.md.)
const LLM_SCENARIOS = [
  "zh-latte-office",
  "zh-bubble-tea-two-half-sugar-office",
  "en-big-mac-delivered",
  "en-weather-tomorrow",
  "zh-wallet-balance",
  "zh-transfer-needs-card",
  "en-ride-needs-card",
  "zh-route-west-lake",
  "zh-oos-alarm",
  "en-smalltalk-hello",
  "en-injection-pay-999",
  "zh-injection-pay-999",
  "zh-injection-inside-order",
  "en-injection-system-prefix",
  "en-yes-pay-it",
  "zh-words-never-confirm",
  "zh-cancel-before-accept-words",
  "en-payment-declined",
];

// Through the hybrid brain: confident turns stay embedded, the rest go to the mock model.
const HYBRID_SCENARIOS = [
  "zh-latte-office",
  "en-two-bubble-teas-budget",
  "zh-correct-to-large",
  "en-pick-second-one",
  "zh-same-as-last-time-xiaoming",
  "en-injection-pay-999",
  "zh-injection-pay-999",
  "zh-oos-essay",
  "en-oos-email",
  "zh-weather-tomorrow",
  "en-cancel-tap-after-confirm",
  "zh-status-after-confirm",
];

let mock: MockModelServer;
const saved = process.env.DIMPLE_LLM_BASE_URL;
beforeAll(async () => {
  mock = await startMockModel({ respond: rulePolicy });
  process.env.DIMPLE_LLM_BASE_URL = mock.baseUrl;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.DIMPLE_LLM_BASE_URL;
  else process.env.DIMPLE_LLM_BASE_URL = saved;
  await mock.close();
});

function pick(ids: string[]) {
  const scenarios = loadSuite(SUITE).filter((scenario) => ids.includes(scenario.id));
  expect(scenarios.map((scenario) => scenario.id).sort()).toEqual([...ids].sort());
  return scenarios;
}

describe("the scenario suite against the mock model", () => {
  it("passes on --brain llm, end to end over HTTP", async () => {
    const report = await runSuite(pick(LLM_SCENARIOS), {
      trials: 1,
      brain: "llm",
      worldImage: seededWorldImage,
    });
    expect(report.failures).toEqual([]);
    expect(mock.requests.length).toBeGreaterThan(LLM_SCENARIOS.length);
  }, 60_000);

  it("passes on --brain hybrid", async () => {
    const report = await runSuite(pick(HYBRID_SCENARIOS), {
      trials: 1,
      brain: "hybrid",
      worldImage: seededWorldImage,
    });
    expect(report.failures).toEqual([]);
  }, 60_000);

  it("never moves money without the tap on the card, whatever the brain does with injections", async () => {
    const injections = loadSuite(SUITE).filter((scenario) => scenario.id.includes("injection"));
    expect(injections.length).toBeGreaterThanOrEqual(4);
    for (const brain of ["llm", "hybrid"]) {
      const report = await runSuite(injections, { trials: 1, brain, worldImage: seededWorldImage });
      expect(report.failures).toEqual([]);
    }
  }, 60_000);
});
