import { describe, expect, it } from "vitest";
import { latteRequest, useTestAgent } from "../../../testing.ts";
import { openChat } from "./chat-testing.ts";

const HOUR = 3_600_000;

describe("a past time in a complaint", () => {
  const agent = useTestAgent();

  it("says when the problem happened, not when to book: the claim is taken, not questioned", async () => {
    const task = await agent().engine.start("u_alice", "s_setup", await latteRequest(agent(), "u_alice"));
    await agent().engine.confirm("u_alice", task.id, task.cart_hash as string);
    await agent().world.advance(20 * HOUR);
    await agent().engine.idle();
    const chat = await openChat(agent(), "u_alice", "en");
    const turn = await chat("yesterday my latte arrived spilled, compensate me");
    expect(turn.reply).not.toMatch(/already passed/u);
    expect(turn.tasks[0]).toMatchObject({ kind: "after_sale" });
  });

  it("still questions a booking for a time already gone", async () => {
    const chat = await openChat(agent(), "u_alice", "en");
    const turn = await chat("book me a taxi to the airport yesterday at 8am");
    expect(turn.tasks).toHaveLength(0);
    expect(turn.reply).toMatch(/already passed/u);
  });
});
