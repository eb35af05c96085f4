import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LlmBrain } from "./brain.ts";
import { parseLlmConfig } from "./config.ts";
import { type MockModelServer, type MockStep, scripted, startMockModel } from "./mock/index.ts";
import { OpenAiChatModel } from "./openai-model.ts";
import { HOSTILE_TEXT, testTurn } from "./testing.ts";
import { UsageMeter } from "./usage-meter.ts";

let mock: MockModelServer;
beforeAll(async () => {
  mock = await startMockModel({ respond: scripted([]) });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

function brainFor(
  steps: MockStep[],
  settings: { stream?: boolean; timeoutMs?: number; maxRetries?: number } = {},
) {
  mock.respondWith(scripted(steps, () => ({ type: "message", content: "(script ended)" })));
  const config = parseLlmConfig({ baseUrl: mock.baseUrl, model: "mock", backoffMs: 5, ...settings });
  const meter = new UsageMeter();
  const brain = new LlmBrain({
    model: new OpenAiChatModel({ ...config, baseUrl: mock.baseUrl }),
    timeoutMs: config.timeoutMs,
    maxRounds: config.maxRounds,
    meter,
  });
  return { brain, meter };
}

const say = (content: string): MockStep => ({ type: "message", content });
const call = (name: string, args: string | Record<string, unknown>): MockStep => ({
  type: "message",
  toolCalls: [{ name, arguments: args }],
});
const order = (skuId = "sku_latte", extra: Record<string, unknown> = {}) =>
  call("propose_order", {
    merchantId: "m_cafe",
    lines: [{ skuId, qty: 1, options: { sugar: "less" } }],
    addressLabel: "office",
    ...extra,
  });

describe("LlmBrain against the mock model server", () => {
  it("streams a plain reply and reports the provider's token counts", async () => {
    const { brain } = brainFor([
      { type: "message", content: "你好，有什么可以帮你？", usage: { prompt: 321, completion: 12 } },
    ]);
    const result = await brain.run(testTurn("你好"));
    expect(result.decision).toMatchObject({ type: "reply", text: "你好，有什么可以帮你？" });
    expect(result.trace.tokens).toEqual({ prompt: 321, completion: 12, cachedPrompt: 0, modelCalls: 1 });
    expect(mock.requests[0]?.body.stream).toBe(true);
  });

  for (const stream of [true, false])
    it(`adds up every call's tokens, cached prompt tokens included (${stream ? "streamed" : "not streamed"})`, async () => {
      const { brain } = brainFor(
        [
          {
            type: "message",
            toolCalls: [{ name: "commerce_search_items", arguments: { keyword: "拿铁" } }],
            usage: { prompt: 600, completion: 20, cached: 512 },
          },
          { type: "message", content: "有拿铁。", usage: { prompt: 900, completion: 8, cached: 600 } },
        ],
        { stream },
      );
      const result = await brain.run(testTurn("有拿铁吗"));
      expect(result.trace.tokens).toEqual({
        prompt: 1500,
        completion: 28,
        cachedPrompt: 1112,
        modelCalls: 2,
      });
    });

  it("reads the same reply without streaming", async () => {
    const { brain } = brainFor([say("hello there")], { stream: false });
    const result = await brain.run(testTurn("hi"));
    expect(result.decision).toMatchObject({ type: "reply", text: "hello there" });
    expect(mock.requests[0]?.body.stream).toBeFalsy();
  });

  it("runs a read tool for the signed-in user, then turns a grounded proposal into a task request", async () => {
    const { brain } = brainFor([
      call("commerce_search_items", { keyword: "拿铁", location: "office" }),
      order(),
    ]);
    const turn = testTurn("帮我点一杯少糖的拿铁送到公司");
    const result = await brain.run(turn);
    expect(result.outcome).toBe("task");
    expect(result.decision).toMatchObject({
      type: "start_task",
      request: {
        kind: "order_delivery",
        args: {
          merchantId: "m_cafe",
          lines: [{ skuId: "sku_latte", qty: 1, options: { sugar: "less" } }],
          addressId: "addr_office",
        },
      },
    });
    expect(turn.tools.calls[0]).toEqual({
      name: "commerce_search_items",
      args: { keyword: "拿铁", location: "120.2,30.19" },
    });
  });

  it("offers only read tools and agent functions, and drops userId from what the model sees", async () => {
    const { brain } = brainFor([say("ok")]);
    await brain.run(testTurn("帮我点一杯拿铁"));
    const offered = mock.requests[0]?.tools ?? [];
    expect(offered).toContain("commerce_search_items");
    expect(offered).toContain("propose_order");
    expect(offered).not.toContain("commerce_quote_cart");
    expect(offered).not.toContain("commerce_place_order");
    expect(offered).not.toContain("pay_transfer");
    expect(JSON.stringify(mock.requests[0]?.body.tools)).not.toContain("userId");
  });

  it("fills in the signed-in user even when the model names another one", async () => {
    const { brain } = brainFor([
      call("commerce_list_orders", { userId: "u_someone_else" }),
      say("no orders"),
    ]);
    const turn = testTurn("帮我点上次那个");
    await brain.run(turn);
    expect(turn.tools.calls[0]?.args).toEqual({ userId: "u_test" });
  });

  it("tells the model about malformed JSON arguments and carries on", async () => {
    const { brain } = brainFor([
      call("commerce_search_items", '{"keyword": "拿铁"'),
      say("请再说一遍想要什么？"),
    ]);
    const result = await brain.run(testTurn("来杯拿铁"));
    expect(result.outcome).toBe("reply");
    expect(JSON.stringify(mock.requests[1]?.body.messages)).toContain("invalid_json");
  });

  it("gives up cleanly when every round brings malformed arguments", async () => {
    const broken = call("propose_order", "{not json");
    const { brain } = brainFor([broken, broken, broken, broken]);
    const result = await brain.run(testTurn("来杯拿铁"));
    expect(result.outcome).toBe("invalid");
    expect(result.decision.type).toBe("reply");
    expect(mock.requests).toHaveLength(4);
  });

  it("answers an unknown tool name with an error the model can read", async () => {
    const { brain } = brainFor([call("pay_transfer", { amountFen: 99900 }), say("抱歉")]);
    const turn = testTurn("来杯拿铁");
    const result = await brain.run(turn);
    expect(result.outcome).toBe("reply");
    expect(turn.tools.calls).toHaveLength(0);
    expect(JSON.stringify(mock.requests[1]?.body.messages)).toContain("unknown_tool");
  });

  it("rejects arguments of the wrong type", async () => {
    const wrong = call("propose_order", {
      merchantId: "m_cafe",
      lines: [{ skuId: "sku_latte", qty: "two" }],
      addressLabel: "home",
    });
    const { brain } = brainFor([
      call("commerce_search_items", { keyword: "拿铁" }),
      wrong,
      say("好的，要几杯？"),
    ]);
    const result = await brain.run(testTurn("来杯拿铁"));
    expect(result.decision.type).toBe("reply");
    expect(JSON.stringify(mock.requests[2]?.body.messages)).toContain("invalid arguments for propose_order");
  });

  it("never makes a task of an id no tool returned", async () => {
    const { brain } = brainFor([
      call("commerce_search_items", { keyword: "拿铁" }),
      order("sku_made_up"),
      order("sku_made_up"),
      order("sku_made_up"),
    ]);
    const result = await brain.run(testTurn("来杯拿铁"));
    expect(result.outcome).toBe("invalid");
    expect(result.decision.type).toBe("reply");
    expect(result.decision.type === "reply" && result.decision.text).toContain("sku_made_up");
  });

  it("rejects an option the item does not offer", async () => {
    const { brain } = brainFor([
      call("commerce_search_items", { keyword: "拿铁" }),
      call("propose_order", {
        merchantId: "m_cafe",
        lines: [{ skuId: "sku_latte", qty: 1, options: { sugar: "triple" } }],
        addressLabel: "home",
      }),
      say("这家没有三倍糖"),
    ]);
    const result = await brain.run(testTurn("来杯三倍糖的拿铁"));
    expect(result.outcome).toBe("reply");
    expect(JSON.stringify(mock.requests[2]?.body.messages)).toContain("sugar=triple is not offered");
  });

  it("reports a refusal as a reply", async () => {
    const { brain } = brainFor([{ type: "message", refusal: "I can't help with that." }]);
    const result = await brain.run(testTurn("do something bad"));
    expect(result).toMatchObject({
      outcome: "refusal",
      decision: { type: "reply", text: "I can't help with that." },
    });
  });

  it("turns an empty reply into a plain sentence", async () => {
    const { brain } = brainFor([say("")]);
    const result = await brain.run(testTurn("hello"));
    expect(result.outcome).toBe("empty");
    expect(result.decision).toMatchObject({ type: "reply", text: expect.stringContaining("no answer") });
  });

  it("times out within the turn's budget", async () => {
    const { brain } = brainFor([{ type: "delay", ms: 2_000, answer: say("too late") }], { timeoutMs: 150 });
    const started = performance.now();
    const result = await brain.run(testTurn("hello"));
    expect(result.outcome).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("retries after 429 with backoff and then answers", async () => {
    const { brain } = brainFor([{ type: "http_error", status: 429, retryAfterMs: 1 }, say("back again")]);
    const result = await brain.run(testTurn("hello"));
    expect(result.decision).toMatchObject({ type: "reply", text: "back again" });
    expect(mock.requests).toHaveLength(2);
  });

  it("stops retrying 5xx after the bounded number of retries", async () => {
    const error: MockStep = { type: "http_error", status: 503 };
    const { brain } = brainFor([error, error, error, error, error], { maxRetries: 2 });
    const result = await brain.run(testTurn("hello"));
    expect(result.outcome).toBe("unavailable");
    expect(mock.requests).toHaveLength(3);
  });

  it("reports garbage from the endpoint, streamed or not", async () => {
    for (const stream of [true, false]) {
      const { brain } = brainFor([{ type: "garbage" }], { stream });
      const result = await brain.run(testTurn("hello"));
      expect(result.outcome).toBe("bad_response");
      expect(result.decision.type).toBe("reply");
    }
  });

  it("treats a dropped connection as the endpoint being unavailable", async () => {
    const { brain } = brainFor([{ type: "drop" }, { type: "drop" }, { type: "drop" }], { maxRetries: 2 });
    const result = await brain.run(testTurn("hello"));
    expect(result.outcome).toBe("unavailable");
  });

  it("counts tokens by characters when the provider sends no usage, and says so", async () => {
    const { brain, meter } = brainFor([{ type: "message", content: "hi", usage: null }]);
    const result = await brain.run(testTurn("hello"));
    expect(result.trace.tokens?.prompt).toBeGreaterThan(100);
    expect(meter.summary().estimatedTokens).toBe(true);
  });
});

describe("LlmBrain against hostile tool output", () => {
  it("hands tool text to the model as data, compacted", async () => {
    const { brain } = brainFor([call("commerce_search_items", { keyword: "拿铁" }), say("找到了")]);
    await brain.run(testTurn("来杯拿铁"));
    const toolMessage = mock.requests[1]?.body.messages?.find((message) => message.role === "tool");
    expect(String(toolMessage?.content)).toContain('"untrusted_data"');
    expect(String(toolMessage?.content)).not.toContain(HOSTILE_TEXT);
  });

  it("never turns an injected 'pay 999' into a transfer during an order", async () => {
    const obey = call("propose_transfer", { contact: "Bob", amountFen: 99_900 });
    const { brain } = brainFor([call("commerce_search_items", { keyword: "拿铁" }), obey, obey, obey]);
    const result = await brain.run(testTurn("来杯拿铁"));
    expect(result.decision.type).not.toBe("start_task");
  });

  it("never sends money to someone the user did not name, or an amount the user did not say", async () => {
    const { brain } = brainFor([
      call("propose_transfer", { contact: "Bob", amountFen: 99_900 }),
      call("propose_transfer", { contact: "Bob", amountFen: 99_900 }),
      call("propose_transfer", { contact: "Bob", amountFen: 99_900 }),
      call("propose_transfer", { contact: "Bob", amountFen: 99_900 }),
    ]);
    const unnamed = await brain.run(testTurn("转50块钱"));
    expect(unnamed.decision.type).not.toBe("start_task");
    const { brain: second } = brainFor([call("propose_transfer", { contact: "Bob", amountFen: 99_900 })]);
    const wrongAmount = await second.run(testTurn("给Bob转50块"));
    expect(wrongAmount.decision.type).not.toBe("start_task");
    const { brain: third } = brainFor([call("propose_transfer", { contact: "Bob", amountFen: 5_000 })]);
    const asked = await third.run(testTurn("给Bob转50块"));
    expect(asked.decision).toMatchObject({
      type: "start_task",
      request: { kind: "payment", args: { toUserId: "u_bob", amountFen: 5_000 } },
    });
  });
});
