import { describe, expect, it } from "vitest";
import type { TaskEvent } from "../../../events.ts";
import { useTestAgent } from "../../../testing.ts";
import { openChat } from "../skills/chat-testing.ts";

const waiting = (tasks: TaskEvent[]) =>
  tasks.filter((event) => event.status === "awaiting_confirmation").at(-1);
const lines = (task: TaskEvent | undefined) =>
  (task?.quote?.lines ?? []).map((line) => `${line.name}×${line.qty}`).join(" ");

describe("a later turn changes what was asked, keeping what was said before", () => {
  const agent = useTestAgent("sqlite");

  it("adds what the answer to 'below the minimum, add something?' names to the order asked about", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    expect((await chat("四季鲜果 香梨一斤")).reply).toMatch(/起送价/u);
    const { tasks } = await chat("那再加两斤苹果");
    expect(lines(waiting(tasks))).toMatch(/香梨.*苹果|苹果.*香梨/u);
  });

  it("reads 'the same again' and 'all of them' as counts and options, not as things to buy", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    await chat("兰州拉面 牛肉面 二细 微辣");
    const same = waiting((await chat("同样的再来一碗")).tasks);
    expect(same?.quote?.lines[0]?.qty).toBe(2);
    expect(same?.quote?.lines[0]?.options?.spice).toBe("mild");
    const teas = await openChat(agent(), "u_xiaoming", "zh");
    await teas("蜜雪冰城 珍珠奶茶4杯 少糖 送公司");
    const all = waiting((await teas("再来3杯 统一去冰")).tasks)?.quote?.lines[0];
    expect(all?.qty).toBe(7);
    expect(all?.options).toMatchObject({ sugar: "less", ice: "none" });
  });

  it("adds a thing said with what happened to it ('体温计也坏了 再来一个'), not one more of the card", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    await chat("叮当快药 布洛芬片一盒");
    const { tasks } = await chat("家里退热贴也用完了 再来一盒");
    expect(lines(waiting(tasks))).toMatch(/布洛芬片×1.*退热贴|退热贴.*布洛芬片×1/u);
  });

  it("reads '说错了 是350' after a transfer card as its new amount", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    await chat("给李华转300");
    expect(waiting((await chat("说错了 是350")).tasks)?.quote?.totalFen).toBe(35000);
    expect(waiting((await chat("不对不对 应该是120块")).tasks)?.quote?.totalFen).toBe(12000);
  });

  it("reads clauses said with a space apart, and a line named by what it is ('水多来一箱')", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    await chat("朴朴超市 农夫山泉一箱 全麦吐司一个");
    const { tasks } = await chat("吐司不要了 水多来一箱");
    expect(lines(waiting(tasks))).toMatch(/^农夫山泉[^×]*×24（整箱）×2$/u);
    const milk = await openChat(agent(), "u_xiaoming", "zh");
    await milk("朴朴 伊利纯牛奶一箱 小番茄一盒");
    expect(lines(waiting((await milk("奶来两箱")).tasks))).toMatch(/伊利纯牛奶.*（整箱）×2 小番茄.*×1/u);
  });

  it("answers 'what did I just order?' with the order's things, never another order", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    const card = waiting((await chat("肯德基 香辣鸡腿堡一个")).tasks);
    if (!card?.quote) throw new Error("no card");
    await agent().engine.confirm("u_xiaoming", card.taskId, card.quote.cartHash);
    const { reply, tasks } = await chat("我刚刚买了啥");
    // The agent is shared: the newest order of this user may be another test's card still waiting.
    expect(reply).toMatch(/「[^」]+」/u);
    expect(tasks.filter((task) => task.status === "awaiting_confirmation")).toHaveLength(0);
  });
});
