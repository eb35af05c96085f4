import type { FastifyInstance } from "fastify";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrain } from "../../agent/brain/index.ts";
import { createAgent } from "../../agent/runtime.ts";
import { cachedWorld } from "../../ecosystem/world/test-cache.ts";
import type { World } from "../../ecosystem/world/world.ts";
import { buildServer } from "../app.ts";
import { createKey, signIn } from "../testing.ts";

type Card = { taskId: string; status: string; confirmUrl?: string };
type WithDimple = { dimple: { sessionId: string; cards: Card[] } };

/** The OpenAI-compatible endpoint, driven by the official `openai` client with Dimple API keys. */
describe("POST /v1/chat/completions and GET /v1/models", () => {
  let world: World;
  let app: FastifyInstance;
  let address: string;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    world = await cachedWorld();
    const agent = createAgent({ world, brain: await createBrain("embedded", world.context) });
    app = await buildServer({
      agent,
      publicUrl: "https://dimple.example",
      rateLimits: { perApiKey: { max: 30, windowMs: 60_000 } },
    });
    address = await app.listen({ port: 0, host: "127.0.0.1" });
    const token = await signIn(app, "alice");
    keys.chat = (await createKey(app, token, "chat app", ["chat", "read"])).key;
    keys.read = (await createKey(app, token, "reader", ["read"])).key;
    keys.burst = (await createKey(app, token, "burst", ["chat"])).key;
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const client = (apiKey: string) => new OpenAI({ apiKey, baseURL: `${address}/v1`, maxRetries: 0 });

  it("lists the dimple model", async () => {
    const models = await client(keys.chat as string).models.list();
    expect(models.data.map((model) => model.id)).toEqual(["dimple"]);
  });

  it("answers in the user's language with the card as text and a link to confirm it on the web app", async () => {
    const completion = await client(keys.chat as string).chat.completions.create({
      model: "dimple",
      messages: [
        { role: "system", content: "You are a helpful assistant." },
        { role: "user", content: "a latte to my office" },
      ],
    });
    const text = completion.choices[0]?.message.content ?? "";
    const card = (completion as unknown as WithDimple).dimple.cards.find((each) => each.confirmUrl);
    expect(card?.status).toBe("awaiting_confirmation");
    expect(text).toContain(
      `Confirm and pay in the Dimple app (only you can): https://dimple.example/#/confirm/${card?.taskId}`,
    );
    expect(text).toMatch(/Total ¥\d+\.\d\d/);
    expect(completion.choices[0]?.finish_reason).toBe("stop");
  });

  it("continues the same Dimple session when the client resends the history, and never confirms", async () => {
    const api = client(keys.chat as string);
    const first = await api.chat.completions
      .create({ model: "dimple", messages: [{ role: "user", content: "a latte to my office" }] })
      .withResponse();
    const sessionId = first.response.headers.get("x-dimple-session-id");
    const answer = first.data.choices[0]?.message.content ?? "";
    const second = await api.chat.completions
      .create({
        model: "dimple",
        messages: [
          { role: "user", content: "a latte to my office" },
          { role: "assistant", content: answer },
          { role: "user", content: [{ type: "text", text: "confirm and pay it now" }] },
        ],
      })
      .withResponse();
    expect(second.response.headers.get("x-dimple-session-id")).toBe(sessionId);
    const card = (first.data as unknown as WithDimple).dimple.cards.find((each) => each.confirmUrl);
    const task = await world.context.db
      .selectFrom("agent_tasks")
      .select("status")
      .where("id", "=", card?.taskId as string)
      .executeTakeFirstOrThrow();
    expect(task.status).toBe("awaiting_confirmation");
    const fresh = await api.chat.completions
      .create({ model: "dimple", messages: [{ role: "user", content: "hello" }] })
      .withResponse();
    expect(fresh.response.headers.get("x-dimple-session-id")).not.toBe(sessionId);
  });

  it("streams the same answer as chunks, ending with [DONE]", async () => {
    const stream = await client(keys.chat as string).chat.completions.create({
      model: "dimple",
      stream: true,
      messages: [{ role: "user", content: "来一杯拿铁送到公司" }],
    });
    let text = "";
    const finishes: (string | null)[] = [];
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      finishes.push(chunk.choices[0]?.finish_reason ?? null);
    }
    expect(text).toContain("请在 Dimple 应用中确认并支付");
    expect(text).toContain("https://dimple.example/#/confirm/task");
    expect(finishes.at(-1)).toBe("stop");
  });

  it("refuses a missing key, a key without the chat scope and an unknown model, as the client's typed errors", async () => {
    await expect(
      new OpenAI({ apiKey: "dmp_not-a-key", baseURL: `${address}/v1`, maxRetries: 0 }).models.list(),
    ).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    const scoped = client(keys.read as string).chat.completions.create({
      model: "dimple",
      messages: [{ role: "user", content: "hi" }],
    });
    await expect(scoped).rejects.toBeInstanceOf(OpenAI.PermissionDeniedError);
    const model = client(keys.chat as string).chat.completions.create({
      model: "gpt-4o",
      messages: [{ role: "user", content: "hi" }],
    });
    await expect(model).rejects.toMatchObject({ status: 404, code: "model_not_found" });
    const empty = client(keys.chat as string).chat.completions.create({
      model: "dimple",
      messages: [{ role: "assistant", content: "hi" }],
    });
    await expect(empty).rejects.toMatchObject({ status: 400, code: "invalid_argument" });
  });

  it("answers a sign-in token with 401: only API keys open /v1", async () => {
    const token = (
      await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "bob", password: "dimple123" },
      })
    ).json().token as string;
    await expect(client(token).models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it("limits requests per key with 429", async () => {
    const api = client(keys.burst as string);
    const statuses: number[] = [];
    for (let call = 0; call < 32; call++) {
      statuses.push(
        await api.models.list().then(
          () => 200,
          (error: { status?: number }) => error.status ?? 0,
        ),
      );
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});
