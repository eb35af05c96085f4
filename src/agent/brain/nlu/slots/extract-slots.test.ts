import { describe, expect, it } from "vitest";
import { Gazetteer } from "../gazetteer.ts";
import { detectLanguage } from "../normalize.ts";
import { extractSlots } from "./extract-slots.ts";

// 2026-11-26 09:00 in Asia/Shanghai (a Thursday), the default start of the simulated world.
const NOW = Date.UTC(2026, 10, 26, 1, 0, 0);
const shanghai = (day: number, hour: number) => Date.UTC(2026, 10, day, hour - 8, 0, 0);

const cases: [string, Record<string, unknown>][] = [
  [
    "帮我点一杯少糖的拿铁送到公司",
    { quantity: 1, unit: "杯", options: { sugar: "less" }, addressLabel: "office" },
  ],
  ["来两杯珍珠奶茶", { quantity: 2, unit: "杯" }],
  // "热" / "冰" standing alone is a temperature; inside a word it is not.
  ["帮我点拿铁1杯，热，送到我家", { quantity: 1, options: { temperature: "hot" } }],
  ["two skimmed Flat Whites", { quantity: 2, options: { milk: "skim" } }],
  // A ticket price said with its price word and no money word is a cap on each ticket.
  ["来4张票，票价60以内", { quantity: 4, budgetMaxFen: 6000, perItemMaxFen: 6000 }],
  // A cap said with no money word: a bare number before 以内/以下 or after a cap word.
  ["周杰伦演唱会两张票，每张500以内", { quantity: 2, budgetMaxFen: 50000, perItemMaxFen: 50000 }],
  ["两杯拿铁，一共50以下", { quantity: 2, budgetMaxFen: 5000 }],
  ["三杯奶茶最多60", { quantity: 3, budgetMaxFen: 6000 }],
  ["2 tickets for Jay Chou, under 500 each", { quantity: 2, budgetMaxFen: 50000, perItemMaxFen: 50000 }],
  ["two lattes, max 40 total", { quantity: 2, budgetMaxFen: 4000 }],
  ["3 tickets, no more than 300 a seat", { quantity: 3, budgetMaxFen: 30000, perItemMaxFen: 30000 }],
  ["4 burgers, 100 tops", { quantity: 4, budgetMaxFen: 10000 }],
  // "算了" followed by what is wanted instead corrects; on its own, or with a refusal, it calls off.
  ["算了，要3份", { quantity: 3, correction: true }],
  ["never mind, make it two", { quantity: 2, correction: true }],
  ["算了，不要了", { cancel: true }],
  ["forget it, I'll cook tonight", { cancel: true }],
  // Follow-ups that change a count or an address.
  ["wait, I need three", { quantity: 3, correction: true }],
  ["make it 2 instead", { quantity: 2, correction: true }],
  ["地址改成家", { addressLabel: "home", correction: true }],
  ["三杯美式，中杯，一个小时内送到", { quantity: 3, withinMinutes: 60, options: { size: "medium" } }],
  ["a couple of lattes please", { quantity: 2, unit: "lattes" }],
  [
    "2 cups of americano, less sugar, no ice",
    { quantity: 2, unit: "cups", options: { sugar: "less", ice: "none" } },
  ],
  ["三张票", { quantity: 3, unit: "张" }],
  ["50块以内", { budgetMaxFen: 5000 }],
  ["under 40 yuan", { budgetMaxFen: 4000 }],
  ["不超过100元", { budgetMaxFen: 10000 }],
  ["我想点外卖，预算30块", { budgetMaxFen: 3000 }],
  ["¥30", { amountFen: 3000 }],
  ["给小红转200块", { amountFen: 20000, recipient: "小红" }],
  ["给小红转200", { amountFen: 20000, recipient: "小红" }],
  ["给妈妈发个88元的红包", { amountFen: 8800, recipient: "妈妈" }],
  ["send Bob 50 yuan", { amountFen: 5000, recipient: "Bob" }],
  ["transfer 100 to my mom", { amountFen: 10000, recipient: "my mom" }],
  ["半小时内送到", { withinMinutes: 30 }],
  ["within 30 minutes", { withinMinutes: 30 }],
  ["in 30 minutes", { withinMinutes: 30 }],
  ["一个小时以内", { withinMinutes: 60 }],
  ["大杯去冰半糖", { options: { size: "large", sugar: "half", ice: "none" } }],
  ["超大杯 热的", { options: { size: "extra_large", temperature: "hot" } }],
  ["large hot latte", { options: { size: "large", temperature: "hot" } }],
  ["微辣", { options: { spice: "mild" } }],
  ["extra spicy please", { options: { spice: "extra_hot" } }],
  ["从西湖到杭州东站", { origin: "西湖", destination: "杭州东站" }],
  ["怎么去杭州东站", { destination: "杭州东站" }],
  ["帮我打个车去西湖", { destination: "西湖" }],
  ["from West Lake to the airport", { origin: "West Lake", destination: "the airport" }],
  ["回家", { addressLabel: "home" }],
  ["take me home", { addressLabel: "home" }],
  ["two tickets for Saturday's concert, seats together", { quantity: 2, seatsTogether: true }],
  ["买两张票，要连座", { quantity: 2, seatsTogether: true }],
  ["第二个", { ordinal: 2 }],
  ["the second one", { ordinal: 2 }],
  ["最后一个吧", { ordinal: -1 }],
  ["就它了", { reference: "that_one" }],
  ["same as last time", { reference: "last_time" }],
  ["same as my last order, but no sugar", { reference: "last_time", options: { sugar: "none" } }],
  ["just like my previous order", { reference: "last_time" }],
  ["上次那个", { reference: "last_time" }],
  ["再来一份一样的送公司", { reference: "last_time" }],
  ["同样的再点一杯", { reference: "last_time" }],
  ["我平时常喝的那个", { reference: "last_time" }],
  ["换成热的", { correction: true, options: { temperature: "hot" } }],
  ["make it large", { correction: true, options: { size: "large" } }],
  ["no, two cups", { correction: true, quantity: 2 }],
  ["不要了", { cancel: true }],
  ["取消刚才的订单", { cancel: true }],
  ["好的", { confirm: true }],
  ["yes please", { confirm: true }],
  ["actually, make it two", { quantity: 2 }],
  ["just one please", { quantity: 1 }],
  ["transfer -500 yuan to bob", { moneyProblem: { text: "-500", reason: "negative" } }],
  ["给小红转负200块", { moneyProblem: { reason: "negative" } }],
  ["transfer 1e10 yuan", { moneyProblem: { text: "1e10", reason: "not_a_number" } }],
  ["给小红转0元", { moneyProblem: { reason: "zero" } }],
  ["send bob 50000000 yuan", { moneyProblem: { reason: "too_large" } }],
  ["我上一单的奶茶洒了，帮我申请退款", { afterSale: true }],
  ["the fries were missing", { afterSale: true }],
  ["I want a refund for my coffee", { afterSale: true }],
];

describe("extractSlots", () => {
  it.each(cases)("reads %s", (text, expected) => {
    expect(extractSlots(text, detectLanguage(text), undefined, { now: NOW })).toMatchObject(expected);
  });

  it("reads Chinese weeks from Monday: on a Sunday, 下周一 is tomorrow and 这周日 today", () => {
    const sunday = Date.UTC(2026, 10, 29, 2, 0, 0);
    expect(extractSlots("下周一早上提醒我交房租", "zh", undefined, { now: sunday }).datetime?.startMs).toBe(
      shanghai(30, 8),
    );
    expect(extractSlots("这周日", "zh", undefined, { now: sunday }).datetime?.startMs).toBe(shanghai(29, 12));
    expect(extractSlots("下周一", "zh", undefined, { now: NOW }).datetime?.startMs).toBe(shanghai(30, 12));
  });

  it("prefers a date said outright to a vague one inside a title", () => {
    const slots = extractSlots("3 tickets for Weekend Stand-up Comedy Night, on Nov 29", "en", undefined, {
      now: NOW,
    });
    expect(slots.datetime).toMatchObject({ text: "Nov 29", startMs: shanghai(29, 12) });
  });

  it("reads no day out of a show's own name ('Weekend …' tomorrow is tomorrow)", () => {
    const gazetteer = new Gazetteer([
      { kind: "event", id: "standup", zh: "周末脱口秀 杭州专场", en: "Weekend Stand-up Comedy Night" },
      { kind: "event", id: "party", zh: "周末音乐派对", en: "Weekend Music Party" },
    ]);
    const read = (text: string) => extractSlots(text, detectLanguage(text), gazetteer, { now: NOW }).datetime;
    // The day in Shanghai the reading falls on.
    const day = (text: string) => new Date((read(text)?.startMs ?? 0) + 8 * 3_600_000).getUTCDate();
    expect(day("Book 2 tickets for Weekend Stand-up Comedy Night tomorrow")).toBe(27);
    expect(day("I want to see Weekend Stand-up Comedy Night tomorrow, two tickets")).toBe(27);
    expect(day("one seat for Weekend Music Party on Friday")).toBe(27);
    // Nothing but the name said: no day at all; a weekend asked about outside a name stays one.
    expect(read("2 tickets for Weekend Stand-up Comedy Night")).toBeUndefined();
    expect(read("any comedy this weekend?")).toBeDefined();
  });

  it("reads no product from a bare count or 'instead'", () => {
    expect(extractSlots("wait, I need three", "en", undefined, { now: NOW }).product).toBeUndefined();
    expect(extractSlots("算了，要3份", "zh", undefined, { now: NOW }).cancel).toBeFalsy();
  });

  it("resolves 明天晚上7点 to 19:00 tomorrow in Shanghai", () => {
    expect(extractSlots("明天晚上7点", "zh", undefined, { now: NOW }).datetime).toMatchObject({
      startMs: shanghai(27, 19),
      timeKnown: true,
    });
  });

  it("resolves tomorrow at 7pm to 19:00 tomorrow in Shanghai", () => {
    expect(extractSlots("tomorrow at 7pm", "en", undefined, { now: NOW }).datetime?.startMs).toBe(
      shanghai(27, 19),
    );
  });

  it("resolves 周六 and this Saturday to the coming Saturday without claiming an hour", () => {
    const zh = extractSlots("周六", "zh", undefined, { now: NOW }).datetime;
    const en = extractSlots("this Saturday", "en", undefined, { now: NOW }).datetime;
    expect(new Date(zh?.startMs ?? 0).getUTCDate()).toBe(28);
    expect(en?.startMs).toBe(zh?.startMs);
    expect(zh?.timeKnown).toBe(false);
  });

  it("resolves 下周五 to Friday of next week", () => {
    const slot = extractSlots("下周五", "zh", undefined, { now: NOW }).datetime;
    expect(new Date(slot?.startMs ?? 0).getUTCDate()).toBe(4);
  });

  it("reads 明天中午 as tomorrow's noon, not today's", () => {
    expect(extractSlots("明天中午帮我点杯拿铁", "zh", undefined, { now: NOW }).datetime?.startMs).toBe(
      shanghai(27, 12),
    );
    expect(extractSlots("周六晚上", "zh", undefined, { now: NOW }).datetime?.startMs).toBe(shanghai(28, 19));
  });

  it("keeps cancelling with a refund a cancellation, and an ordinary sum a sum", () => {
    expect(extractSlots("帮我取消订单并退款", "zh", undefined, { now: NOW }).afterSale).toBeUndefined();
    expect(extractSlots("给小红转200块", "zh", undefined, { now: NOW }).moneyProblem).toBeUndefined();
    expect(extractSlots("10-20 yuan is fine", "en", undefined, { now: NOW }).moneyProblem).toBeUndefined();
  });

  it("does not read a deadline as a date", () => {
    expect(extractSlots("半小时内送到", "zh", undefined, { now: NOW }).datetime).toBeUndefined();
  });

  it.each([
    "Could you send me 4 fried chickens (2 not spicy, 2 a little spicy)",
    "3份不辣的和一份一点点辣的",
    "肥牛拌饭两份，一点点辣和三份特辣的石锅拌饭",
    "奶茶两杯，一点点甜就好",
    "快一点",
    "便宜一点的拿铁",
  ])("reads no time in %s", (text) => {
    const lang = detectLanguage(text);
    expect(extractSlots(text, lang, undefined, { now: NOW }).datetime).toBeUndefined();
  });

  it("reads no temperature inside a word (热干面, 热狗, 冰淇淋)", () => {
    for (const text of ["热干面两份", "来个热狗", "两个冰淇淋"])
      expect(extractSlots(text, "zh", undefined, { now: NOW }).options).toBeUndefined();
  });

  it("still reads one o'clock when a clock word follows, and 2 a.m. when said so", () => {
    expect(extractSlots("一点送到公司", "zh", undefined, { now: NOW }).datetime?.timeKnown).toBe(true);
    expect(extractSlots("at 2 am tomorrow", "en", undefined, { now: NOW }).datetime?.timeKnown).toBe(true);
  });

  it("finds no place in a question about where an order is", () => {
    expect(extractSlots("我的外卖到哪了", "zh", undefined, { now: NOW }).destination).toBeUndefined();
  });

  it("does not confirm on a long request that starts with ok", () => {
    expect(
      extractSlots("ok, now order me two lattes to the office", "en", undefined, { now: NOW }).confirm,
    ).toBeUndefined();
  });
});
