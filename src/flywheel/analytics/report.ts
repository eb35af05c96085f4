import type { ServiceContext } from "../../kernel/context.ts";
import { furtherStatus } from "../task-status.ts";
import { type AfterSaleFigures, afterSaleFigures } from "./after-sale.ts";
import { dayLabel, dayOf, percentile, ratio, tally } from "./stats.ts";

/** The operator's figures (`dimple analytics --json`, `GET /api/analytics`). Money in fen. */
export interface AnalyticsReport {
  asOf: string;
  users: { total: number; dau: number; wau: number; mau: number; activeRate: number; stickiness: number };
  usesPerUserPerMonth: number;
  /**
   * Every day with a turn or a payment, oldest first (quiet days left out). A day's `gmvFen` is what
   * was paid for the tasks first seen paid that day, so the series sums to `gmv.grossFen`; a day with
   * payments but no turns has 0 users, sessions and turns.
   */
  dailyActive: { day: string; users: number; sessions: number; turns: number; gmvFen: number }[];
  retention: Record<"d1" | "d7" | "d14" | "d28", { eligible: number; retained: number; rate: number }>;
  funnel: { intent: number; quote: number; confirm: number; paid: number; delivered: number };
  funnelByKind: Record<string, { quote: number; confirm: number; paid: number; delivered: number }>;
  successByIntent: Record<string, { turns: number; success: number; rate: number }>;
  successByLang: Record<string, { turns: number; success: number; rate: number }>;
  failureReasons: Record<string, number>;
  gmv: { grossFen: number; refundedFen: number; netFen: number; orders: number; averageOrderFen: number };
  turnsPerTask: { mean: number; p50: number; tasks: number };
  latencyMs: { p50: number; p90: number; p95: number; p99: number; turns: number };
  feedback: { up: number; down: number; rate: number };
  /** Claims on done tasks: how often, how much came back, and what they were about. */
  afterSale: AfterSaleFigures;
}

/** Intents that ask Dimple to act (the top of the task funnel). */
const ACTION_INTENTS = new Set(["order_delivery", "buy_tickets", "ride_hail", "payment"]);
const QUOTED = new Set(["awaiting_confirmation", "processing", "in_fulfilment", "completed"]);
const CONFIRMED = new Set(["processing", "in_fulfilment", "completed"]);

/**
 * Computes the operator's figures from the flywheel store. Activity is a user turn; days are
 * Asia/Shanghai days; "as of" is the last day with activity (a simulated month ends on it). A turn
 * succeeds when Dimple did not misread it (no rephrasing), it got no thumbs down, and no task it
 * started failed, was abandoned or was cancelled.
 */
export async function computeAnalytics(context: ServiceContext): Promise<AnalyticsReport> {
  const { db } = context;
  const turns = await db
    .selectFrom("flywheel_turns")
    .select(["id", "user_id", "session_id", "intent", "lang", "latency_ms", "task_ids", "at"])
    .orderBy("at")
    .execute();
  const outcomes = await db
    .selectFrom("flywheel_task_outcomes")
    .select(["task_id", "session_id", "kind", "status", "paid_fen", "refunded_fen", "error_code", "at"])
    .orderBy("at")
    .orderBy("id")
    .execute();
  const signals = await db
    .selectFrom("flywheel_signals")
    .select(["kind", "turn_id", "task_id", "detail"])
    .execute();
  const feedback = await db.selectFrom("flywheel_feedback").select(["turn_id", "rating", "reason"]).execute();

  const lastAt = turns.at(-1)?.at ?? context.clock.now();
  const asOfDay = dayOf(Number(lastAt));
  const activeOn = new Map<number, Set<string>>();
  const firstDay = new Map<string, number>();
  const perDay = new Map<number, { sessions: Set<string>; turns: number; gmvFen: number }>();
  for (const turn of turns) {
    const day = dayOf(Number(turn.at));
    const users = activeOn.get(day) ?? new Set<string>();
    users.add(turn.user_id);
    activeOn.set(day, users);
    if (!firstDay.has(turn.user_id)) firstDay.set(turn.user_id, day);
    const entry = perDay.get(day) ?? { sessions: new Set<string>(), turns: 0, gmvFen: 0 };
    entry.sessions.add(turn.session_id);
    entry.turns += 1;
    perDay.set(day, entry);
  }
  const activeBetween = (from: number, to: number) => {
    const users = new Set<string>();
    for (let day = from; day <= to; day++) for (const user of activeOn.get(day) ?? []) users.add(user);
    return users;
  };
  const dau = activeOn.get(asOfDay)?.size ?? 0;
  const wau = activeBetween(asOfDay - 6, asOfDay).size;
  const mau = activeBetween(asOfDay - 29, asOfDay).size;
  let dauSum = 0;
  for (let day = asOfDay - 29; day <= asOfDay; day++) dauSum += activeOn.get(day)?.size ?? 0;
  const monthSessions = new Set(
    turns.filter((turn) => dayOf(Number(turn.at)) > asOfDay - 30).map((turn) => turn.session_id),
  );

  const retention = {} as AnalyticsReport["retention"];
  for (const [key, offset] of [
    ["d1", 1],
    ["d7", 7],
    ["d14", 14],
    ["d28", 28],
  ] as const) {
    let eligible = 0;
    let retained = 0;
    for (const [user, first] of firstDay) {
      if (first + offset > asOfDay) continue;
      eligible += 1;
      if (activeOn.get(first + offset)?.has(user)) retained += 1;
    }
    retention[key] = { eligible, retained, rate: ratio(retained, eligible) };
  }

  // Each task's path: the statuses it reached, its money, how it ended.
  const tasks = new Map<
    string,
    {
      kind: string;
      session: string;
      statuses: Set<string>;
      last: string;
      paid: number;
      refunded: number;
      error: string | null;
    }
  >();
  const paidOn = new Map<string, number>();
  for (const row of outcomes) {
    const task = tasks.get(row.task_id) ?? {
      kind: row.kind,
      session: row.session_id,
      statuses: new Set<string>(),
      last: row.status,
      paid: 0,
      refunded: 0,
      error: null,
    };
    task.statuses.add(row.status);
    task.last = furtherStatus(task.last, row.status);
    task.paid = Math.max(task.paid, row.paid_fen);
    task.refunded = Math.max(task.refunded, row.refunded_fen);
    task.error = row.error_code ?? task.error;
    tasks.set(row.task_id, task);
    if (row.paid_fen > 0 && !paidOn.has(row.task_id)) paidOn.set(row.task_id, dayOf(Number(row.at)));
  }
  // GMV per day: each paid task's amount (as counted in the total) on the day it was first seen paid —
  // the delivery, or a cancellation that kept a fee — whether or not anyone spoke to Dimple that day.
  for (const [taskId, day] of paidOn) {
    const entry = perDay.get(day) ?? { sessions: new Set<string>(), turns: 0, gmvFen: 0 };
    entry.gmvFen += tasks.get(taskId)?.paid ?? 0;
    perDay.set(day, entry);
  }
  const funnelByKind: AnalyticsReport["funnelByKind"] = {};
  const funnel = {
    intent: turns.filter((turn) => ACTION_INTENTS.has(turn.intent ?? "")).length,
    quote: 0,
    confirm: 0,
    paid: 0,
    delivered: 0,
  };
  for (const task of tasks.values()) {
    if (task.kind === "cancel_order") continue;
    const stage = funnelByKind[task.kind] ?? { quote: 0, confirm: 0, paid: 0, delivered: 0 };
    funnelByKind[task.kind] = stage;
    const reached = {
      quote: [...task.statuses].some((status) => QUOTED.has(status)),
      confirm: [...task.statuses].some((status) => CONFIRMED.has(status)),
      paid: task.paid > 0 || task.statuses.has("completed"),
      delivered: task.statuses.has("completed"),
    };
    for (const key of ["quote", "confirm", "paid", "delivered"] as const)
      if (reached[key]) {
        stage[key] += 1;
        funnel[key] += 1;
      }
  }

  const abandoned = new Set(
    signals.filter((signal) => signal.kind === "abandoned_confirmation").map((signal) => signal.task_id),
  );
  const cancelled = new Set(
    signals.filter((signal) => signal.kind === "cancellation").map((signal) => signal.task_id),
  );
  // A task someone claimed on (spilled, missing, late, a detour) is a negative outcome of its turn.
  const claimed = new Set(
    signals.filter((signal) => signal.kind === "after_sale_claim").map((signal) => signal.task_id),
  );
  const misread = new Set(
    signals
      .filter((signal) => signal.kind === "rephrase")
      .map((signal) => String((JSON.parse(signal.detail) as { ofTurnId?: string }).ofTurnId)),
  );
  const downvoted = new Set(
    feedback.filter((entry) => entry.rating === "down").map((entry) => entry.turn_id),
  );
  const successByIntent: AnalyticsReport["successByIntent"] = {};
  const successByLang: AnalyticsReport["successByLang"] = {};
  for (const turn of turns) {
    const taskIds = JSON.parse(turn.task_ids) as string[];
    const ok =
      !misread.has(turn.id) &&
      !downvoted.has(turn.id) &&
      taskIds.every(
        (taskId) =>
          tasks.get(taskId)?.last !== "failed" &&
          !abandoned.has(taskId) &&
          !cancelled.has(taskId) &&
          !claimed.has(taskId),
      );
    for (const [table, key] of [
      [successByIntent, turn.intent ?? "unknown"],
      [successByLang, turn.lang],
    ] as const) {
      const entry = table[key] ?? { turns: 0, success: 0, rate: 0 };
      table[key] = entry;
      entry.turns += 1;
      if (ok) entry.success += 1;
      entry.rate = ratio(entry.success, entry.turns);
    }
  }

  const failureReasons = tally([
    ...[...tasks.values()]
      .filter((task) => task.last === "failed")
      .map((task) => `task_failed:${task.error ?? "unknown"}`),
    ...signals.filter((signal) => signal.kind === "rephrase").map(() => "misunderstood"),
    ...signals
      .filter((signal) => signal.kind === "abandoned_confirmation")
      .map(() => "abandoned_confirmation"),
    ...signals.filter((signal) => signal.kind === "cancellation").map(() => "cancelled"),
    ...signals
      .filter(
        (signal) =>
          signal.kind === "confirmation" && (JSON.parse(signal.detail) as { refused?: string }).refused,
      )
      .map((signal) => `confirm_refused:${(JSON.parse(signal.detail) as { refused: string }).refused}`),
    ...feedback
      .filter((entry) => entry.rating === "down")
      .map((entry) => `thumbs_down:${entry.reason ?? "no reason"}`),
    ...signals
      .filter((signal) => signal.kind === "after_sale_claim")
      .map((signal) => `after_sale:${(JSON.parse(signal.detail) as { claimKind?: string }).claimKind}`),
  ]);

  const paidTasks = [...tasks.values()].filter((task) => task.paid > 0);
  const grossFen = paidTasks.reduce((sum, task) => sum + task.paid, 0);
  const refundedFen = paidTasks.reduce((sum, task) => sum + task.refunded, 0);

  // Turns per completed task: the turns of sessions that completed tasks, shared among those tasks.
  const turnsBySession = new Map<string, number>();
  for (const turn of turns)
    turnsBySession.set(turn.session_id, (turnsBySession.get(turn.session_id) ?? 0) + 1);
  const completedBySession = new Map<string, number>();
  for (const task of tasks.values())
    if (task.last === "completed")
      completedBySession.set(task.session, (completedBySession.get(task.session) ?? 0) + 1);
  const perTask: number[] = [];
  for (const [session, completed] of completedBySession) {
    const share = (turnsBySession.get(session) ?? 0) / completed;
    for (let index = 0; index < completed; index++) perTask.push(share);
  }
  perTask.sort((a, b) => a - b);

  const latencies = turns.map((turn) => Number(turn.latency_ms)).sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  const up = feedback.filter((entry) => entry.rating === "up").length;

  return {
    asOf: dayLabel(asOfDay),
    users: {
      total: firstDay.size,
      dau,
      wau,
      mau,
      activeRate: ratio(dau, mau),
      stickiness: ratio(dauSum / 30, mau),
    },
    usesPerUserPerMonth: ratio(monthSessions.size, mau),
    dailyActive: [...perDay.keys()]
      .sort((a, b) => a - b)
      .map((day) => {
        const entry = perDay.get(day) as { sessions: Set<string>; turns: number; gmvFen: number };
        return {
          day: dayLabel(day),
          users: activeOn.get(day)?.size ?? 0,
          sessions: entry.sessions.size,
          turns: entry.turns,
          gmvFen: entry.gmvFen,
        };
      }),
    retention,
    funnel,
    funnelByKind,
    successByIntent,
    successByLang,
    failureReasons,
    gmv: {
      grossFen,
      refundedFen,
      netFen: grossFen - refundedFen,
      orders: paidTasks.length,
      averageOrderFen: paidTasks.length ? Math.round(grossFen / paidTasks.length) : 0,
    },
    turnsPerTask: {
      mean: perTask.length ? round(perTask.reduce((sum, value) => sum + value, 0) / perTask.length) : 0,
      p50: round(percentile(perTask, 50)),
      tasks: perTask.length,
    },
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p90: round(percentile(latencies, 90)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      turns: latencies.length,
    },
    feedback: { up, down: feedback.length - up, rate: ratio(up, feedback.length) },
    afterSale: afterSaleFigures(signals, tasks),
  };
}
