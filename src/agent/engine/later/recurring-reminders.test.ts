import { describe, expect, it } from "vitest";
import { wallTime } from "../../../kernel/time-zone.ts";
import { openChat } from "../../brain/embedded/skills/chat-testing.ts";
import type { AgentEvent } from "../../events.ts";
import type { Agent } from "../../runtime.ts";
import { useTestAgent } from "../../testing.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The reminder notifications each of `count` open surfaces of the user receives. */
function surfaces(agent: Agent, userId: string, count: number) {
  const received = Array.from({ length: count }, () => [] as string[]);
  const stop = received.map((texts) =>
    agent.notifier.subscribe(userId, (event: AgentEvent) => {
      if (event.type === "notification" && /⏰/u.test(event.text)) texts.push(event.text);
    }),
  );
  return {
    texts: (index: number) => received[index] ?? [],
    close: () => {
      for (const unsubscribe of stop) unsubscribe();
    },
  };
}

describe("recurring reminders", () => {
  const agent = useTestAgent();
  const now = () => agent().world.context.clock.now();

  it("reminds every morning at 08:00, once per occurrence, to every open surface, never before", async () => {
    const user = "u_xiaoming";
    const send = await openChat(agent(), user, "zh");
    const turn = await send("每天早上8点提醒我吃药");
    expect(turn.reply).toMatch(/每天 08:00.*吃药/u);
    const [reminder] = await agent().reminders.pending(user);
    expect(reminder?.note).toBe("吃药");
    expect(reminder?.rule).toBe("FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0");
    const first = reminder?.due_at as number;
    expect(wallTime(first)).toMatchObject({ hour: 8, minute: 0 });
    const open = surfaces(agent(), user, 2);
    await agent().world.advance(first - now() - 60_000);
    expect(open.texts(0)).toEqual([]);
    await agent().world.advance(60_000);
    expect(open.texts(0)).toHaveLength(1);
    // Racing ticks at the same moment deliver nothing more.
    await Promise.all([agent().reminders.runDue(now()), agent().reminders.runDue(now())]);
    expect(open.texts(0)).toHaveLength(1);
    await agent().world.advance(3 * DAY);
    expect(open.texts(0)).toHaveLength(4);
    expect(open.texts(1)).toEqual(open.texts(0));
    expect(new Set(open.texts(0)).size).toBe(4);
    for (const text of open.texts(0)) expect(text).toMatch(/^⏰ 提醒：吃药（.* 08:00）$/u);
    // Still set, and cancelled wholly by name.
    expect((await send("我有哪些提醒")).reply).toMatch(/每天 08:00 吃药（下次 .* 08:00）/u);
    expect((await send("取消吃药的提醒")).reply).toMatch(/已取消提醒：每天 08:00 吃药，之后都不会再提醒/u);
    await agent().world.advance(2 * DAY);
    expect(open.texts(0)).toHaveLength(4);
    open.close();
  });

  it("reminds on weekdays only at 18:00, and skips just tomorrow's when told", async () => {
    const user = "u_lihua";
    const send = await openChat(agent(), user, "zh");
    expect((await send("每个工作日下午6点提醒我打卡")).reply).toMatch(/每个工作日 18:00.*打卡/u);
    const open = surfaces(agent(), user, 1);
    const start = now();
    await agent().world.advance(7 * DAY);
    expect(open.texts(0)).toHaveLength(5);
    const [reminder] = await agent().reminders.pending(user);
    const next = reminder?.due_at as number;
    expect(wallTime(next).weekday).toBeGreaterThanOrEqual(1);
    expect(wallTime(next).weekday).toBeLessThanOrEqual(5);
    expect(start).toBeLessThan(next);
    const skipped = await send("下一次不用提醒我打卡了");
    expect(skipped.reply).toMatch(/那次不提醒「打卡」，下一次是 .* 18:00/u);
    const [after] = await agent().reminders.pending(user);
    expect(after?.due_at).toBeGreaterThan(next);
    await agent().world.advance((after?.due_at as number) - now() + 60_000);
    // The skipped one was not delivered; the one after it was.
    expect(open.texts(0)).toHaveLength(6);
    open.close();
  });

  it("reminds every Monday at 9 in English, skips the next one, and stops when cancelled", async () => {
    const user = "u_alice";
    const send = await openChat(agent(), user, "en");
    const turn = await send("remind me every Monday at 9 to call mum");
    expect(turn.reply).toMatch(/remind you to call mum every Monday at 09:00; the first one is Mon/u);
    const [reminder] = await agent().reminders.pending(user);
    expect(wallTime(reminder?.due_at as number)).toMatchObject({ weekday: 1, hour: 9, minute: 0 });
    const skipped = await send("skip the next call mum reminder");
    expect(skipped.reply).toMatch(/no reminder to call mum on Mon .*; the next one is Mon/u);
    const [after] = await agent().reminders.pending(user);
    expect((after?.due_at as number) - (reminder?.due_at as number)).toBe(7 * DAY);
    const open = surfaces(agent(), user, 1);
    await agent().world.advance((after?.due_at as number) - now());
    expect(open.texts(0)).toEqual([expect.stringMatching(/^⏰ Reminder: call mum \(Mon .*, 09:00\)$/u)]);
    expect((await send("cancel the call mum reminder")).reply).toMatch(/Cancelled the reminder to call mum/u);
    await agent().world.advance(8 * DAY);
    expect(open.texts(0)).toHaveLength(1);
    open.close();
  });

  it("asks what time when only the days are said, and keeps the repeat through the answer", async () => {
    const send = await openChat(agent(), "u_bob", "en");
    expect((await send("remind me every day to stretch")).reply).toMatch(/What time .* each time\?/u);
    expect((await send("7:30am")).reply).toMatch(/every day at 07:30/u);
    const [reminder] = await agent().reminders.pending("u_bob");
    expect(reminder?.rule).toBe("FREQ=DAILY;BYHOUR=7;BYMINUTE=30;BYSECOND=0");
  });
});
