import * as rruleModule from "rrule";
import { floatingDate, fromFloating, WORLD_TIME_ZONE } from "../../../kernel/time-zone.ts";

// rrule ships CommonJS to Node (RRule on `default`) and ESM to bundlers (a named export): take either.
type RRuleModule = typeof rruleModule;
const { RRule } =
  "RRule" in rruleModule && rruleModule.RRule
    ? rruleModule
    : (rruleModule as unknown as { default: RRuleModule }).default;

// rrule works in "floating" time: wall-clock times of the rule's zone are fed to it written as UTC
// and read back into instants by the zone (time-zone.ts), so "every day at 08:00" stays at 08:00
// local across a daylight-saving change.

/** Whether `rule` is RRULE options rrule can run (FREQ and friends, no DTSTART). */
export function validRule(rule: string): boolean {
  try {
    const options = RRule.parseString(rule);
    return options.freq !== undefined && !options.dtstart;
  } catch {
    return false;
  }
}

function ruleFrom(rule: string, startMs: number, zone: string) {
  return new RRule({ ...RRule.parseString(rule), dtstart: floatingDate(startMs, zone) });
}

/**
 * The first occurrence strictly after `afterMs` (epoch ms), for a rule that started at `startMs`,
 * its times being wall-clock times in `zone`.
 */
export function nextOccurrence(
  rule: string,
  startMs: number,
  afterMs: number,
  zone: string = WORLD_TIME_ZONE,
): number | undefined {
  let cursor = floatingDate(afterMs, zone);
  // A local time repeated by a fall-back can map to an instant not after `afterMs`: look further.
  for (let guard = 0; guard < 4; guard++) {
    const next = ruleFrom(rule, startMs, zone).after(cursor, false);
    if (!next) return undefined;
    const at = fromFloating(next, zone);
    if (at > afterMs) return at;
    cursor = next;
  }
  return undefined;
}

/** The next `count` occurrences after `afterMs` (for the card: "next: Mon 09:00, Tue 09:00 …"). */
export function upcoming(
  rule: string,
  startMs: number,
  afterMs: number,
  count: number,
  zone: string = WORLD_TIME_ZONE,
): number[] {
  const runs: number[] = [];
  let cursor = afterMs;
  for (let index = 0; index < count; index++) {
    const next = nextOccurrence(rule, startMs, cursor, zone);
    if (next === undefined) break;
    runs.push(next);
    cursor = next;
  }
  return runs;
}
