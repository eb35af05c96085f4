import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LlmBrain } from "../llm/brain.ts";
import { parseLlmConfig } from "../llm/config.ts";
import { type MockModelServer, type MockStep, scripted, startMockModel } from "../llm/mock/index.ts";
import { OpenAiChatModel } from "../llm/openai-model.ts";
import { testTurn } from "../llm/testing.ts";
import { UsageMeter } from "../llm/usage-meter.ts";
import { ScriptedBrain } from "../scripted.ts";
import { HybridBrain } from "./brain.ts";

let mock: MockModelServer;
beforeAll(async () => {
  mock = await startMockModel({ respond: scripted([]) });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const embedded = new ScriptedBrain([
  { match: /./u, decide: (turn) => ({ type: "reply", text: `embedded: ${turn.text}`, state: turn.state }) },
]);

function hybrid(steps: MockStep[], baseUrl = mock.baseUrl, llmTimeoutMs = 2_000) {
  mock.respondWith(scripted(steps));
  const config = parseLlmConfig({ baseUrl, model: "mock", backoffMs: 5, maxRetries: 1 });
  const llm = new LlmBrain({
    model: new OpenAiChatModel({ ...config, baseUrl }),
    timeoutMs: config.timeoutMs,
    maxRounds: config.maxRounds,
    meter: new UsageMeter(),
  });
  return new HybridBrain(embedded, llm, { llmTimeoutMs });
}

describe("HybridBrain", () => {
  it("keeps confident, in-scope turns on the embedded brain without calling the model", async () => {
    const { decision, trace } = await hybrid([]).decide(testTurn("明天杭州天气怎么样"));
    expect(decision).toMatchObject({ type: "reply", text: "embedded: 明天杭州天气怎么样" });
    expect(trace.brain).toBe("hybrid:embedded");
    expect(mock.requests).toHaveLength(0);
  });

  it("keeps the embedded brain's own question with it", async () => {
    const turn = testTurn("要第二个", { state: { awaiting: { intent: "order_delivery", slot: "item" } } });
    const { trace } = await hybrid([]).decide(turn);
    expect(trace.brain).toBe("hybrid:embedded");
  });

  it("sends out-of-scope and unsure turns to the model", async () => {
    const { decision, trace } = await hybrid([{ type: "message", content: "抱歉，这个我做不了。" }]).decide(
      testTurn("帮我写一篇800字的作文"),
    );
    expect(decision).toMatchObject({ type: "reply", text: "抱歉，这个我做不了。" });
    expect(trace.brain).toBe("hybrid:llm");
    expect(trace.tokens?.prompt).toBeGreaterThan(0);
  });

  it("falls back to the embedded brain and says so when the model is down", async () => {
    const closed = await startMockModel({ respond: scripted([]) });
    const deadUrl = closed.baseUrl;
    await closed.close();
    const { decision, trace } = await hybrid([], deadUrl).decide(testTurn("帮我写一篇800字的作文"));
    expect(trace.brain).toBe("hybrid:fallback");
    expect(decision.type === "reply" && decision.text).toMatch(
      /^（大模型暂时不可用，这次由本地助手回答。）embedded: /u,
    );
  });

  it("falls back when the model is too slow", async () => {
    const started = performance.now();
    const { decision } = await hybrid(
      [{ type: "delay", ms: 3_000, answer: { type: "message", content: "late" } }],
      mock.baseUrl,
      200,
    ).decide(testTurn("write me a poem about the sea"));
    expect(decision.type === "reply" && decision.text).toMatch(
      /^\(The large model is unavailable right now.*\) embedded: /u,
    );
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it("falls back when the model sends garbage", async () => {
    const { decision, trace } = await hybrid([{ type: "garbage" }]).decide(
      testTurn("write me a poem about the sea"),
    );
    expect(trace.brain).toBe("hybrid:fallback");
    expect(decision.type === "reply" && decision.text).toContain("answer was unusable");
  });

  it("passes a refusal through as the model's answer", async () => {
    const { decision, trace } = await hybrid([{ type: "message", refusal: "I won't do that." }]).decide(
      testTurn("write me a poem about the sea"),
    );
    expect(trace.brain).toBe("hybrid:llm");
    expect(decision).toMatchObject({ type: "reply", text: "I won't do that." });
  });
});
