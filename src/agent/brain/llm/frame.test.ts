import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgentEvent, TaskEvent } from "../../events.ts";
import { useTestAgent } from "../../testing.ts";
import { loadWorldGazetteer } from "../embedded/world-gazetteer.ts";
import { LlmBrain } from "./brain.ts";
import { parseLlmConfig } from "./config.ts";
import { type ChatRequestBody, type MockModelServer, type MockStep, startMockModel } from "./mock/index.ts";
import { viewRequest } from "./mock/request-view.ts";
import { OpenAiChatModel } from "./openai-model.ts";
import { UsageMeter } from "./usage-meter.ts";

/**
 * A model that reads requests too simply: it looks up lattes and proposes one, whatever count,
 * budget or time the user gave.
 */
function simplifyingModel(body: ChatRequestBody): MockStep {
  const view = viewRequest(body);
  const search = view.results.find((result) => result.name === "commerce_search_items");
  if (!search)
    return {
      type: "message",
      toolCalls: [
        {
          name: "commerce_search_items",
          arguments: { keyword: view.lang === "zh" ? "拿铁" : "latte", location: "office" },
        },
      ],
    };
  const item = (search.data?.items as { skuId: string; merchantId: string }[] | undefined)?.[0];
  return {
    type: "message",
    toolCalls: [
      {
        name: "propose_order",
        arguments: {
          merchantId: item?.merchantId,
          lines: [{ skuId: item?.skuId, qty: 1 }],
          addressLabel: "office",
        },
      },
    ],
  };
}

let mock: MockModelServer;
beforeAll(async () => {
  mock = await startMockModel({ respond: simplifyingModel });
});
afterAll(() => mock.close());

const agent = useTestAgent("sqlite", {
  brain: async (world) => {
    const config = parseLlmConfig({ baseUrl: mock.baseUrl, model: "mock" });
    return new LlmBrain({
      model: new OpenAiChatModel({ ...config, baseUrl: mock.baseUrl }),
      timeoutMs: config.timeoutMs,
      maxRounds: 4,
      meter: new UsageMeter(),
      gazetteer: await loadWorldGazetteer(world.context),
    });
  },
});

async function say(text: string, lang: "zh" | "en") {
  const session = await agent().sessions.create("u_xiaoming", lang);
  const events = await agent().conversation.message("u_xiaoming", session.id, text);
  const task = events.find((event): event is TaskEvent => event.type === "task");
  const reply = events
    .filter((event): event is Extract<AgentEvent, { type: "reply" }> => event.type === "reply")
    .map((event) => event.text)
    .join("\n");
  return { task, reply };
}

describe("the LLM brain's proposals are checked against the user's words", () => {
  it("makes the card when the proposal is what was asked", async () => {
    const { task } = await say("帮我点一杯拿铁送到公司", "zh");
    expect(task).toMatchObject({ kind: "order_delivery", status: "awaiting_confirmation" });
    expect(task?.quote?.notes).toBeUndefined();
  });

  it("withholds a card that drops the count the user said, and says so (zh)", async () => {
    const { task, reply } = await say("帮我点3杯拿铁送到公司", "zh");
    expect(task).toMatchObject({ status: "failed", error: { code: "card_differs" } });
    expect(reply).toContain("你要 3 份");
    expect(reply).toContain("卡片上是 1 份");
  });

  it("withholds a card that drops the count the user said, and says so (en)", async () => {
    const { task, reply } = await say("Four lattes to my office please", "en");
    expect(task).toMatchObject({ status: "failed", error: { code: "card_differs" } });
    expect(reply).toMatch(/you asked for 4 × .*the card has 1/u);
  });

  it("names a budget the proposal does not keep, above the total (en)", async () => {
    const { task, reply } = await say("A latte to my office, no more than 3 yuan", "en");
    expect(task?.status).toBe("awaiting_confirmation");
    expect(task?.quote?.notes?.[0]?.en).toMatch(/over your ¥3\.00 budget/u);
    expect(reply).toMatch(/Please note: .*over your ¥3\.00 budget/u);
  });

  it("withholds a delivery the user wanted later that the proposal makes now (zh)", async () => {
    const { task, reply } = await say("明天下午3点送一杯拿铁到公司", "zh");
    expect(task).toMatchObject({ status: "failed", error: { code: "card_differs" } });
    expect(reply).toContain("明天");
  });
});
