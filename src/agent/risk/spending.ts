import type { ServiceContext } from "../../kernel/context.ts";
import { dayStartMs, WORLD_TIME_ZONE, wallTime, zoneDay, zonedInstant } from "../../kernel/time-zone.ts";

const DAY_MS = 86_400_000;
// Days run from midnight in Hangzhou, where the sandbox world lives.

/** The start of the local day containing `at`. */
export function dayStart(at: number): number {
  return dayStartMs(zoneDay(at));
}

/** The start of the local calendar month containing `at`. */
export function monthStart(at: number): number {
  const { year, month } = wallTime(at);
  return zonedInstant(WORLD_TIME_ZONE, { year, month, day: 1, hour: 0, minute: 0 });
}

/** How much a user spent, as `GET /api/spending` reports it. Money is integer fen. */
export interface SpendingSummary {
  todayFen: number;
  last7DaysFen: number;
  last30DaysFen: number;
  /** Since the start of this calendar month (UTC+8). */
  monthFen: number;
  dailyLimitFen: number;
  remainingTodayFen: number;
  byPayee: { payee: string; name: string; fen: number; payments: number }[];
  byKind: { kind: string; fen: number; payments: number }[];
}

interface SpentRow {
  payee: string;
  name: string;
  kind: string;
  fen: number;
  at: number;
}

/**
 * What the user committed through Dimple since `since`: each confirmed payment's amount (on hold or
 * captured, less refunds) for tasks that did not fail or get cancelled before money moved.
 */
export async function spentSince(
  context: ServiceContext,
  userId: string,
  since: number,
): Promise<SpentRow[]> {
  const rows = await context.db
    .selectFrom("risk_mandates")
    .innerJoin("agent_tasks", "agent_tasks.id", "risk_mandates.task_id")
    .select([
      "risk_mandates.payee as payee",
      "risk_mandates.amount_fen as amountFen",
      "risk_mandates.created_at as at",
      "agent_tasks.kind as kind",
      "agent_tasks.status as status",
      "agent_tasks.paid_fen as paidFen",
      "agent_tasks.refunded_fen as refundedFen",
      "agent_tasks.quote as quote",
    ])
    .where("risk_mandates.user_id", "=", userId)
    .where("risk_mandates.created_at", ">=", since)
    .where("agent_tasks.status", "not in", ["awaiting_confirmation", "needs_info"])
    .execute();
  return rows
    .map((row) => {
      const paid = Number(row.paidFen);
      // Failed or cancelled without a capture: the hold was released and nothing was spent.
      const held = ["failed", "cancelled"].includes(row.status) ? 0 : Number(row.amountFen);
      return {
        payee: row.payee,
        name: merchantName(row.quote),
        kind: row.kind,
        fen: Math.max(0, (paid > 0 ? paid : held) - Number(row.refundedFen)),
        at: Number(row.at),
      };
    })
    .filter((row) => row.fen > 0);
}

/** The spending summary for the API and the daily limit. */
export async function spendingSummary(
  context: ServiceContext,
  userId: string,
  dailyLimitFen: number,
): Promise<SpendingSummary> {
  const now = context.clock.now();
  const today = dayStart(now);
  const month = monthStart(now);
  const rows = await spentSince(context, userId, Math.min(month, today - 29 * DAY_MS));
  const sum = (since: number) =>
    rows.filter((row) => row.at >= since).reduce((total, row) => total + row.fen, 0);
  const todayFen = sum(today);
  const byPayee = new Map<string, { payee: string; name: string; fen: number; payments: number }>();
  const byKind = new Map<string, { kind: string; fen: number; payments: number }>();
  // The breakdowns cover the last 30 days, as before, whatever day of the month it is.
  for (const row of rows.filter((entry) => entry.at >= today - 29 * DAY_MS)) {
    const payee = byPayee.get(row.payee) ?? { payee: row.payee, name: row.name, fen: 0, payments: 0 };
    payee.fen += row.fen;
    payee.payments += 1;
    byPayee.set(row.payee, payee);
    const kind = byKind.get(row.kind) ?? { kind: row.kind, fen: 0, payments: 0 };
    kind.fen += row.fen;
    kind.payments += 1;
    byKind.set(row.kind, kind);
  }
  return {
    todayFen,
    last7DaysFen: sum(today - 6 * DAY_MS),
    last30DaysFen: sum(today - 29 * DAY_MS),
    monthFen: sum(month),
    dailyLimitFen,
    remainingTodayFen: Math.max(0, dailyLimitFen - todayFen),
    byPayee: [...byPayee.values()].sort((a, b) => b.fen - a.fen),
    byKind: [...byKind.values()].sort((a, b) => b.fen - a.fen),
  };
}

function merchantName(quote: string | null): string {
  try {
    const parsed = JSON.parse(quote ?? "{}") as { merchant?: unknown };
    return typeof parsed.merchant === "string" ? parsed.merchant : "";
  } catch {
    return "";
  }
}
