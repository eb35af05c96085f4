/**
 * Pure shaping of the operator's report (`GET /api/analytics`) into what the charts draw. Kept apart
 * from the components so every number the dashboard shows is tested without a browser.
 */
import type { AnalyticsReport } from "../api/types.ts";

const DAY_MS = 86_400_000;

export type DailyPoint = AnalyticsReport["dailyActive"][number];

/** A rate (0–1) as a percentage with one decimal: 0.2667 → "26.7%". */
export function formatRate(rate: number): string {
  if (!Number.isFinite(rate)) return "—";
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Whether the report has any activity to draw (a fresh world has no turns). */
export function hasActivity(report: AnalyticsReport): boolean {
  return report.latencyMs.turns > 0;
}

const dayNumber = (label: string) => Math.round(Date.parse(`${label}T00:00:00Z`) / DAY_MS);
const labelOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The report's daily series lists only days with activity; a line over days needs the quiet days
 * too, so they are filled with zeros from the first listed day to `asOf`.
 */
export function fillDays(points: readonly DailyPoint[], asOf: string): DailyPoint[] {
  const first = points[0];
  if (!first) return [];
  const byDay = new Map(points.map((point) => [point.day, point]));
  const filled: DailyPoint[] = [];
  const last = Math.max(dayNumber(asOf), dayNumber(points.at(-1)?.day ?? first.day));
  for (let day = dayNumber(first.day); day <= last; day++) {
    const label = labelOf(day);
    filled.push(byDay.get(label) ?? { day: label, users: 0, sessions: 0, turns: 0, gmvFen: 0 });
  }
  return filled;
}

/** "2026-12-05" → "12-05", short enough for an axis tick on a phone. */
export function shortDay(label: string): string {
  return label.slice(5);
}

export const FUNNEL_STEPS = ["intent", "quote", "confirm", "paid", "delivered"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export interface FunnelBar {
  step: FunnelStep;
  count: number;
  /** Share of the previous step that reached this one; null for the first step or after a zero. */
  stepRate: number | null;
  /** Share of the first step that reached this one; null when the first step is zero. */
  overallRate: number | null;
}

/** The task funnel in order, with each step's conversion from the one before. */
export function funnelBars(funnel: AnalyticsReport["funnel"]): FunnelBar[] {
  const top = funnel.intent;
  return FUNNEL_STEPS.map((step, index) => {
    const count = funnel[step];
    const previousStep = index > 0 ? FUNNEL_STEPS[index - 1] : undefined;
    const previous = previousStep ? funnel[previousStep] : 0;
    return {
      step,
      count,
      stepRate: previousStep && previous > 0 ? count / previous : null,
      overallRate: top > 0 ? count / top : null,
    };
  });
}

export interface RateBar {
  key: string;
  turns: number;
  success: number;
  rate: number;
}

/** Success rates as bars, the most used first (ties by name, so the order is stable). */
export function rateBars(table: Record<string, { turns: number; success: number; rate: number }>): RateBar[] {
  return Object.entries(table)
    .map(([key, entry]) => ({ key, turns: entry.turns, success: entry.success, rate: entry.rate }))
    .sort((a, b) => b.turns - a.turns || a.key.localeCompare(b.key));
}

export const RETENTION_DAYS = ["d1", "d7", "d14", "d28"] as const;

export interface RetentionBar {
  key: (typeof RETENTION_DAYS)[number];
  eligible: number;
  retained: number;
  /** null when no user has been around long enough to tell. */
  rate: number | null;
}

/** Retention D1…D28; a day nobody is eligible for yet has no rate rather than a misleading 0 %. */
export function retentionBars(retention: AnalyticsReport["retention"]): RetentionBar[] {
  return RETENTION_DAYS.map((key) => {
    const { eligible, retained, rate } = retention[key];
    return { key, eligible, retained, rate: eligible > 0 ? rate : null };
  });
}

export interface FailureReason {
  /** `misunderstood`, `abandoned_confirmation`, `cancelled`, `task_failed`, `confirm_refused`, `thumbs_down`, or another kind as sent. */
  kind: string;
  /** What follows the colon: an error code or the user's own words. */
  detail: string | null;
  count: number;
  /** Share of the largest reason, for the bar's length. */
  share: number;
}

/** Failure reasons, largest first, split into kind and detail; the rest beyond `limit` are summed as `other`. */
export function failureReasons(reasons: Record<string, number>, limit = 10): FailureReason[] {
  const entries = Object.entries(reasons).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const largest = entries[0]?.[1] ?? 0;
  const shown: FailureReason[] = entries.slice(0, limit).map(([reason, count]) => {
    const colon = reason.indexOf(":");
    return {
      kind: colon < 0 ? reason : reason.slice(0, colon),
      detail: colon < 0 ? null : reason.slice(colon + 1),
      count,
      share: largest > 0 ? count / largest : 0,
    };
  });
  const rest = entries.slice(limit).reduce((sum, [, count]) => sum + count, 0);
  if (rest > 0) shown.push({ kind: "other", detail: null, count: rest, share: rest / largest });
  return shown;
}

export const LATENCY_PERCENTILES = ["p50", "p90", "p95", "p99"] as const;

/** Turn latency percentiles as bars. */
export function latencyBars(latency: AnalyticsReport["latencyMs"]): { key: string; ms: number }[] {
  return LATENCY_PERCENTILES.map((key) => ({ key, ms: latency[key] }));
}

/** A whole-yuan axis tick from fen: 1834500 → "¥18,345"; fractions are left to the tooltip. */
export function yuanTick(fen: number): string {
  return `¥${Math.round(fen / 100).toLocaleString("en-US")}`;
}
