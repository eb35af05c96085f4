import { expect, it } from "vitest";
import { verifyLedger } from "../../../ecosystem/pay/verify-ledger.ts";
import { describeEachDialect } from "../../../store/testing.ts";
import { openChat } from "../../brain/embedded/skills/chat-testing.ts";
import type { AgentEvent } from "../../events.ts";
import type { Agent } from "../../runtime.ts";
import { useTestAgent, walletFen } from "../../testing.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What a user's open surfaces receive, each its own subscription (two tabs, a terminal). */
function surfaces(agent: Agent, userId: string, count: number) {
  const received = Array.from({ length: count }, () => [] as AgentEvent[]);
  const stop = received.map((events) => agent.notifier.subscribe(userId, (event) => events.push(event)));
  return {
    texts: (index: number) =>
      (received[index] ?? []).flatMap((event) => (event.type === "notification" ? [event.text] : [])),
    close: () => {
      for (const unsubscribe of stop) unsubscribe();
    },
  };
}

/** Shanghai wall-clock weekday (0 = Sunday) and hour of an instant. */
function shanghai(ms: number): { weekday: number; hour: number; minute: number } {
  const wall = new Date(ms + 8 * HOUR);
  return { weekday: wall.getUTCDay(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
}

describeEachDialect("reminders, recurring orders and moved bookings, over the world's clock", (dialect) => {
  const agent = useTestAgent(dialect);
  const now = () => agent().world.context.clock.now();

  it("delivers a reminder once at its time to every open surface, never before", async () => {
    const user = "u_xiaoming";
    const send = await openChat(agent(), user, "zh");
    const turn = await send("提醒我明天下午3点取快递");
    expect(turn.reply).toMatch(/15:00.*取快递/u);
    expect(turn.tasks).toEqual([]);
    const [reminder] = await agent().reminders.pending(user);
    expect(reminder?.note).toBe("取快递");
    expect(shanghai(reminder?.due_at as number).hour).toBe(15);
    const open = surfaces(agent(), user, 2);
    await agent().world.advance((reminder?.due_at as number) - now() - 60_000);
    expect(open.texts(0)).toEqual([]);
    await agent().world.advance(2 * 60_000);
    expect(open.texts(0)).toEqual(["⏰ 提醒：取快递（11月27日周五 15:00）"]);
    expect(open.texts(1)).toEqual(open.texts(0));
    // A racing tick and a later one deliver nothing more.
    await Promise.all([agent().reminders.runDue(now()), agent().reminders.runDue(now())]);
    await agent().world.advance(DAY);
    expect(open.texts(0)).toHaveLength(1);
    expect(await agent().reminders.pending(user)).toEqual([]);
    open.close();
  });

  it("lists reminders and cancels the one the user names, in English", async () => {
    const user = "u_alice";
    const send = await openChat(agent(), user, "en");
    expect((await send("remind me to call mom in 20 minutes")).reply).toMatch(/call mom/u);
    expect((await send("remind me tomorrow at 8am to take my medicine")).reply).toMatch(
      /take your medicine/u,
    );
    const listed = await send("what are my reminders");
    expect(listed.reply).toMatch(/2 reminders[\s\S]*1\. .*call mom[\s\S]*2\. .*take your medicine/u);
    expect(listed.reply).not.toMatch(/\p{Script=Han}/u);
    expect((await send("cancel the reminder about mom")).reply).toMatch(/Cancelled the reminder: call mom/u);
    const open = surfaces(agent(), user, 1);
    await agent().world.advance(DAY + HOUR);
    expect(open.texts(0)).toEqual([expect.stringMatching(/^⏰ Reminder: take your medicine/u)]);
    open.close();
  });

  it("asks about a time in the past or a date that does not exist, and stores nothing until answered", async () => {
    const user = "u_lihua";
    const send = await openChat(agent(), user, "zh");
    expect((await send("昨天下午提醒我开会")).reply).toMatch(/已经过去了/u);
    expect((await send("2月30日提醒我交房租")).reply).toMatch(/没有「2月30日」这一天/u);
    expect(await agent().reminders.pending(user)).toEqual([]);
    expect((await send("明天上午10点")).reply).toMatch(/10:00 提醒你：交房租/u);
    expect((await agent().reminders.pending(user)).map((row) => row.note)).toEqual(["交房租"]);
  });

  it("runs a weekday order at 09:00 on weekdays only, once each, paid under its open mandate", async () => {
    const user = "u_xiaoming";
    const before = await walletFen(agent(), user);
    const send = await openChat(agent(), user, "zh");
    const turn = await send("每个工作日早上9点给我点一杯拿铁送到公司，每次不超过30元");
    const card = turn.tasks[0];
    expect(card?.kind).toBe("recurring_order");
    expect(card?.quote?.recurrence).toMatchObject({
      text: "每个工作日 09:00",
      perRunCapFen: 3000,
      rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0",
    });
    expect(turn.reply).toMatch(/现在不扣款/u);
    const planned = await agent().engine.confirm(
      user,
      card?.taskId as string,
      card?.quote?.cartHash as string,
    );
    expect(planned.status).toBe("scheduled");
    expect(await walletFen(agent(), user)).toBe(before);
    const mandate = await agent()
      .world.context.db.selectFrom("risk_open_mandates")
      .selectAll()
      .where("plan_id", "=", planned.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(mandate.constraints)).toMatchObject({ perRunCapFen: 3000 });

    await agent().world.advance(7 * DAY);
    await agent().engine.idle();
    const runs = await agent().engine.recurring.runs(planned.id);
    expect(runs.length).toBe(5);
    for (const run of runs) {
      expect(run.status).toBe("paid");
      expect(shanghai(run.occurrence_at)).toMatchObject({ hour: 9, minute: 0 });
      expect([1, 2, 3, 4, 5]).toContain(shanghai(run.occurrence_at).weekday);
      const task = await agent().engine.store.get(run.task_id);
      expect(task?.created_at).toBeGreaterThanOrEqual(run.occurrence_at);
      expect(task?.status).toBe("completed");
      const intents = await agent()
        .world.context.db.selectFrom("pay_intents")
        .select("id")
        .where("reference", "=", task?.quote_id as string)
        .execute();
      expect(intents).toHaveLength(1);
    }
    const spent = runs.reduce((sum, run) => sum + Number(run.amount_fen), 0);
    expect(await walletFen(agent(), user)).toBe(before - spent);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
    const listed = await send("我的定期订单有哪些");
    expect(listed.reply).toMatch(new RegExp(`每个工作日 09:00.*已花 ¥${(spent / 100).toFixed(2)}`, "u"));

    // Cancelled by chat: the mandate is revoked and nothing runs again.
    const cancelled = await send("取消每个工作日的拿铁");
    expect(cancelled.reply).toMatch(/已取消定期订单/u);
    await agent().world.advance(7 * DAY);
    expect(await agent().engine.recurring.runs(planned.id)).toHaveLength(5);
    const revoked = await agent()
      .world.context.db.selectFrom("risk_open_mandates")
      .select("status")
      .where("plan_id", "=", planned.id)
      .executeTakeFirstOrThrow();
    expect(revoked.status).toBe("revoked");
  });

  it("does not pay a run whose live price is over the cap: the user is told and asked", async () => {
    const user = "u_bob";
    const before = await walletFen(agent(), user);
    const send = await openChat(agent(), user, "en");
    const turn = await send("every day at 8am, a latte to my office, never more than ¥5");
    const card = turn.tasks[0];
    expect(card?.quote?.recurrence?.perRunCapFen).toBe(500);
    expect(card?.quote?.notes?.[0]?.en).toMatch(/over your cap/u);
    const planned = await agent().engine.confirm(
      user,
      card?.taskId as string,
      card?.quote?.cartHash as string,
    );
    const open = surfaces(agent(), user, 1);
    await agent().world.advance(DAY + HOUR);
    const [run] = await agent().engine.recurring.runs(planned.id);
    expect(run?.status).toBe("asked");
    const asked = await agent().engine.store.get(run?.task_id as string);
    expect(asked?.status).toBe("awaiting_confirmation");
    expect(asked?.payment_intent_id).toBeNull();
    expect(await walletFen(agent(), user)).toBe(before);
    expect(open.texts(0).join("\n")).toMatch(/didn't pay .*over your cap of ¥5\.00 a run/u);
    open.close();
    // Paused, a plan starts no run; resumed, it goes on from the next time.
    expect((await send("pause my recurring order")).reply).toMatch(/^Paused/u);
    await agent().world.advance(2 * DAY);
    expect(await agent().engine.recurring.runs(planned.id)).toHaveLength(1);
    expect((await send("resume my recurring order")).reply).toMatch(/^Resumed/u);
    await agent().world.advance(DAY);
    expect(await agent().engine.recurring.runs(planned.id)).toHaveLength(2);
  });

  it("tells the user before a run, and skips the one they say to skip", async () => {
    const user = "u_alice";
    const send = await openChat(agent(), user, "en");
    const card = (await send("every day at 12:30, a latte to my office, never more than ¥40")).tasks[0];
    const planned = await agent().engine.confirm(
      user,
      card?.taskId as string,
      card?.quote?.cartHash as string,
    );
    const plan = (await agent().engine.recurring.plans(user)).find((each) => each.id === planned.id);
    const first = plan?.next_run_at as number;
    const open = surfaces(agent(), user, 1);
    await agent().world.advance(first - now() - 40 * 60_000);
    expect(open.texts(0)).toEqual([]);
    await agent().world.advance(15 * 60_000);
    expect(open.texts(0)).toEqual([
      expect.stringMatching(/12:30 I'll place your recurring order.*skip this one/u),
    ]);
    const skipped = await send("skip this one");
    expect(skipped.reply).toMatch(/skipping the .*12:30 run.*next one is/u);
    await agent().world.advance(2 * HOUR);
    const [run] = await agent().engine.recurring.runs(planned.id);
    expect(run).toMatchObject({ occurrence_at: first, status: "skipped" });
    expect(await agent().engine.store.get(run?.task_id as string)).toBeUndefined();
    await agent().world.advance(DAY);
    expect((await agent().engine.recurring.runs(planned.id)).map((each) => each.status)).toEqual([
      "paid",
      "skipped",
    ]);
    open.close();
  });

  it("moves a booking by chat to another time on the same day, free of charge", async () => {
    const user = "u_lihua";
    const before = await walletFen(agent(), user);
    const send = await openChat(agent(), user, "zh");
    const booked = await send("明天早上8点帮我叫车去杭州东站");
    const card = booked.tasks[0];
    await agent().engine.confirm(user, card?.taskId as string, card?.quote?.cartHash as string);
    const moved = await send("改到9点");
    expect(moved.reply).toMatch(/改到 .*09:00.*免费取消/u);
    expect(moved.tasks.map((task) => task.status)).toEqual(["cancelled", "awaiting_confirmation"]);
    const fresh = moved.tasks[1];
    const wanted = Date.parse(fresh?.scheduledFor as string);
    expect(shanghai(wanted)).toMatchObject({ hour: 9, minute: 0 });
    const original = Date.parse(card?.scheduledFor as string);
    expect(Math.floor((wanted + 8 * HOUR) / DAY)).toBe(Math.floor((original + 8 * HOUR) / DAY));
    expect(await walletFen(agent(), user)).toBe(before);
  });
});
