import { describe, expect, it } from "vitest";
import { sessionList } from "./session-list.ts";

const now = Date.UTC(2026, 10, 26, 1, 0);
const event = {
  id: "evt_x",
  nameZh: "某乐队 巡演",
  nameEn: "Some Band Tour",
  category: "concert",
  performer: "Some Band",
  venue: { nameZh: "某体育馆", nameEn: "Some Arena", lng: 120, lat: 30 },
  minPriceFen: 38000,
  maxPriceFen: 128000,
  sessions: [
    { sessionId: "s1", startsAt: Date.UTC(2026, 11, 12, 11, 30), startsAtLocal: "2026-12-12T19:30" },
    { sessionId: "s2", startsAt: Date.UTC(2026, 11, 13, 11, 30), startsAtLocal: "2026-12-13T19:30" },
  ],
};

describe("one show's sessions as the list", () => {
  it("lists each session, so the second one picks the second session", () => {
    const decision = sessionList(event, now, "zh", {});
    expect(decision.type).toBe("propose");
    if (decision.type !== "propose") return;
    expect(decision.options?.map((option) => option.label)).toEqual([
      expect.stringContaining("12月12日"),
      expect.stringContaining("12月13日"),
    ]);
    const shown = (decision.state as { shown?: { entries: { payload: unknown }[] } }).shown;
    expect(shown?.entries[1]?.payload).toEqual({ eventId: "evt_x", sessionId: "s2" });
  });

  it("speaks English to an English session", () => {
    const decision = sessionList(event, now, "en", {});
    expect(decision.type === "propose" && decision.text).toMatch(
      /^Some Band Tour plays 2 times at Some Arena/,
    );
  });
});
