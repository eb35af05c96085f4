import { describe, expect, it } from "vitest";
import type { TaskQuote } from "../../events.ts";
import { judge } from "./judge.ts";
import type { CardFrame, FaithCase, ObservedCard, Transcript } from "./types.ts";

const LATTE = { itemKey: "拿铁", words: ["拿铁", "Latte"], acceptableNames: ["拿铁", "Latte"] };
const OFFICE = { label: "office" as const, text: "滨江区阡陌路555号海康威视28楼" };

function request(frame: CardFrame, overrides: Partial<FaithCase> = {}): FaithCase {
  return {
    id: "t1",
    lang: "zh",
    userId: "u_xiaoming",
    family: "delivery",
    turns: ["帮我点两杯拿铁送到公司"],
    frames: [frame],
    kinds: ["kind", "item", "qty", "address"],
    satisfiable: true,
    ...overrides,
  };
}

function latteCard(overrides: Partial<TaskQuote> = {}, card: Partial<ObservedCard> = {}): ObservedCard {
  return {
    taskId: "task_1",
    kind: "order_delivery",
    status: "awaiting_confirmation",
    quote: {
      merchant: "瑞幸咖啡（江南大道店）",
      merchantEn: "Luckin Coffee (Jiangnan Ave)",
      lines: [{ name: "拿铁", nameEn: "Latte", qty: 2, unitFen: 2000, options: { ice: "hot" } }],
      totalFen: 4300,
      cartHash: "sha256:x",
      address: OFFICE.text,
      etaMinutes: 20,
      ...overrides,
    },
    ...card,
  };
}

function transcript(card: ObservedCard | undefined, reply: string, options: string[] = []): Transcript {
  return { turns: [{ text: "…", replies: [reply], options }], cards: card ? [card] : [] };
}

const frame: CardFrame = { kind: "order_delivery", lines: [{ ...LATTE, qty: 2 }], address: OFFICE };
const REPLY = "选了「瑞幸咖啡（江南大道店）」：评分 4.6，约 20 分钟送达。\n合计 ¥43.00，请在卡片上确认支付。";

describe("the faithfulness judge", () => {
  it("calls a card that matches every constraint exact", () => {
    expect(judge(request(frame), transcript(latteCard(), REPLY))).toEqual({
      outcome: "exact",
      divergences: [],
    });
  });

  it("calls a wrong quantity that the reply never states a silent divergence on qty", () => {
    const card = latteCard({ lines: [{ name: "拿铁", nameEn: "Latte", qty: 1, unitFen: 2000 }] });
    const verdict = judge(request(frame), transcript(card, REPLY));
    expect(verdict.outcome).toBe("silent");
    expect(verdict.divergences.map((divergence) => [divergence.kind, divergence.named])).toEqual([
      ["qty", false],
    ]);
  });

  it("calls a card from an excluded brand silent unless the reply owns up to it", () => {
    const excluding: CardFrame = { ...frame, excludedBrands: [{ zh: "瑞幸咖啡", en: "Luckin Coffee" }] };
    const silent = judge(request(excluding), transcript(latteCard(), REPLY));
    expect(silent.outcome).toBe("silent");
    expect(silent.divergences[0]?.kind).toBe("exclusion");
    const owned = judge(request(excluding), transcript(latteCard(), `附近只有瑞幸咖啡送得到，${REPLY}`));
    expect(owned.outcome).toBe("named");
  });

  it("calls a timed request answered with an unscheduled card a silent divergence on time", () => {
    const at = Date.UTC(2026, 10, 27, 0, 0);
    const timed: CardFrame = {
      kind: "ride_hail",
      destination: { names: ["杭州东站"], words: ["杭州东站"] },
      time: { at, earlyMs: 600_000, lateMs: 600_000, words: ["明天", "8点"] },
    };
    const ride: ObservedCard = {
      taskId: "task_2",
      kind: "ride_hail",
      status: "awaiting_confirmation",
      quote: {
        merchant: "快车",
        lines: [{ name: "家 → 杭州东站，预估 ¥44–¥64", qty: 1, unitFen: 6408 }],
        totalFen: 6408,
        cartHash: "sha256:y",
        address: "杭州东站",
      },
    };
    const reply = "快车从家到杭州东站，约 16 公里、37 分钟。\n合计 ¥64.08，请在卡片上确认支付。";
    const verdict = judge(request(timed, { family: "ride" }), transcript(ride, reply));
    expect(verdict.outcome).toBe("silent");
    expect(verdict.divergences.map((divergence) => divergence.kind)).toEqual(["time"]);
    const scheduled = judge(request(timed), transcript({ ...ride, scheduledFor: at + 120_000 }, reply));
    expect(scheduled.outcome).toBe("exact");
  });

  it("judges a ride asked to be there by a time by its arrival: pick-up plus the trip", () => {
    // The show starts 19:00; "开场前一个半小时到" is there by 17:30; the trip takes 40 minutes.
    const by = Date.UTC(2026, 10, 28, 9, 30);
    const timed: CardFrame = {
      kind: "ride_hail",
      destination: { names: ["杭州剧院"], words: ["杭州剧院"] },
      time: { at: by, earlyMs: 3_600_000, lateMs: 0, words: [], arrive: true },
    };
    const ride = (departs: number): ObservedCard => ({
      taskId: "task_3",
      kind: "ride_hail",
      status: "awaiting_confirmation",
      scheduledFor: departs,
      quote: {
        merchant: "快车",
        lines: [{ name: "家 → 杭州剧院，预估 ¥39–¥56", qty: 1, unitFen: 5632 }],
        totalFen: 5632,
        cartHash: "sha256:z",
        address: "杭州剧院",
        etaMinutes: 40,
      },
    });
    const reply = "另外帮你叫车从家去杭州剧院，16:40 出发。";
    const ask = request(timed, { family: "bundle" });
    expect(judge(ask, transcript(ride(by - 50 * 60_000), reply)).outcome).toBe("exact");
    // Leaving at the arrival time (or just before it) arrives late: no longer counted exact.
    const late = judge(ask, transcript(ride(by - 5 * 60_000), "另外帮你叫车从家去杭州剧院，17:25 出发。"));
    expect(late.divergences.map((divergence) => divergence.detail)).toEqual([
      `arrives ${new Date(by + 35 * 60_000).toISOString()}`,
    ]);
  });

  it("does not take the card's 'card' for a ride named", () => {
    const tickets: CardFrame = {
      kind: "buy_tickets",
      lines: [{ itemKey: "e1", words: ["Teahouse"], acceptableNames: [], qty: 1 }],
    };
    const ride: CardFrame = { kind: "ride_hail", destination: { names: ["杭州剧院"], words: ["杭州剧院"] } };
    const card: ObservedCard = {
      taskId: "task_4",
      kind: "buy_tickets",
      status: "awaiting_confirmation",
      quote: {
        merchant: "北京人艺 话剧《茶馆》",
        lines: [{ name: "丙等 BC区 1排7号", qty: 1, unitFen: 18000 }],
        totalFen: 18000,
        cartHash: "sha256:t",
      },
    };
    const ask = request(tickets, { lang: "en", family: "bundle", frames: [tickets, ride] });
    const tap = 'Teahouse, tomorrow 19:30. Total ¥180.00 — tap "Confirm & pay" on the card to go ahead.';
    expect(judge(ask, transcript(card, tap)).outcome).toBe("silent");
    expect(judge(ask, transcript(card, `${tap} I couldn't book the car there.`)).outcome).toBe("named");
  });

  it("calls a divergence the reply names a named divergence", () => {
    const budget: CardFrame = { ...frame, budget: { kind: "total", fen: 3000 } };
    const verdict = judge(request(budget), transcript(latteCard(), `超出了你 30 元的预算。${REPLY}`));
    expect(verdict.outcome).toBe("named");
    expect(verdict.divergences).toEqual([expect.objectContaining({ kind: "budget", named: true })]);
  });

  it("checks each line of an option split, not only the total", () => {
    const split: CardFrame = {
      kind: "order_delivery",
      lines: [
        { ...LATTE, qty: 2, options: { ice: ["regular", "less"] } },
        { ...LATTE, qty: 2, options: { ice: ["hot"] } },
      ],
    };
    const allHot = latteCard({ lines: [{ name: "拿铁", qty: 4, unitFen: 2000, options: { ice: "hot" } }] });
    expect(judge(request(split), transcript(allHot, REPLY)).divergences.map((entry) => entry.kind)).toEqual([
      "options",
    ]);
    const both = latteCard({
      lines: [
        { name: "拿铁", qty: 2, unitFen: 2000, options: { ice: "regular" } },
        { name: "拿铁", qty: 2, unitFen: 2000, options: { ice: "hot" } },
      ],
    });
    expect(judge(request(split), transcript(both, REPLY)).outcome).toBe("exact");
  });

  it("fails an English request whose reply carries Chinese, whatever the card", () => {
    const english = request(frame, { lang: "en" });
    const verdict = judge(english, transcript(latteCard(), 'I couldn\'t find "拿铁" near your office.'));
    expect(verdict).toMatchObject({ outcome: "failed", failure: "language" });
    const chinese = judge(
      request(frame),
      transcript(latteCard(), "Luckin Coffee is the best pick. Total ¥43.00"),
    );
    expect(chinese).toMatchObject({ outcome: "failed", failure: "language" });
  });

  it("counts a question or an honest refusal without a card as asked, and silence as a failure", () => {
    expect(judge(request(frame), transcript(undefined, "附近没有送得到的拿铁，换个东西？")).outcome).toBe(
      "asked",
    );
    expect(judge(request(frame), transcript(undefined, "好的。"))).toMatchObject({
      outcome: "failed",
      failure: "no_card",
    });
  });

  it("resolves 'the second one' to the event the previous reply listed second", () => {
    const picked: CardFrame = {
      kind: "buy_tickets",
      lines: [{ itemKey: "picked", words: [], acceptableNames: [], qty: 2 }],
      eventFromOption: 2,
    };
    const tickets: ObservedCard = {
      taskId: "task_3",
      kind: "buy_tickets",
      status: "awaiting_confirmation",
      quote: {
        merchant: "宋城千古情",
        merchantEn: "The Romance of the Song Dynasty",
        lines: [
          { name: "乙等 2排6号", qty: 1, unitFen: 31000 },
          { name: "乙等 2排7号", qty: 1, unitFen: 31000 },
        ],
        totalFen: 62000,
        cartHash: "sha256:z",
        address: "杭州宋城大剧院 · 2026-11-28 15:00",
      },
    };
    const played: Transcript = {
      turns: [
        { text: "周六有什么演出？", replies: ["11月28日有这些："], options: ["电影《沙丘3》", "宋城千古情"] },
        { text: "第二个，两张", replies: ["合计 ¥620.00，请在卡片上确认支付。"], options: [] },
      ],
      cards: [tickets],
    };
    expect(judge(request(picked, { family: "tickets" }), played).outcome).toBe("exact");
  });
});
