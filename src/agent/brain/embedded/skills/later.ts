import { LATER_AFTER_MS } from "../../../engine/faithfulness.ts";
import type { SkillContext } from "./context.ts";

/** A time the user gave that is well ahead of now ("明天中午12点"): deliveries go now, so it must be named. */
export function laterTime(context: SkillContext): { atMs: number; text: string } | undefined {
  const datetime = context.nlu.slots.datetime;
  if (!datetime || datetime.startMs <= context.turn.now + LATER_AFTER_MS) return undefined;
  // "中午我想吃…", "tonight": a part of today with no clock time is when to eat, ordered now.
  if (!datetime.timeKnown && shanghaiDay(datetime.startMs) === shanghaiDay(context.turn.now))
    return undefined;
  return { atMs: datetime.startMs, text: datetime.text };
}

export function shanghaiDay(ms: number): number {
  return Math.floor((ms + 8 * 3_600_000) / 86_400_000);
}
