import { type Viseme, type VisemeTimeline, visemeAfterBoundary, visemeAt } from "../avatar/visemes.ts";

export interface LipSyncClock {
  /** When the voice started speaking (performance.now() milliseconds). */
  startedAt: number;
  /** The latest `boundary` event, if the voice sends them. */
  boundary: { charIndex: number; at: number } | null;
}

/**
 * The mouth shape right now. Boundary events, when the voice sends them, pin the mouth to the word
 * being spoken; voices that send none fall back to the timeline's own estimated timing.
 */
export function currentViseme(timeline: VisemeTimeline, clock: LipSyncClock, now: number): Viseme {
  if (clock.boundary) return visemeAfterBoundary(timeline, clock.boundary.charIndex, now - clock.boundary.at);
  return visemeAt(timeline, now - clock.startedAt);
}
