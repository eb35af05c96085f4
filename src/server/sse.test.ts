import { describe, expect, it } from "vitest";
import { ScriptedBrain } from "../agent/brain/scripted.ts";
import { createAgent } from "../agent/runtime.ts";
import { cachedWorld } from "../ecosystem/world/test-cache.ts";
import { buildServer } from "./app.ts";
import { readSseFrames } from "./sse-client.ts";
import { stampEvent } from "./stamp.ts";

async function login(address: string): Promise<string> {
  const response = await fetch(`${address}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "xiaoming", password: "dimple123" }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** A server over a fresh world with a brain that never acts (these tests push events themselves). */
async function openServer() {
  const world = await cachedWorld();
  const agent = createAgent({ world, brain: new ScriptedBrain([]) });
  return { world, agent, app: await buildServer({ agent }) };
}

describe("live event streams", () => {
  it("end when the server closes, so shutdown does not wait for open browsers", async () => {
    const { world, agent, app } = await openServer();
    try {
      const address = await app.listen({ port: 0, host: "127.0.0.1" });
      const token = await login(address);
      const stream = await fetch(`${address}/api/events`, { headers: { authorization: `Bearer ${token}` } });
      const frames = readSseFrames(stream.body!);
      await agent.notifier.notify("u_xiaoming", "骑手已取货", "task_x");
      const frame = (await frames.next()).value!;
      expect(frame.id).toMatch(/^\d+-\d+$/);
      expect(JSON.parse(frame.data)).toEqual({
        type: "notification",
        text: "骑手已取货",
        taskId: "task_x",
        at: world.context.clock.now(),
      });
      const started = Date.now();
      await app.close();
      expect(Date.now() - started).toBeLessThan(5000);
      expect((await frames.next()).done).toBe(true);
    } finally {
      await app.close();
      await world.close();
    }
  });

  it("resume after Last-Event-ID with every event missed while away, each once, in order", async () => {
    const { world, agent, app } = await openServer();
    try {
      const address = await app.listen({ port: 0, host: "127.0.0.1" });
      const headers = { authorization: `Bearer ${await login(address)}` };
      const first = readSseFrames((await fetch(`${address}/api/events`, { headers })).body!);
      await agent.notifier.notify("u_xiaoming", "one");
      const seen = (await first.next()).value!;
      await first.return(undefined);
      await agent.notifier.notify("u_xiaoming", "two");
      await agent.notifier.notify("u_xiaohong", "someone else's");
      await agent.notifier.notify("u_xiaoming", "three");
      const resumed = readSseFrames(
        (await fetch(`${address}/api/events`, { headers: { ...headers, "last-event-id": seen.id! } })).body!,
      );
      await agent.notifier.notify("u_xiaoming", "four");
      const texts: string[] = [];
      for (let index = 0; index < 3; index++)
        texts.push((JSON.parse((await resumed.next()).value!.data) as { text: string }).text);
      expect(texts).toEqual(["two", "three", "four"]);
      await resumed.return(undefined);
    } finally {
      await app.close();
      await world.close();
    }
  });

  it("refuses a Last-Event-ID that is no event id, naming the header", async () => {
    const { world, app } = await openServer();
    try {
      const { token } = (
        await app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: "xiaoming", password: "dimple123" },
        })
      ).json() as { token: string };
      const response = await app.inject({
        method: "GET",
        url: "/api/events",
        headers: { authorization: `Bearer ${token}`, "last-event-id": "yesterday" },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe("last-event-id");
    } finally {
      await app.close();
      await world.close();
    }
  });

  it("stamps task updates and notifications with world time, and leaves replies alone", () => {
    expect(stampEvent({ type: "reply", text: "hi" }, 5)).toEqual({ type: "reply", text: "hi" });
    expect(stampEvent({ type: "notification", text: "n" }, 5)).toEqual({
      type: "notification",
      text: "n",
      at: 5,
    });
    const stamped = { type: "notification", text: "n", at: 3 } as never;
    expect(stampEvent(stamped, 5)).toBe(stamped);
  });
});
