import { expect, it } from "vitest";
import { verifyLedger } from "../../../ecosystem/pay/verify-ledger.ts";
import { describeEachDialect } from "../../../store/testing.ts";
import { openChat } from "../../brain/embedded/skills/chat-testing.ts";
import { useTestAgent, walletFen } from "../../testing.ts";
import { buyTicketsHandler } from "./buy-tickets.ts";

type Booking = {
  status: string;
  totalFen: number;
  tickets: { code: string; seatId: string; priceFen: number }[];
};

describeEachDialect("buying tickets through the agent", (dialect) => {
  const agent = useTestAgent(dialect);

  async function booking(userId: string, bookingId: string): Promise<Booking> {
    const result = await agent().tools.call<Booking>("tickets_get_booking", { userId, bookingId });
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  }

  it("holds two adjacent seats within the per-ticket budget, books them on confirm and pays once", async () => {
    const user = "u_xiaoming";
    const before = await walletFen(agent(), user);
    const send = await openChat(agent(), user, "zh");
    const turn = await send("买两张周六周杰伦演唱会的票，要连座，每张600块以内");
    const card = turn.tasks[0];
    expect(card?.kind).toBe("buy_tickets");
    expect(card?.status).toBe("awaiting_confirmation");
    expect(turn.reply).toContain("11月28日（周六） 19:30");
    expect(turn.reply).toContain("连座");
    const quote = card?.quote;
    expect(quote?.lines).toHaveLength(2);
    expect(quote?.lines.every((line) => line.unitFen <= 60_000)).toBe(true);
    expect(quote?.totalFen).toBe(quote?.lines.reduce((sum, line) => sum + line.unitFen, 0));
    expect(quote?.expiresAt).toBeGreaterThan(agent().world.context.clock.now());

    const done = await agent().engine.confirm(user, card?.taskId as string, quote?.cartHash as string);
    expect(done.status).toBe("completed");
    expect(done.paid_fen).toBe(quote?.totalFen);
    const booked = await booking(user, done.order_id as string);
    expect(booked.status).toBe("confirmed");
    expect(booked.totalFen).toBe(quote?.totalFen);
    expect(booked.tickets.map((ticket) => ticket.code)).toEqual([
      expect.stringMatching(/^DM\d{10}$/),
      expect.stringMatching(/^DM\d{10}$/),
    ]);
    expect(await walletFen(agent(), user)).toBe(before - (quote?.totalFen ?? 0));

    const described = await buyTicketsHandler.describe?.(agent().tools, done);
    expect(described?.ticket?.code.split(",")).toEqual(booked.tickets.map((ticket) => ticket.code));
    expect(described?.ticket?.session).toBe("2026-11-28 19:30");

    const status = await send("我的票出了吗");
    expect(status.reply).toContain(booked.tickets[0]?.code);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("cancels a booking more than 48 hours ahead with a full refund", async () => {
    const user = "u_alice";
    const before = await walletFen(agent(), user);
    const send = await openChat(agent(), user, "en");
    const turn = await send("Buy two tickets for Jay Chou on Sunday, seats together");
    const card = turn.tasks[0];
    expect(turn.reply).toContain("seats together");
    const done = await agent().engine.confirm(user, card?.taskId as string, card?.quote?.cartHash as string);
    expect(await walletFen(agent(), user)).toBe(before - (card?.quote?.totalFen ?? 0));
    const cancelled = await send("Cancel my last order");
    expect(cancelled.tasks[0]?.status).toBe("cancelled");
    expect((await booking(user, done.order_id as string)).status).toBe("cancelled");
    const task = await agent().engine.store.get(done.id);
    expect(task?.refunded_fen).toBe(card?.quote?.totalFen);
    expect(await walletFen(agent(), user)).toBe(before);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("asks how many tickets when none was said, then continues with the answer", async () => {
    const send = await openChat(agent(), "u_bob", "zh");
    const asked = await send("买周杰伦的票");
    expect(asked.reply).toContain("要几张");
    expect(asked.tasks).toHaveLength(0);
    const answered = await send("3张");
    expect(answered.tasks[0]?.quote?.lines).toHaveLength(3);
  });

  it("turns tickets and a taxi there into linked tasks, the ride to the venue", async () => {
    const send = await openChat(agent(), "u_lihua", "zh");
    const turn = await send("买两张周杰伦演唱会的票，再帮我叫个车过去");
    expect(turn.tasks.map((task) => task.kind)).toEqual(["buy_tickets", "ride_hail"]);
    expect(turn.tasks.every((task) => task.status === "awaiting_confirmation")).toBe(true);
    expect(turn.reply).toMatch(/建议 \d\d:\d\d 出发/);
    const ride = await agent().engine.store.get(turn.tasks[1]?.taskId as string);
    expect(ride?.parent_task_id).toBe(turn.tasks[0]?.taskId);
    expect(ride?.title).toContain("杭州奥体中心体育场");
  });

  it("says so when no seats fit the budget", async () => {
    const send = await openChat(agent(), "u_bob", "en");
    const turn = await send("Buy 2 tickets for Jay Chou on Saturday, seats together, under 100 yuan each");
    expect(turn.tasks).toHaveLength(0);
    // The session's real cheapest pair (its ¥380 tier is sold out), and a way to take it.
    expect(turn.reply).toContain("no 2 seats together at ¥100.00 or less each");
    expect(turn.reply).toContain("¥580.00 each, ¥1160.00 for 2");
  });
});
