import { useEffect, useId, useMemo, useState } from "react";
import { AvatarSvg } from "./avatar-svg.tsx";
import type { Expression } from "./expression.ts";
import { composeFace } from "./layering.ts";
import { nextBlinkDelayMs } from "./motion.ts";
import type { Viseme } from "./visemes.ts";
import "./avatar.css";

export interface AvatarProps {
  expression: Expression;
  /** The lip-sync mouth shape of this instant, while speaking. */
  viseme?: Viseme | null;
  /** Where the conversation is, in −1…1 each. */
  gaze?: { x: number; y: number } | null;
  /** Accessible description of the current state, e.g. "Dimple is thinking". */
  label: string;
  /** Stop blinking (the gallery freezes faces for screenshots). */
  still?: boolean;
  className?: string;
}

/** Frames of one blink: how shut the eyes are and for how long, closing quickly and opening gently. */
const BLINK_FRAMES: [number, number][] = [
  [0.55, 40],
  [1, 60],
  [0.45, 60],
];

/** Blinks at natural, randomised intervals; returns how shut the eyes are now (0…1). */
function useBlink(enabled: boolean): number {
  const [blink, setBlink] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => play(0), nextBlinkDelayMs(Math.random));
    };
    const play = (frame: number) => {
      const step = BLINK_FRAMES[frame];
      if (!step) {
        setBlink(0);
        schedule();
        return;
      }
      setBlink(step[0]);
      timer = setTimeout(() => play(frame + 1), step[1]);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [enabled]);
  return enabled ? blink : 0;
}

/** The digital human: a procedurally drawn SVG character whose face follows the agent's state. */
export function Avatar({ expression, viseme, gaze, label, still, className }: AvatarProps) {
  const idPrefix = `avatar${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const blink = useBlink(!still);
  const face = useMemo(
    () => composeFace(expression, { blink, viseme: viseme ?? null, gaze: gaze ?? null }),
    [expression, blink, viseme, gaze],
  );
  return (
    <div
      className={`avatar avatar-${expression}${className ? ` ${className}` : ""}`}
      data-testid="avatar"
      data-expression={expression}
      data-dimples={face.dimples ? "visible" : "hidden"}
      role="img"
      aria-label={label}
    >
      <AvatarSvg face={face} idPrefix={idPrefix} />
    </div>
  );
}
