import { describe, expect, it } from "vitest";
import { useTestAgent } from "../../../testing.ts";
import { openChat } from "../skills/chat-testing.ts";

// Issue #11: answers to Dimple's own question and corrections said as "not X, Y instead".
describe("answers and corrections after a card or a question", () => {
  const agent = useTestAgent("sqlite");

  it("takes 'ok, 2 then' as the count of tickets asked for", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    expect((await send("tickets for Joker Xue on Saturday")).reply).toContain("how many");
    const turn = await send("ok, 2 then");
    expect(turn.tasks[0]?.kind).toBe("buy_tickets");
    expect(turn.tasks[0]?.quote?.lines).toHaveLength(2);
  });

  it("moves a ride to the place said after 'not X' (zh and en)", async () => {
    const zh = await openChat(agent(), "u_xiaoming", "zh");
    await zh("叫个车去杭州南站");
    const moved = await zh("不去南站了，改去杭州西站");
    expect(moved.tasks.at(-1)?.quote?.address).toContain("杭州西站");
    const en = await openChat(agent(), "u_alice", "en");
    await en("car to the south station");
    const instead = await en("no, not the south station, take me to the airport instead");
    expect(instead.tasks.at(-1)?.quote?.address).toContain("机场");
  });

  it("answers 'remind me what I just ordered?' from the order, setting no reminder", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    await send("a mocha from luckin to my office");
    const turn = await send("remind me what I just ordered?");
    expect(turn.reply).not.toMatch(/When should I remind/u);
    expect(turn.reply).toMatch(/Mocha|摩卡/u);
  });
});
