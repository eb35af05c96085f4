import { expect, it } from "vitest";
import { DimpleError } from "../../kernel/errors.ts";
import { SeededRandom } from "../../kernel/random.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { holdSeats } from "./index.ts";

const SESSION_ID = "ses_test_fifty";

describeEachDialect("tickets: concurrent holds", (dialect) => {
  const world = useTestWorld(dialect);

  it("sells at most 50 seats when 200 holds race for a 50-seat session, and never one seat twice", async () => {
    const { db } = world().context;
    await db
      .insertInto("tickets_sessions")
      .values({
        id: SESSION_ID,
        event_id: "evt_xiha",
        starts_at: world().context.clock.now() + 72 * 3_600_000,
        ends_at: world().context.clock.now() + 74 * 3_600_000,
        status: "on_sale",
        sections: JSON.stringify([{ code: "M", zh: "正厅", en: "Main Hall" }]),
        seat_count: 50,
      })
      .execute();
    const seatIds = Array.from(
      { length: 50 },
      (_, index) => `${SESSION_ID}-M-${Math.floor(index / 10) + 1}-${(index % 10) + 1}`,
    );
    await db
      .insertInto("tickets_seats")
      .values(
        seatIds.map((id, index) => ({
          id,
          session_id: SESSION_ID,
          tier_id: "evt_xiha_t1",
          section: "M",
          row_number: Math.floor(index / 10) + 1,
          seat_number: (index % 10) + 1,
          status: "available",
          hold_id: null,
          booking_id: null,
        })),
      )
      .execute();

    // 160 buyers want one random seat; 40 want two to four seats at once.
    const random = new SeededRandom(42);
    const requests = Array.from({ length: 200 }, (_, index) => ({
      userId: `u_race_${index}`,
      sessionId: SESSION_ID,
      seatIds: random.sample(seatIds, index < 160 ? 1 : random.int(2, 4)),
      idempotencyKey: `race-${index}`,
    }));
    const outcomes = await Promise.allSettled(requests.map((request) => holdSeats(world().context, request)));

    const held = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") {
        expect(outcome.reason).toBeInstanceOf(DimpleError);
        expect((outcome.reason as DimpleError).code).toBe("seat_unavailable");
      }
    }
    const heldSeatIds = held.flatMap((hold) => hold.seats.map((seat) => seat.seatId));
    expect(held.length).toBeGreaterThan(0);
    expect(heldSeatIds.length).toBeLessThanOrEqual(50);
    expect(new Set(heldSeatIds).size).toBe(heldSeatIds.length);

    // The table agrees: exactly the seats of successful holds are held, each by the hold that won it.
    const rows = await db
      .selectFrom("tickets_seats")
      .select(["id", "status", "hold_id"])
      .where("session_id", "=", SESSION_ID)
      .execute();
    const heldRows = rows.filter((row) => row.status === "held");
    expect(heldRows.length).toBe(heldSeatIds.length);
    for (const hold of held) {
      for (const seat of hold.seats) {
        expect(rows.find((row) => row.id === seat.seatId)?.hold_id).toBe(hold.holdId);
      }
    }
    const activeHolds = await db
      .selectFrom("tickets_holds")
      .select("id")
      .where("session_id", "=", SESSION_ID)
      .execute();
    expect(activeHolds.length).toBe(held.length);
  });
});
