import { describe, expect, it } from "vitest";
import { useTestAgent } from "../../../testing.ts";
import { openChat } from "./chat-testing.ts";

describe("transfers as said, and questions about what was spent", () => {
  const agent = useTestAgent("sqlite");

  it("carries a note on the card and names it", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    const turn = await chat("给Bob转500，备注生活费");
    expect(turn.reply).toContain("备注：生活费");
    expect(turn.tasks[0]).toMatchObject({ kind: "payment", status: "awaiting_confirmation" });
    expect(turn.tasks[0]?.quote?.totalFen).toBe(50_000);
    expect(JSON.stringify(turn.tasks[0]?.quote?.lines)).toContain("生活费");
  });

  it("questions sums that are no amount as written, and names the limit", async () => {
    const en = await openChat(agent(), "u_alice", "en");
    for (const text of ["send bob -50", "send Bob 10.555", "send bob 3O0"]) {
      const turn = await en(text);
      expect(turn.tasks).toEqual([]);
      expect(turn.reply).toMatch(/isn't an amount I can send/u);
    }
    const zh = await openChat(agent(), "u_xiaoming", "zh");
    const over = await zh("给Bob转100万");
    expect(over.tasks).toEqual([]);
    expect(over.reply).toContain("上限");
  });

  it("keeps a transfer's time, several transfers and a share of a bill", async () => {
    const zh = await openChat(agent(), "u_xiaoming", "zh");
    const later = await zh("明天早上9点给李华转300");
    expect(later.reply).toContain("明天 09:00");
    expect(later.tasks[0]?.quote?.totalFen).toBe(30_000);
    const en = await openChat(agent(), "u_alice", "en");
    const two = await en("pay li hua 35.5 for lunch and bob 20 for the cab");
    expect(two.tasks.map((task) => task.quote?.totalFen)).toEqual([3550, 2000]);
    const share = await en("dinner was 270, split 3 ways with bob and li hua. bob paid, send him my share");
    expect(share.reply).toContain("¥270.00 ÷ 3 = ¥90.00");
    expect(share.tasks[0]?.quote?.totalFen).toBe(9000);
  });

  it("answers what was spent at one shop when the question names it", async () => {
    const zh = await openChat(agent(), "u_xiaoming", "zh");
    expect((await zh("我在瑞幸一共花了多少")).reply).toMatch(/在瑞幸一共花了 ¥85\.00（2 笔）/u);
    expect((await zh("兰州拉面那边我花了多少钱")).reply).toContain("¥22.50（1 笔）");
    const none = await zh("我在星巴克花过钱吗");
    expect(none.tasks).toEqual([]);
    expect(none.reply).toContain("在星巴克还没有花钱");
    const en = await openChat(agent(), "u_alice", "en");
    expect((await en("how much have I spent at McDonald's")).reply).toMatch(
      /You spent ¥47\.00 at McDonald's/u,
    );
    expect((await en("how much money went to Luckin?")).reply).toMatch(/haven't spent anything at Luckin/u);
  });

  it("answers what was spent and whether money came back, from the statement", async () => {
    const en = await openChat(agent(), "u_bob", "en");
    // Bob's earlier deliveries were paid outside the wallet: they count, and name their shop.
    const before = await en(
      "how much have I spent this month on food, and which shop did I spend the most at?",
    );
    expect(before.reply).toMatch(/You spent ¥[\d.]+ on food this month/u);
    expect(before.reply).toMatch(/The most went to/u);
    expect((await en("how much did I spend yesterday?")).reply).not.toContain("¥12.50");
    const card = await en("send li hua 12.5");
    const task = card.tasks[0];
    if (!task?.quote) throw new Error("no card");
    await agent().engine.confirm("u_bob", task.taskId, task.quote.cartHash);
    const month = await en("how much have I spent this month?");
    expect(month.tasks).toEqual([]);
    expect(month.reply).toContain("¥12.50");
    expect((await en("what was my last payment")).reply).toContain("Li Hua");
    expect((await en("did I get my money back?")).reply).toMatch(/No refund/u);
  });
});
