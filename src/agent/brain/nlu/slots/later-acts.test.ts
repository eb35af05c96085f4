import { describe, expect, it } from "vitest";
import { extractLaterAct, extractWhen, impossibleDate } from "./later-acts.ts";
import { extractCaps, extractRecurrence, extractRunsUntil } from "./recurrence.ts";

// Thursday 26 November 2026, 09:00 in Shanghai (the sandbox world's start).
const NOW = Date.UTC(2026, 10, 26, 1, 0, 0);
const HOUR = 3_600_000;
const wall = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 16);

describe("acts about time are recognised by rules, in both languages", () => {
  it.each([
    ["提醒我明天下午3点取快递", "remind"],
    ["remind me to call mom in 20 minutes", "remind"],
    ["下周一早上提醒我交房租", "remind"],
    ["我有哪些提醒", "list_reminders"],
    ["what are my reminders", "list_reminders"],
    ["取消第一个提醒", "cancel_reminder"],
    ["cancel the reminder about mom", "cancel_reminder"],
    ["每个工作日早上9点给我点一杯拿铁送到公司，每次不超过30元", "recur"],
    ["every weekday at 9, a latte to my office, never more than ¥30", "recur"],
    ["我的定期订单有哪些", "list_recurring"],
    ["pause my recurring order", "pause_recurring"],
    ["resume my recurring order", "resume_recurring"],
    ["取消每个工作日的拿铁", "cancel_recurring"],
    ["改到9点", "move"],
    ["make it 9 instead", "move"],
    ["make it 7pm", "move"],
    ["make it 9:30", "move"],
  ])("%s → %s", (text, act) => {
    expect(extractLaterAct(text)).toBe(act);
  });

  it("asks no reminder of a question about something just done", () => {
    // Issue #11: "remind me what I just ordered?" asked when to remind.
    expect(extractLaterAct("remind me what I just ordered?")).toBeUndefined();
    expect(extractLaterAct("can you remind me how much I paid")).toBeUndefined();
    expect(extractLaterAct("提醒我一下我刚才买了什么")).toBeUndefined();
    expect(extractLaterAct("提醒我下午三点买点什么吃的")).toBe("remind");
    expect(extractLaterAct("remind me what to buy at 5pm")).toBe("remind");
  });

  it.each([
    "来一杯拿铁送到公司",
    "每杯不超过20块的奶茶来两杯",
    "改成热的",
    "a latte to my office",
    "明天早上8点帮我叫车去杭州东站",
    "取消订单",
    // A size or a count said after "make it" is no time.
    "make it 8 inch",
    "make it 18 pieces",
    "make it 3 cups",
    'make it 10" please',
  ])("%s is no act about time", (text) => {
    expect(extractLaterAct(text)).toBeUndefined();
  });
});

describe("when a reminder is for", () => {
  it("reads relative times in both languages", () => {
    expect(extractWhen("remind me to call mom in 20 minutes", "en", NOW)).toMatchObject({
      atMs: NOW + 20 * 60_000,
    });
    expect(extractWhen("半小时后提醒我关火", "zh", NOW)).toMatchObject({ atMs: NOW + 30 * 60_000 });
  });

  it("keeps a past day as said, so it can be questioned", () => {
    const when = extractWhen("昨天下午提醒我开会", "zh", NOW);
    expect(when && "atMs" in when && when.atMs < NOW).toBe(true);
  });

  it("names dates no calendar has", () => {
    expect(impossibleDate("2月30日提醒我交房租")).toBe("2月30日");
    expect(impossibleDate("remind me on Feb 30 to pay rent")).toBe("Feb 30");
    expect(impossibleDate("4月31号")).toBe("4月31号");
    expect(impossibleDate("2月29日")).toBeUndefined();
    expect(impossibleDate("12月1日")).toBeUndefined();
  });
});

describe("a recurring request read as an RRULE, caps and an expiry", () => {
  it("reads weekdays at a clock time", () => {
    const zh = extractRecurrence("每个工作日早上9点给我点一杯拿铁送到公司", "zh", NOW);
    expect(zh).toMatchObject({
      rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0",
      text: { zh: "每个工作日 09:00", en: "every weekday at 09:00" },
    });
    const en = extractRecurrence("every weekday at 9, a latte to my office", "en", NOW);
    expect(en).toMatchObject({ rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0" });
  });

  it("reads named days and every day", () => {
    expect(extractRecurrence("每周一三五晚上7点来份沙拉", "zh", NOW)).toMatchObject({
      rule: "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=19;BYMINUTE=0;BYSECOND=0",
    });
    expect(extractRecurrence("every day at 8am a latte", "en", NOW)).toMatchObject({
      rule: "FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0",
    });
  });

  it("asks for a time instead of guessing one", () => {
    expect(extractRecurrence("每个工作日给我点杯拿铁", "zh", NOW)).toEqual({ missing: "time" });
  });

  it("reads a cap per run and in total, in fen", () => {
    expect(extractCaps("每次不超过30元，总共不超过300元")).toMatchObject({
      perRunFen: 3000,
      totalFen: 30000,
    });
    expect(extractCaps("never more than ¥30, ¥200 in total")).toMatchObject({
      perRunFen: 3000,
      totalFen: 20000,
    });
  });

  it("runs 30 days unless told otherwise", () => {
    expect(extractRunsUntil("每天早上8点", NOW).untilMs).toBe(NOW + 30 * 24 * HOUR);
    expect(extractRunsUntil("for two weeks", NOW).untilMs).toBe(NOW + 14 * 24 * HOUR);
    expect(wall(extractRunsUntil("持续一个月", NOW).untilMs)).toBe("2026-12-26T09:00");
  });
});
