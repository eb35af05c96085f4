import { expect, it } from "vitest";
import { useTestWorld } from "../../ecosystem/world/testing.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { computeAnalytics } from "./report.ts";

const DAY = 86_400_000;
// 2026-11-01 10:00 Shanghai.
const START = Date.UTC(2026, 10, 1, 2, 0, 0);

describeEachDialect("flywheel analytics", (dialect) => {
  const world = useTestWorld(dialect);

  it("computes active users, retention, the funnel, GMV, success, failures and latency from the store", async () => {
    const { db } = world().context;
    let n = 0;
    const turn = (
      user: string,
      day: number,
      session: string,
      intent: string,
      lang: string,
      latency: number,
      taskIds: string[] = [],
    ) => ({
      id: `t${++n}`,
      session_id: session,
      user_id: user,
      seq: n,
      lang,
      text: "x",
      intent,
      confidence: 0.9,
      slots: "{}",
      brain: "embedded",
      reply: "y",
      events: "{}",
      task_ids: JSON.stringify(taskIds),
      latency_ms: latency,
      at: START + day * DAY,
    });
    await db
      .insertInto("flywheel_turns")
      .values([
        turn("a", 0, "s1", "order_delivery", "zh", 10, ["k1"]),
        turn("a", 1, "s2", "weather", "zh", 20),
        turn("b", 0, "s3", "order_delivery", "en", 30, ["k2"]),
        turn("b", 0, "s3", "order_delivery", "en", 40, ["k3"]),
        turn("c", 7, "s4", "ride_hail", "en", 50, ["k4"]),
        turn("a", 7, "s5", "smalltalk", "zh", 60),
        turn("d", 9, "s6", "out_of_scope", "en", 1000),
      ])
      .execute();
    const outcome = (
      task: string,
      session: string,
      kind: string,
      status: string,
      paid: number,
      day: number,
      error: string | null = null,
    ) => ({
      id: `o${++n}`,
      task_id: task,
      user_id: "x",
      session_id: session,
      kind,
      status,
      quoted_fen: 3000,
      paid_fen: paid,
      refunded_fen: 0,
      error_code: error,
      at: START + day * DAY + 1000,
    });
    await db
      .insertInto("flywheel_task_outcomes")
      .values([
        outcome("k1", "s1", "order_delivery", "awaiting_confirmation", 0, 0),
        outcome("k1", "s1", "order_delivery", "in_fulfilment", 0, 0),
        outcome("k1", "s1", "order_delivery", "completed", 3000, 0),
        outcome("k2", "s3", "order_delivery", "awaiting_confirmation", 0, 0),
        outcome("k3", "s3", "order_delivery", "awaiting_confirmation", 0, 0),
        outcome("k3", "s3", "order_delivery", "failed", 0, 0, "payment_declined"),
        outcome("k4", "s4", "ride_hail", "awaiting_confirmation", 0, 7),
        outcome("k4", "s4", "ride_hail", "completed", 2500, 7),
      ])
      .execute();
    await db
      .insertInto("flywheel_signals")
      .values([
        {
          id: "g1",
          user_id: "b",
          session_id: "s3",
          turn_id: null,
          task_id: "k2",
          kind: "abandoned_confirmation",
          detail: "{}",
          at: START,
        },
        {
          id: "g2",
          user_id: "d",
          session_id: "s6",
          turn_id: "t7",
          task_id: null,
          kind: "rephrase",
          detail: JSON.stringify({ ofTurnId: "t7" }),
          at: START + 9 * DAY,
        },
      ])
      .execute();
    await db
      .insertInto("flywheel_feedback")
      .values([
        {
          id: "f1",
          user_id: "a",
          session_id: "s2",
          turn_id: "t2",
          rating: "down",
          reason: "wrong city",
          source: "app",
          at: START + DAY,
        },
        {
          id: "f2",
          user_id: "a",
          session_id: "s1",
          turn_id: "t1",
          rating: "up",
          reason: null,
          source: "app",
          at: START,
        },
      ])
      .execute();

    const report = await computeAnalytics(world().context);
    expect(report.asOf).toBe("2026-11-10");
    expect(report.users).toEqual({ total: 4, dau: 1, wau: 3, mau: 4, activeRate: 0.25, stickiness: 0.05 });
    expect(report.usesPerUserPerMonth).toBe(1.5);
    expect(report.retention.d1).toEqual({ eligible: 3, retained: 1, rate: 0.3333 });
    expect(report.retention.d7).toEqual({ eligible: 2, retained: 1, rate: 0.5 });
    expect(report.retention.d14.eligible).toBe(0);
    expect(report.funnel).toEqual({ intent: 4, quote: 4, confirm: 2, paid: 2, delivered: 2 });
    expect(report.funnelByKind.ride_hail).toEqual({ quote: 1, confirm: 1, paid: 1, delivered: 1 });
    expect(report.gmv).toEqual({
      grossFen: 5500,
      refundedFen: 0,
      netFen: 5500,
      orders: 2,
      averageOrderFen: 2750,
    });
    expect(report.successByIntent.order_delivery).toEqual({ turns: 3, success: 1, rate: 0.3333 });
    expect(report.successByLang.zh).toEqual({ turns: 3, success: 2, rate: 0.6667 });
    expect(report.failureReasons).toEqual({
      abandoned_confirmation: 1,
      misunderstood: 1,
      "task_failed:payment_declined": 1,
      "thumbs_down:wrong city": 1,
    });
    expect(report.turnsPerTask).toEqual({ mean: 1, p50: 1, tasks: 2 });
    expect(report.latencyMs).toEqual({ p50: 40, p90: 1000, p95: 1000, p99: 1000, turns: 7 });
    expect(report.feedback).toEqual({ up: 1, down: 1, rate: 0.5 });
    expect(report.dailyActive.map((day) => day.users)).toEqual([2, 1, 2, 1]);
    expect(report.dailyActive[0]?.gmvFen).toBe(3000);
  });
});

describeEachDialect("flywheel analytics: GMV per day", (dialect) => {
  const world = useTestWorld(dialect);

  it("puts every paid task's amount on the day it was paid, turns that day or not, so the days sum to the GMV", async () => {
    const { db } = world().context;
    const turn = (id: string, day: number, session: string, taskIds: string[]) => ({
      id,
      session_id: session,
      user_id: "a",
      seq: 1,
      lang: "zh",
      text: "x",
      intent: "order_delivery",
      confidence: 0.9,
      slots: "{}",
      brain: "embedded",
      reply: "y",
      events: "{}",
      task_ids: JSON.stringify(taskIds),
      latency_ms: 10,
      at: START + day * DAY,
    });
    await db
      .insertInto("flywheel_turns")
      .values([turn("t1", -40, "s0", ["k0"]), turn("t2", 0, "s1", ["k1"]), turn("t3", 2, "s2", ["k2", "k3"])])
      .execute();
    let n = 0;
    const outcome = (task: string, status: string, paid: number, refunded: number, day: number) => ({
      id: `o${++n}`,
      task_id: task,
      user_id: "a",
      session_id: "s",
      kind: task === "k3" ? "ride_hail" : "order_delivery",
      status,
      quoted_fen: 3050,
      paid_fen: paid,
      refunded_fen: refunded,
      error_code: null,
      at: START + day * DAY + 1000,
    });
    await db
      .insertInto("flywheel_task_outcomes")
      .values([
        // Delivered more than 30 days before the last turn.
        outcome("k0", "completed", 1000, 0, -40),
        // Ordered on day 0, delivered on day 1, when nobody spoke to Dimple.
        outcome("k1", "in_fulfilment", 0, 0, 0),
        outcome("k1", "completed", 3000, 0, 1),
        // Cancelled mid-delivery on day 3, after the last turn: charged, mostly refunded.
        outcome("k2", "in_fulfilment", 0, 0, 2),
        outcome("k2", "cancelled", 3050, 2135, 3),
        // Paid on a day with turns.
        outcome("k3", "completed", 1500, 0, 2),
      ])
      .execute();

    const report = await computeAnalytics(world().context);
    expect(report.asOf).toBe("2026-11-03");
    expect(report.gmv).toMatchObject({ grossFen: 8550, refundedFen: 2135, orders: 4 });
    expect(report.dailyActive).toEqual([
      { day: "2026-09-22", users: 1, sessions: 1, turns: 1, gmvFen: 1000 },
      { day: "2026-11-01", users: 1, sessions: 1, turns: 1, gmvFen: 0 },
      { day: "2026-11-02", users: 0, sessions: 0, turns: 0, gmvFen: 3000 },
      { day: "2026-11-03", users: 1, sessions: 1, turns: 1, gmvFen: 1500 },
      { day: "2026-11-04", users: 0, sessions: 0, turns: 0, gmvFen: 3050 },
    ]);
    expect(report.dailyActive.reduce((sum, day) => sum + day.gmvFen, 0)).toBe(report.gmv.grossFen);
    // DAU stays a count of people who spoke to Dimple on the report's day.
    expect(report.users.dau).toBe(1);
  });
});
