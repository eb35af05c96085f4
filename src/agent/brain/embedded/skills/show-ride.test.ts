import { describe, expect, it } from "vitest";
import type { SkillContext } from "./context.ts";
import { showTrip } from "./show-ride.ts";

const startsAt = Date.UTC(2026, 10, 28, 11, 30);
const endsAt = startsAt + 150 * 60_000;
const event = {
  id: "evt_joker",
  nameZh: "薛之谦",
  nameEn: "Joker Xue",
  category: "concert",
  performer: "",
  venue: { nameZh: "黄龙体育中心体育馆", nameEn: "Huanglong Gymnasium", lng: 120.1, lat: 30.2 },
  minPriceFen: 38000,
  maxPriceFen: 88000,
  sessions: [{ sessionId: "ses_joker_1", startsAt, startsAtLocal: "", endsAt }],
};

function contextOf(text: string, lastIntent = "buy_tickets", tickets: object | undefined = undefined) {
  return {
    turn: {
      text,
      now: startsAt - 2 * 86_400_000,
      profile: {
        timeZone: "Asia/Shanghai",
        addresses: [{ id: "a1", label: "home", address: "家的地址", lng: 120.2, lat: 30.3 }],
      },
      tools: { call: async () => ({ ok: true, data: { events: [event] } }) },
    },
    lang: "zh",
    state: {
      lastIntent,
      skill: { tickets: tickets ?? { eventId: "evt_joker", sessionId: "ses_joker_1", carded: true } },
    },
  } as unknown as SkillContext;
}

describe("a ride asked right after a show was booked", () => {
  it.each([
    "再帮我叫个车，开场前一小时到",
    "叫车过去",
    "到时候帮我约个车",
    "get me a cab there an hour before it starts",
    "can you get me a car to the venue",
  ])("goes to the venue: %s", async (text) => {
    const trip = await showTrip(contextOf(text), {});
    expect(trip?.destination.name).toBe("黄龙体育中心体育馆");
    expect(trip?.origin.name).toBe("家");
    expect(trip?.when).toMatchObject({ atMs: startsAt - 30 * 60_000, arrive: true });
  });
  it.each(["散场后叫车送我回家", "and a taxi home after the show"])(
    "leaves from the venue: %s",
    async (text) => {
      const trip = await showTrip(contextOf(text), {});
      expect(trip?.origin.name).toBe("黄龙体育中心体育馆");
      expect(trip?.destination.name).toBe("家");
      expect(trip?.when).toMatchObject({ atMs: endsAt, arrive: false });
    },
  );
  it("leaves a ride to a place of its own alone", async () => {
    expect(await showTrip(contextOf("打车去杭州东站"), { destinationPhrase: "杭州东站" })).toBeUndefined();
    const westLake = { lng: 120.15, lat: 30.25, name: "西湖", nameEn: "West Lake" };
    expect(
      await showTrip(contextOf("叫车去西湖那边"), { destinationPhrase: "西湖", destination: westLake }),
    ).toBeUndefined();
  });
  it("needs a show in the dialogue, and 'there' only right after it", async () => {
    expect(await showTrip(contextOf("叫车过去", "buy_tickets", {}), {})).toBeUndefined();
    expect(await showTrip(contextOf("叫车过去", "order_delivery"), {})).toBeUndefined();
    expect(
      (await showTrip(contextOf("开场前半小时到，叫个车", "order_delivery"), {}))?.destination.name,
    ).toBe("黄龙体育中心体育馆");
  });
});
