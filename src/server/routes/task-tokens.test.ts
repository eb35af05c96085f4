import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrain } from "../../agent/brain/index.ts";
import { parseLlmConfig } from "../../agent/brain/llm/config.ts";
import {
  type ChatRequestBody,
  type MockModelServer,
  type MockStep,
  startMockModel,
} from "../../agent/brain/llm/mock/index.ts";
import { viewRequest } from "../../agent/brain/llm/mock/request-view.ts";
import type { TaskEvent } from "../../agent/events.ts";
import { createAgent } from "../../agent/runtime.ts";
import { ChatRunner } from "../../agent/session/script-runner.ts";
import { seededTestDatabase } from "../../ecosystem/world/test-cache.ts";
import { createWorld, type World } from "../../ecosystem/world/world.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import { buildServer } from "../app.ts";
import { loginToken } from "../login-for-tests.ts";

type Usage = { prompt: number; completion: number; cached: number };

/**
 * A model that shops for a latte: it searches, then proposes the first hit (`qty` of it, replacing
 * `replaces` when set). Each answer reports the next usage from `usages`, and what it reported is
 * kept in `reported`, so a test can add up exactly what the provider billed.
 */
class LatteShopper {
  qty = 1;
  replaces: string | undefined;
  readonly reported: Usage[] = [];
  constructor(private readonly usages: Usage[]) {}

  readonly respond = (body: ChatRequestBody): MockStep => {
    const usage = this.usages.shift();
    if (!usage) throw new Error("the test ran out of scripted usages");
    this.reported.push(usage);
    const view = viewRequest(body);
    const search = view.results.find((result) => result.name === "commerce_search_items");
    if (!search)
      return {
        type: "message",
        usage,
        toolCalls: [{ name: "commerce_search_items", arguments: { keyword: "拿铁", location: "office" } }],
      };
    const item = (search.data?.items as { skuId: string; merchantId: string }[] | undefined)?.[0];
    return {
      type: "message",
      usage,
      toolCalls: [
        {
          name: "propose_order",
          arguments: {
            merchantId: item?.merchantId,
            lines: [{ skuId: item?.skuId, qty: this.qty }],
            addressLabel: "office",
            ...(this.replaces ? { replacesTaskId: this.replaces } : {}),
          },
        },
      ],
    };
  };
}

const sum = (usages: Usage[]) => ({
  prompt: usages.reduce((total, usage) => total + usage.prompt, 0),
  completion: usages.reduce((total, usage) => total + usage.completion, 0),
  cachedPrompt: usages.reduce((total, usage) => total + usage.cached, 0),
  modelCalls: usages.length,
});

/** A seeded world, an agent on `brain` against the mock model, and the HTTP API over it. */
function useApi(brain: "llm" | "hybrid") {
  const handle = {} as { app: FastifyInstance; world: World; mock: MockModelServer; token: string };
  beforeAll(async () => {
    handle.mock = await startMockModel({ respond: () => ({ type: "message", content: "ok" }) });
    handle.world = await createWorld({
      db: await seededTestDatabase("sqlite", 7),
      seed: 7,
      clock: new SimulatedClock(),
    });
    const config = parseLlmConfig({ baseUrl: handle.mock.baseUrl, model: "mock", maxRetries: 0 });
    const agent = createAgent({
      world: handle.world,
      brain: await createBrain(brain, handle.world.context, config),
    });
    handle.app = await buildServer({ agent });
    handle.token = await loginToken(handle.app, "xiaoming");
  });
  afterAll(async () => {
    await handle.app.close();
    await handle.world.close();
    await handle.mock.close();
  });
  const headers = () => ({ authorization: `Bearer ${handle.token}` });
  return {
    handle,
    async session(): Promise<string> {
      const response = await handle.app.inject({
        method: "POST",
        url: "/api/sessions",
        headers: headers(),
        payload: { lang: "zh" },
      });
      return response.json().sessionId;
    },
    async say(sessionId: string, text: string): Promise<TaskEvent[]> {
      const response = await handle.app.inject({
        method: "POST",
        url: `/api/sessions/${sessionId}/messages`,
        headers: headers(),
        payload: { text },
      });
      expect(response.statusCode).toBe(200);
      return (response.json().events as { type: string }[]).filter(
        (event): event is TaskEvent => event.type === "task",
      );
    },
    async task(taskId: string) {
      const response = await handle.app.inject({
        method: "GET",
        url: `/api/tasks/${taskId}`,
        headers: headers(),
      });
      expect(response.statusCode).toBe(200);
      return response.json();
    },
  };
}

describe("tokens per task on --brain llm", () => {
  const api = useApi("llm");

  it("adds every model call of the turns that create and then correct a card to that card", async () => {
    const shopper = new LatteShopper([
      { prompt: 512, completion: 21, cached: 0 },
      { prompt: 803, completion: 37, cached: 384 },
      { prompt: 655, completion: 19, cached: 512 },
      { prompt: 947, completion: 43, cached: 640 },
    ]);
    api.handle.mock.respondWith(shopper.respond);
    const sessionId = await api.session();

    const [first] = await api.say(sessionId, "帮我点一杯拿铁送到公司");
    expect(first).toMatchObject({ kind: "order_delivery", status: "awaiting_confirmation" });
    const firstTurn = shopper.reported.slice(0, 2);
    expect((await api.task(first?.taskId as string)).tokens).toEqual({
      ...sum(firstTurn),
      modelTurns: 1,
      estimated: false,
    });

    shopper.qty = 2;
    shopper.replaces = first?.taskId;
    const secondEvents = await api.say(sessionId, "改成两杯拿铁");
    const replaced = secondEvents.find((event) => event.taskId === first?.taskId);
    const second = secondEvents.find((event) => event.taskId !== first?.taskId);
    expect(replaced?.status).toBe("cancelled");
    expect(second).toMatchObject({ kind: "order_delivery", status: "awaiting_confirmation" });
    expect(second?.quote?.lines[0]?.qty).toBe(2);

    // The corrected card carries both turns: exactly the usage the mock reported, call by call.
    expect(shopper.reported).toHaveLength(4);
    const body = await api.task(second?.taskId as string);
    expect(body).toMatchObject({ taskId: second?.taskId, status: "awaiting_confirmation" });
    expect(body.tokens).toEqual({ ...sum(shopper.reported), modelTurns: 2, estimated: false });
    // The card it replaced keeps its own turn, and says where its tokens went.
    expect((await api.task(first?.taskId as string)).tokens).toEqual({
      ...sum(firstTurn),
      modelTurns: 1,
      estimated: false,
      replacedBy: second?.taskId,
    });
  });

  it("adds a turn that asks about a task's order to that task", async () => {
    const shopper = new LatteShopper([
      { prompt: 300, completion: 9, cached: 0 },
      { prompt: 420, completion: 31, cached: 128 },
    ]);
    api.handle.mock.respondWith(shopper.respond);
    const sessionId = await api.session();
    const [card] = await api.say(sessionId, "帮我点一杯拿铁送到公司");
    const confirm = await api.handle.app.inject({
      method: "POST",
      url: `/api/tasks/${card?.taskId}/confirm`,
      headers: { authorization: `Bearer ${api.handle.token}` },
      payload: { cartHash: card?.quote?.cartHash },
    });
    expect(confirm.statusCode).toBe(200);
    const { orderId } = await api.task(card?.taskId as string);
    expect(orderId).toMatch(/^ord_/u);

    const lookup: Usage[] = [
      { prompt: 510, completion: 14, cached: 384 },
      { prompt: 700, completion: 22, cached: 384 },
    ];
    api.handle.mock.respondWith((body) => {
      const usage = lookup[viewRequest(body).results.length] as Usage;
      return viewRequest(body).results.length === 0
        ? { type: "message", usage, toolCalls: [{ name: "commerce_get_order", arguments: { orderId } }] }
        : { type: "message", usage, content: "你的拿铁正在准备中。" };
    });
    const events = await api.say(sessionId, "我的拿铁到哪了");
    expect(events).toEqual([]);
    const toolResult = api.handle.mock.requests
      .at(-1)
      ?.body.messages?.find((message) => message.role === "tool");
    expect(String(toolResult?.content)).toContain(`"orderId":"${orderId}"`);
    expect((await api.task(card?.taskId as string)).tokens).toEqual({
      ...sum([...shopper.reported, ...lookup]),
      modelTurns: 2,
      estimated: false,
    });
  });

  it("puts the tokens in the scripted run's summary line", async () => {
    const shopper = new LatteShopper([
      { prompt: 400, completion: 10, cached: 0 },
      { prompt: 600, completion: 30, cached: 256 },
    ]);
    api.handle.mock.respondWith(shopper.respond);
    const sessionId = await api.session();
    const [task] = await api.say(sessionId, "帮我点一杯拿铁送到公司");
    const agent = createAgent({
      world: api.handle.world,
      brain: await createBrain("embedded", api.handle.world.context),
    });
    const runner = new ChatRunner(agent, "u_xiaoming", sessionId, () => {});
    const summary = await runner.summary();
    runner.close();
    expect(summary.tasks).toEqual([
      expect.objectContaining({ taskId: task?.taskId, tokens: sum(shopper.reported) }),
    ]);
  });

  it("refuses a correction that would replace a card no longer awaiting confirmation", async () => {
    const shopper = new LatteShopper([
      { prompt: 100, completion: 5, cached: 0 },
      { prompt: 100, completion: 5, cached: 0 },
      { prompt: 100, completion: 5, cached: 0 },
      { prompt: 100, completion: 5, cached: 0 },
      { prompt: 100, completion: 5, cached: 0 },
      { prompt: 100, completion: 5, cached: 0 },
    ]);
    api.handle.mock.respondWith(shopper.respond);
    const sessionId = await api.session();
    const [card] = await api.say(sessionId, "帮我点一杯拿铁送到公司");
    const cancel = await api.handle.app.inject({
      method: "POST",
      url: `/api/tasks/${card?.taskId}/cancel`,
      headers: { authorization: `Bearer ${api.handle.token}` },
    });
    expect(cancel.statusCode).toBe(200);
    shopper.replaces = card?.taskId;
    const events = await api.say(sessionId, "改成两杯拿铁");
    // The model is told the card cannot be replaced; every round it insists, so no card at all.
    expect(events).toEqual([]);
    const lastRequest = api.handle.mock.requests.at(-1)?.body.messages ?? [];
    expect(JSON.stringify(lastRequest.filter((message) => message.role === "tool"))).toContain(
      "only a card awaiting confirmation can be replaced",
    );
    // The failed correction was still about that card: its tokens are counted there.
    expect((await api.task(card?.taskId as string)).tokens).toEqual({
      ...sum(shopper.reported),
      modelTurns: 2,
      estimated: false,
    });
  });
});

describe("tokens per task on --brain hybrid", () => {
  const api = useApi("hybrid");
  const LONG_ORDER =
    "帮我点一杯拿铁送到公司，最好是评分高一点的咖啡店，我下午三点要开会，所以希望能尽快送到，麻烦你了，谢谢你啊，今天真的很忙很忙";

  it("counts only the turns the model took, not the embedded brain's", async () => {
    const shopper = new LatteShopper([
      { prompt: 733, completion: 28, cached: 0 },
      { prompt: 991, completion: 52, cached: 512 },
    ]);
    api.handle.mock.respondWith(shopper.respond);
    const sessionId = await api.session();
    const [card] = await api.say(sessionId, LONG_ORDER);
    expect(card).toMatchObject({ kind: "order_delivery", status: "awaiting_confirmation" });
    expect(api.handle.mock.requests).toHaveLength(2);

    // "取消" refers back to the card: the embedded brain cancels it without calling the model.
    const [cancelled] = await api.say(sessionId, "取消");
    expect(cancelled).toMatchObject({ taskId: card?.taskId, status: "cancelled" });
    expect(api.handle.mock.requests).toHaveLength(2);
    expect((await api.task(card?.taskId as string)).tokens).toEqual({
      ...sum(shopper.reported),
      modelTurns: 1,
      estimated: false,
    });
  });

  it("counts the model's tokens on the embedded brain's card when the model's answer was unusable", async () => {
    const before = api.handle.mock.requests.length;
    api.handle.mock.respondWith(() => ({
      type: "message",
      content: "",
      usage: { prompt: 640, completion: 3 },
    }));
    const sessionId = await api.session();
    const [card] = await api.say(sessionId, LONG_ORDER);
    expect(api.handle.mock.requests.length - before).toBe(1);
    expect(card).toMatchObject({ kind: "order_delivery", status: "awaiting_confirmation" });
    expect((await api.task(card?.taskId as string)).tokens).toEqual({
      prompt: 640,
      completion: 3,
      cachedPrompt: 0,
      modelCalls: 1,
      modelTurns: 1,
      estimated: false,
    });
  });

  it("shows zeros on a card only the embedded brain worked on", async () => {
    const before = api.handle.mock.requests.length;
    const sessionId = await api.session();
    const [card] = await api.say(sessionId, "帮我点一杯拿铁送到公司");
    expect(api.handle.mock.requests.length).toBe(before);
    expect((await api.task(card?.taskId as string)).tokens).toEqual({
      prompt: 0,
      completion: 0,
      cachedPrompt: 0,
      modelCalls: 0,
      modelTurns: 0,
      estimated: false,
    });
  });
});
