import * as rruleModule from "rrule";

// rrule ships CommonJS to Node (RRule on `default`) and ESM to bundlers (a named export): take either.
type RRuleModule = typeof rruleModule;
const { RRule } =
  "RRule" in rruleModule && rruleModule.RRule
    ? rruleModule
    : (rruleModule as unknown as { default: RRuleModule }).default;

/**
 * Asia/Shanghai has had no daylight saving since 1991: a fixed +8 h. rrule works in "floating" UTC,
 * so wall-clock times are fed to it as if they were UTC and shifted back, which is exact here.
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const floating = (ms: number) => new Date(ms + SHANGHAI_OFFSET_MS);
const instant = (date: Date) => date.getTime() - SHANGHAI_OFFSET_MS;

/** Whether `rule` is RRULE options rrule can run (FREQ and friends, no DTSTART). */
export function validRule(rule: string): boolean {
  try {
    const options = RRule.parseString(rule);
    return options.freq !== undefined && !options.dtstart;
  } catch {
    return false;
  }
}

function ruleFrom(rule: string, startMs: number) {
  return new RRule({ ...RRule.parseString(rule), dtstart: floating(startMs) });
}

/** The first occurrence strictly after `afterMs` (epoch ms), for a rule that started at `startMs`. */
export function nextOccurrence(rule: string, startMs: number, afterMs: number): number | undefined {
  const next = ruleFrom(rule, startMs).after(floating(afterMs), false);
  return next ? instant(next) : undefined;
}

/** The next `count` occurrences after `afterMs` (for the card: "next: Mon 09:00, Tue 09:00 …"). */
export function upcoming(rule: string, startMs: number, afterMs: number, count: number): number[] {
  const runs: number[] = [];
  let cursor = afterMs;
  for (let index = 0; index < count; index++) {
    const next = nextOccurrence(rule, startMs, cursor);
    if (next === undefined) break;
    runs.push(next);
    cursor = next;
  }
  return runs;
}
