import { describe, expect, it } from "vitest";
import type { TaskEvent } from "../../../events.ts";
import { useTestAgent } from "../../../testing.ts";
import { openChat } from "../skills/chat-testing.ts";

// The card a turn leaves waiting.
const waiting = (tasks: TaskEvent[]) =>
  tasks.filter((event) => event.status === "awaiting_confirmation").at(-1);
const lineNames = (task: TaskEvent | undefined) => (task?.quote?.lines ?? []).map((line) => line.nameEn);
// 2026-11-26 in Shanghai, at the hour said (UTC+8).
const at = (task: TaskEvent | undefined) => task?.scheduledFor ?? task?.quote?.scheduledFor ?? "";

describe("what is said right after a card (or its question) changes that request", () => {
  const agent = useTestAgent("sqlite");

  it("reads a bare amount after a word of correction as the transfer's new amount", async () => {
    const en = await openChat(agent(), "u_alice", "en");
    await en("send bob 200");
    const fixed = await en("no wait, 120");
    expect(waiting(fixed.tasks)?.quote?.totalFen).toBe(12000);
    const zh = await openChat(agent(), "u_xiaoming", "zh");
    await zh("给李华转300");
    expect(waiting((await zh("不对，260")).tasks)?.quote?.totalFen).toBe(26000);
  });

  it("sets the order's time from 'bring it at 12:30', whatever the classifier makes of the words", async () => {
    const chat = await openChat(agent(), "u_alice", "en");
    await chat("yoshinoya teriyaki chicken bowl to the office");
    const { tasks } = await chat("bring it at 12:30 then");
    expect(at(waiting(tasks))).toMatch(/^2026-11-26T04:30/u);
    expect(lineNames(waiting(tasks))).toEqual(["Teriyaki Chicken Bowl"]);
  });

  it("takes a time after 'closed now, schedule it for later?' as the pre-order's time", async () => {
    const chat = await openChat(agent(), "u_alice", "en");
    const closed = await chat("a peony bouquet from the beast to my office right now");
    expect(closed.reply).toMatch(/closed/u);
    const { tasks } = await chat("ok, deliver it at 11:15 then");
    expect(at(waiting(tasks))).toMatch(/^2026-11-26T03:15/u);
  });

  it("asks the spending question again for a topic or period said on its own", async () => {
    const en = await openChat(agent(), "u_alice", "en");
    await en("how much did i spend this month");
    const coffee = await en("and on coffee?");
    expect(coffee.tasks).toEqual([]);
    expect(coffee.reply).toMatch(/coffee this month/u);
    const zh = await openChat(agent(), "u_alice", "zh");
    await zh("这个月花了多少钱");
    const rides = await zh("那打车呢");
    expect(rides.tasks).toEqual([]);
    expect(rides.reply).toMatch(/这个月在打车上|打车/u);
  });

  it("reads ', send to my office' as where the order goes, never a transfer", async () => {
    const chat = await openChat(agent(), "u_alice", "en");
    const { reply, tasks } = await chat("a carnation bouquet from aishang, send to my office");
    expect(reply).not.toMatch(/contacts/u);
    const plain = await openChat(agent(), "u_alice", "en");
    const office = waiting((await plain("a carnation bouquet from aishang to my office")).tasks);
    expect(waiting(tasks)?.quote?.address).toBe(office?.quote?.address);
  });

  it("reads 'the shrimp ones' as another thing of the card's kind", async () => {
    const chat = await openChat(agent(), "u_alice", "en");
    await chat("xijiade beef dumplings to the office");
    const { tasks } = await chat("actually make it the mackerel ones");
    expect(lineNames(waiting(tasks))).toEqual(["Mackerel Dumplings"]);
  });
});
