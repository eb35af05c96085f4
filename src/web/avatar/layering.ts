import type { Expression } from "./expression.ts";
import { DIMPLE_SMILE, type FaceParams, type MouthParams } from "./face-params.ts";
import type { Viseme } from "./visemes.ts";

type BaseFace = Omit<FaceParams, "dimples">;

const neutralBrows = { left: { lift: 0, tilt: 0 }, right: { lift: 0, tilt: 0 } };

function mouth(partial: Partial<MouthParams>): MouthParams {
  return { width: 22, open: 0, smile: 0.4, round: 0, teeth: false, shiftX: 0, ...partial };
}

/** The base face of each expression, before blinking, gaze and lip-sync are layered on. */
const BASE_FACES: Record<Expression, BaseFace> = {
  idle: {
    eyes: { openness: 1, happy: false, lookX: 0, lookY: 0.1 },
    brows: neutralBrows,
    mouth: mouth({ width: 22, smile: 0.45 }),
    blush: 0.35,
    headTilt: 0,
    extras: [],
  },
  listening: {
    eyes: { openness: 1.08, happy: false, lookX: 0, lookY: 0.6 },
    brows: { left: { lift: 2.5, tilt: 2 }, right: { lift: 2.5, tilt: 2 } },
    mouth: mouth({ width: 17, open: 0.12, smile: 0.35 }),
    blush: 0.35,
    headTilt: -4,
    extras: [],
  },
  thinking: {
    eyes: { openness: 0.92, happy: false, lookX: 0.7, lookY: -0.85 },
    brows: { left: { lift: 0.5, tilt: 0 }, right: { lift: 4.5, tilt: -7 } },
    mouth: mouth({ width: 13, smile: -0.05, shiftX: 4 }),
    blush: 0.25,
    headTilt: 5,
    extras: ["thinking-dots"],
  },
  executing: {
    eyes: { openness: 0.82, happy: false, lookX: 0.15, lookY: 0.4 },
    brows: { left: { lift: -0.5, tilt: -6 }, right: { lift: -0.5, tilt: -6 } },
    mouth: mouth({ width: 17, smile: 0.25 }),
    blush: 0.3,
    headTilt: 2,
    extras: ["gear"],
  },
  confirming: {
    eyes: { openness: 1.02, happy: false, lookX: 0.1, lookY: 0.75 },
    brows: { left: { lift: 2, tilt: 4 }, right: { lift: 2, tilt: 4 } },
    mouth: mouth({ width: 20, open: 0.06, smile: 0.42 }),
    blush: 0.45,
    headTilt: 3,
    extras: [],
  },
  success: {
    eyes: { openness: 1, happy: true, lookX: 0, lookY: 0 },
    brows: { left: { lift: 3.5, tilt: -2 }, right: { lift: 3.5, tilt: -2 } },
    mouth: mouth({ width: 32, open: 0.5, smile: 1, teeth: true }),
    blush: 1,
    headTilt: -3,
    extras: ["sparkles"],
  },
  error: {
    eyes: { openness: 0.86, happy: false, lookX: -0.2, lookY: 0.65 },
    brows: { left: { lift: 2.5, tilt: 15 }, right: { lift: 2.5, tilt: 15 } },
    mouth: mouth({ width: 15, open: 0.06, smile: -0.4 }),
    blush: 0.55,
    headTilt: 6,
    extras: ["sweat"],
  },
  speaking: {
    eyes: { openness: 1, happy: false, lookX: 0, lookY: 0.15 },
    brows: { left: { lift: 1.5, tilt: 0 }, right: { lift: 1.5, tilt: 0 } },
    mouth: mouth({ width: 22, open: 0.25, smile: 0.4 }),
    blush: 0.4,
    headTilt: 0,
    extras: [],
  },
};

/** Mouth shapes of the visemes: how open, how round, whether teeth show, and how wide relative to rest. */
const VISEME_MOUTHS: Record<Viseme, { open: number; round: number; teeth: boolean; widthScale: number }> = {
  rest: { open: 0.06, round: 0, teeth: false, widthScale: 0.9 },
  open: { open: 0.8, round: 0.1, teeth: false, widthScale: 1 },
  wide: { open: 0.38, round: 0, teeth: true, widthScale: 1.15 },
  round: { open: 0.6, round: 0.75, teeth: false, widthScale: 0.75 },
  pucker: { open: 0.25, round: 1, teeth: false, widthScale: 0.55 },
  closed: { open: 0, round: 0, teeth: false, widthScale: 0.85 },
  teeth: { open: 0.22, round: 0, teeth: true, widthScale: 1 },
};

/** Expressions that look somewhere on purpose keep their gaze; the rest follow the conversation. */
const OWN_GAZE: ReadonlySet<Expression> = new Set(["thinking", "error", "success"]);

export interface FaceLayers {
  /** 0 = eyes open, 1 = fully shut mid-blink. */
  blink?: number;
  /** The lip-sync mouth shape of this instant, if speaking. */
  viseme?: Viseme | null;
  /** Where the conversation is, in −1…1 each; overrides the expression's gaze where it has none. */
  gaze?: { x: number; y: number } | null;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Composes the face: base expression, then gaze, then the viseme overlay on the mouth, then the blink
 * on the eyelids. Dimples are derived last from the final mouth, so they show only while it smiles.
 */
export function composeFace(expression: Expression, layers: FaceLayers = {}): FaceParams {
  const base = BASE_FACES[expression];
  const eyes = { ...base.eyes };
  let headTilt = base.headTilt;
  if (layers.gaze && !OWN_GAZE.has(expression)) {
    eyes.lookX = clamp(layers.gaze.x, -1, 1);
    eyes.lookY = clamp(layers.gaze.y, -1, 1);
    headTilt += eyes.lookX * 3; // The head follows the eyes a little, as people do.
  }

  let finalMouth = { ...base.mouth };
  if (layers.viseme) {
    const shape = VISEME_MOUTHS[layers.viseme];
    finalMouth = {
      ...finalMouth,
      open: shape.open,
      round: shape.round,
      teeth: shape.teeth,
      width: base.mouth.width * shape.widthScale,
      // Talking pulls the corners toward neutral; a rounded mouth cannot smile much at all.
      smile: base.mouth.smile * 0.55 * (1 - shape.round),
      shiftX: 0,
    };
  }

  const blink = clamp(layers.blink ?? 0, 0, 1);
  if (!eyes.happy) eyes.openness = eyes.openness * (1 - blink);

  return {
    ...base,
    eyes,
    headTilt,
    mouth: finalMouth,
    extras: [...base.extras],
    dimples: finalMouth.smile >= DIMPLE_SMILE && finalMouth.round < 0.4,
  };
}
