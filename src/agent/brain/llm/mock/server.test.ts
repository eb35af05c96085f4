import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rulePolicy } from "./policy.ts";
import { type MockModelServer, startMockModel } from "./server.ts";
import { scripted } from "./steps.ts";

let mock: MockModelServer;
let client: OpenAI;
beforeAll(async () => {
  mock = await startMockModel({ respond: scripted([]) });
  client = new OpenAI({ baseURL: mock.baseUrl, apiKey: "test", maxRetries: 0, logLevel: "off" });
});
afterAll(() => mock.close());

describe("the mock model server", () => {
  it("lists its model", async () => {
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual(["dimple-mock"]);
  });

  it("streams text and tool-call fragments the SDK reassembles", async () => {
    mock.respondWith(
      scripted([
        {
          type: "message",
          content: "looking it up",
          toolCalls: [{ name: "maps_weather", arguments: { city: "杭州" } }],
        },
      ]),
    );
    const stream = await client.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "weather?" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let args = "";
    let usage = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? "";
      usage += chunk.usage?.prompt_tokens ?? 0;
    }
    expect(text).toBe("looking it up");
    expect(JSON.parse(args)).toEqual({ city: "杭州" });
    expect(usage).toBeGreaterThan(0);
  });

  it("answers with the scripted HTTP error and Retry-After", async () => {
    mock.respondWith(scripted([{ type: "http_error", status: 429, retryAfterMs: 7 }]));
    const error = await client.chat.completions
      .create({ model: "m", messages: [{ role: "user", content: "hi" }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.APIError>).headers?.get("retry-after-ms")).toBe("7");
  });

  it("records each request with its size and offered tools", async () => {
    mock.requests.length = 0;
    mock.respondWith(scripted([]));
    await client.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "hi" }],
      tools: [{ type: "function", function: { name: "maps_weather", parameters: { type: "object" } } }],
    });
    expect(mock.requests[0]).toMatchObject({ tools: ["maps_weather"], path: "/v1/chat/completions" });
    expect(mock.requests[0]?.approxTokens).toBeGreaterThan(0);
  });
});

describe("the rule-based policy", () => {
  const body = (user: string, tools: string[], extra: Record<string, unknown>[] = []) => ({
    messages: [{ role: "system", content: "sys" }, { role: "user", content: user }, ...extra] as never,
    tools: tools.map((name) => ({ type: "function", function: { name } })),
  });

  it("searches before it proposes an order, and proposes only what the search returned", () => {
    const first = rulePolicy(body("来两杯少糖的奶茶送到公司", ["commerce_search_items", "propose_order"]));
    expect(first).toMatchObject({
      toolCalls: [{ name: "commerce_search_items", arguments: { keyword: "奶茶", location: "office" } }],
    });
    const result = {
      untrusted_data: {
        items: [{ skuId: "sku_1", merchantId: "m_1", inStock: true, options: { sugar: "standard*|less" } }],
      },
    };
    const second = rulePolicy(
      body(
        "来两杯少糖的奶茶送到公司",
        ["commerce_search_items", "propose_order"],
        [
          {
            role: "assistant",
            tool_calls: [{ id: "c1", function: { name: "commerce_search_items", arguments: "{}" } }],
          },
          { role: "tool", tool_call_id: "c1", content: JSON.stringify(result) },
        ],
      ),
    );
    expect(second).toMatchObject({
      toolCalls: [
        {
          name: "propose_order",
          arguments: {
            merchantId: "m_1",
            lines: [{ skuId: "sku_1", qty: 2, options: { sugar: "less" } }],
            addressLabel: "office",
          },
        },
      ],
    });
  });

  it("says plainly what it cannot do when no tool fits", () => {
    expect(rulePolicy(body("帮我订机票", []))).toMatchObject({ content: expect.stringContaining("做不了") });
  });
});
