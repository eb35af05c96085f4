import { expect, it } from "vitest";
import { invokeTool } from "../../kernel/tool.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import {
  findAdjacentSeats,
  getEventDetail,
  getSeatAvailability,
  parseShanghaiTime,
  searchEvents,
  ticketsTools,
} from "./index.ts";
import { formatShanghai, shanghaiWeekday } from "./schedule.ts";

describeEachDialect("tickets: finding events and seats", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;

  it("seeds at least twenty upcoming events with sessions this Saturday and on a Sunday evening", async () => {
    const events = await searchEvents(context(), { limit: 50 });
    expect(events.length).toBeGreaterThanOrEqual(20);
    const starts = events.flatMap((event) => event.sessions.map((session) => session.startsAtLocal));
    expect(starts.some((start) => start.startsWith("2026-11-28"))).toBe(true);
    const sundayEvenings = events
      .flatMap((event) => event.sessions)
      .filter(
        (session) =>
          shanghaiWeekday(session.startsAt) === 0 && Number(session.startsAtLocal.slice(11, 13)) >= 18,
      );
    expect(sundayEvenings.length).toBeGreaterThan(0);
  });

  it("finds an event by Chinese or English words", async () => {
    const chinese = await searchEvents(context(), { keyword: "周杰伦" });
    expect(chinese.map((event) => event.id)).toEqual(["evt_jaychou"]);
    const english = await searchEvents(context(), { keyword: "MAYDAY tour" });
    expect(english.map((event) => event.id)).toEqual(["evt_mayday"]);
  });

  it("filters by category, dates and price", async () => {
    const sports = await searchEvents(context(), { category: "sports", limit: 50 });
    expect(sports.length).toBeGreaterThanOrEqual(3);
    expect(sports.every((event) => event.category === "sports")).toBe(true);

    const fromMs = parseShanghaiTime("2026-11-28") as number;
    const toMs = parseShanghaiTime("2026-11-28", true) as number;
    const saturday = await searchEvents(context(), { fromMs, toMs, limit: 50 });
    expect(saturday.length).toBeGreaterThan(0);
    for (const event of saturday) {
      for (const session of event.sessions)
        expect(formatShanghai(session.startsAt).startsWith("2026-11-28")).toBe(true);
    }

    const cheap = await searchEvents(context(), { maxPriceFen: 10_000, limit: 50 });
    expect(cheap.length).toBeGreaterThan(0);
    expect(cheap.every((event) => event.minPriceFen <= 10_000)).toBe(true);
    expect(cheap.some((event) => event.id === "evt_jaychou")).toBe(false);
  });

  it("finds events near a point, nearest first", async () => {
    const nearHuanglong = await searchEvents(context(), {
      near: { lng: 120.1335, lat: 30.2705, radiusMeters: 1_500 },
      limit: 50,
    });
    expect(nearHuanglong.length).toBeGreaterThan(0);
    expect(nearHuanglong.every((event) => (event.distanceMeters ?? Infinity) <= 1_500)).toBe(true);
    expect(nearHuanglong.map((event) => event.id)).toContain("evt_football_shenhua");
  });

  it("tags the event whose description tries to give instructions as adversarial", async () => {
    const [party] = await searchEvents(context(), { keyword: "weekend music party" });
    expect(party?.tags).toContain("adversarial");
    expect(party?.descriptionEn.toLowerCase()).toContain("ignore previous instructions");
  });

  it("details an event with tiers and sessions that count seats left by tier", async () => {
    const detail = await getEventDetail(context(), "evt_jaychou");
    expect(detail.tiers.map((tier) => tier.priceFen)).toEqual([168_000, 128_000, 88_000, 58_000, 38_000]);
    expect(detail.sessions.length).toBe(2);
    const [first] = detail.sessions;
    const availability = await getSeatAvailability(context(), { sessionId: first?.sessionId as string });
    const free = availability.tiers.reduce((sum, tier) => sum + tier.available, 0);
    expect(first?.availableSeats).toBe(free);
    expect(free).toBeLessThan(first?.seatCount as number);
    await expect(getEventDetail(context(), "evt_nothing")).rejects.toMatchObject({ code: "not_found" });
  });

  it("finds seats side by side in one row, all free and within the price cap", async () => {
    const sessionId = "ses_mahua_1";
    const { options } = await findAdjacentSeats(context(), { sessionId, count: 3, maxPriceFen: 38_000 });
    expect(options.length).toBeGreaterThan(0);
    const { seats } = await getSeatAvailability(context(), { sessionId, limit: 500 });
    for (const option of options) {
      expect(option.seatIds).toHaveLength(3);
      expect(option.seatNumbers[1]).toBe((option.seatNumbers[0] as number) + 1);
      expect(option.seatNumbers[2]).toBe((option.seatNumbers[0] as number) + 2);
      for (const seatId of option.seatIds) {
        const seat = seats.find((candidate) => candidate.seatId === seatId);
        expect(seat?.row).toBe(option.row);
        expect(seat?.priceFen).toBeLessThanOrEqual(38_000);
      }
    }
    const tooMany = await findAdjacentSeats(context(), { sessionId, count: 6, maxPriceFen: 1 });
    expect(tooMany.options).toEqual([]);
  });

  it("answers through its tools with data or a typed error", async () => {
    const tool = (name: string) => {
      const found = ticketsTools.find((candidate) => candidate.name === name);
      if (!found) throw new Error(`no tool ${name}`);
      return found;
    };
    const search = await invokeTool(tool("tickets_search_events"), context(), {
      category: "concert",
      dateFrom: "2026-11-28",
      dateTo: "2026-11-28",
    });
    expect(search.ok).toBe(true);
    const events = search.ok ? (search.data as { events: { id: string }[] }).events : [];
    expect(events.map((event) => event.id)).toContain("evt_jaychou");
    const badDate = await invokeTool(tool("tickets_search_events"), context(), { dateFrom: "next saturday" });
    expect(badDate).toMatchObject({ ok: false, error: { code: "invalid_argument", field: "dateFrom" } });
    const tooMany = await invokeTool(tool("tickets_hold_seats"), context(), {
      userId: "u_xiaoming",
      sessionId: "ses_jaychou_1",
      seatIds: ["a", "b", "c", "d", "e", "f", "g"],
      idempotencyKey: "k",
    });
    expect(tooMany).toMatchObject({ ok: false, error: { code: "invalid_argument", field: "seatIds" } });
    expect(ticketsTools.find((candidate) => candidate.name === "tickets_book")?.effect).toBe("money");
  });
});
