import { describe, expect, it } from "vitest";
import { seededTestDatabase } from "../../../ecosystem/world/test-cache.ts";
import { createWorld } from "../../../ecosystem/world/world.ts";
import { SimulatedClock } from "../../../kernel/clock.ts";
import { createAgent } from "../../runtime.ts";
import { EmbeddedBrain } from "./brain.ts";
import { loadWorldGazetteer } from "./world-gazetteer.ts";

describe("the embedded brain's gazetteer, built on the first turn", () => {
  it("is not built until a turn, then once for turns arriving together, and reads as the eager one", async () => {
    const world = await createWorld({
      db: await seededTestDatabase("sqlite", 7),
      seed: 7,
      clock: new SimulatedClock(),
    });
    let builds = 0;
    const lazy = new EmbeddedBrain(() => {
      builds++;
      return loadWorldGazetteer(world.context);
    });
    const eager = new EmbeddedBrain(await loadWorldGazetteer(world.context));
    const lazyAgent = createAgent({ world, brain: lazy });
    const eagerAgent = createAgent({ world, brain: eager });
    expect(builds).toBe(0);
    const say = async (agent: typeof lazyAgent, text: string) => {
      const session = await agent.sessions.create("u_alice", "zh");
      const events = await agent.conversation.message("u_alice", session.id, text);
      return events
        .filter((event) => event.type === "reply")
        .map((event) => (event as { text: string }).text);
    };
    const lazyReplies = await Promise.all([
      say(lazyAgent, "喜茶的多肉葡萄有吗"),
      say(lazyAgent, "附近的星巴克"),
    ]);
    expect(builds).toBe(1);
    const eagerReplies = [await say(eagerAgent, "喜茶的多肉葡萄有吗"), await say(eagerAgent, "附近的星巴克")];
    expect(lazyReplies).toEqual(eagerReplies);
    await world.close();
  });
});
