/** Timing of natural blinks and where the eyes look; pure so it can be tested without a clock. */

export const BLINK_MS = 150;

/**
 * Milliseconds until the next blink. People blink every 2–6 s at irregular intervals, and now and
 * then twice in quick succession; a fixed rhythm reads as robotic.
 */
export function nextBlinkDelayMs(random: () => number): number {
  if (random() < 0.18) return 220 + random() * 120; // A quick double blink.
  return 2200 + random() * 3800;
}

/** How shut the eyes are `ms` into a blink: closes fast, opens a little slower. */
export function blinkAmount(ms: number): number {
  if (ms <= 0 || ms >= BLINK_MS) return 0;
  const closeMs = BLINK_MS * 0.4;
  return ms < closeMs ? ms / closeMs : 1 - (ms - closeMs) / (BLINK_MS - closeMs);
}

export type GazeTarget = "input" | "messages" | "user";
export type AvatarLayout = "top" | "side";

/**
 * Where to look for a target given where the avatar sits: above the chat on phones, beside it on
 * desktops (messages to the right, the input down and to the right).
 */
export function gazeFor(target: GazeTarget, layout: AvatarLayout): { x: number; y: number } {
  if (target === "user") return { x: 0, y: 0 };
  if (layout === "top") return target === "input" ? { x: 0, y: 1 } : { x: 0.1, y: 0.7 };
  return target === "input" ? { x: 0.65, y: 0.9 } : { x: 0.85, y: 0.15 };
}
