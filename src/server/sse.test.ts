import { describe, expect, it } from "vitest";
import { ScriptedBrain } from "../agent/brain/scripted.ts";
import { createAgent } from "../agent/runtime.ts";
import { createWorld } from "../ecosystem/world/world.ts";
import { buildServer } from "./app.ts";
import { stampEvent } from "./stamp.ts";

describe("live event streams", () => {
  it("end when the server closes, so shutdown does not wait for open browsers", async () => {
    const world = await createWorld();
    const agent = createAgent({ world, brain: new ScriptedBrain([]) });
    const app = await buildServer({ agent });
    try {
      const address = await app.listen({ port: 0, host: "127.0.0.1" });
      const { token } = (await (
        await fetch(`${address}/api/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "xiaoming", password: "dimple123" }),
        })
      ).json()) as { token: string };
      const stream = await fetch(`${address}/api/events`, { headers: { authorization: `Bearer ${token}` } });
      const reader = stream.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      expect(first).toContain(": connected");
      await agent.notifier.notify("u_xiaoming", "骑手已取货", "task_x");
      const second = new TextDecoder().decode((await reader.read()).value);
      expect(JSON.parse(second.replace(/^data: /, ""))).toEqual({
        type: "notification",
        text: "骑手已取货",
        taskId: "task_x",
        at: world.context.clock.now(),
      });
      const started = Date.now();
      await app.close();
      expect(Date.now() - started).toBeLessThan(5000);
      expect((await reader.read()).done).toBe(true);
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
