import type { MouthParams } from "./face-params.ts";

/** The mouth's resting centre in the avatar's 200×220 viewBox. */
export const MOUTH_X = 100;
export const MOUTH_Y = 137;

export type MouthShape =
  | { kind: "line"; d: string }
  | { kind: "open"; d: string; teethY: number; tongueY: number; cornerY: number; halfWidth: number }
  | { kind: "round"; cx: number; cy: number; rx: number; ry: number };

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Turns mouth parameters into SVG geometry: a curved line when the lips are together, a lens-shaped
 * opening (corners lifted by the smile) when open, and an ellipse for rounded vowels.
 */
export function mouthShape(mouth: MouthParams): MouthShape {
  const cx = MOUTH_X + mouth.shiftX;
  const halfWidth = (mouth.width / 2) * (1 - 0.35 * mouth.round);
  const cornerY = MOUTH_Y - mouth.smile * 5;
  if (mouth.round >= 0.5 && mouth.open > 0.1) {
    return {
      kind: "round",
      cx: round1(cx),
      cy: round1(MOUTH_Y + mouth.open * 3),
      rx: round1(Math.max(3, halfWidth)),
      ry: round1(2.5 + mouth.open * 9),
    };
  }
  const left = round1(cx - halfWidth);
  const right = round1(cx + halfWidth);
  if (mouth.open < 0.05) {
    const controlY = round1(MOUTH_Y + mouth.smile * 8);
    return {
      kind: "line",
      d: `M ${left} ${round1(cornerY)} Q ${round1(cx)} ${controlY} ${right} ${round1(cornerY)}`,
    };
  }
  // The upper lip flattens as the mouth opens; the lower lip drops with the jaw and curves with the smile.
  const upperY = round1(MOUTH_Y + mouth.smile * 3 - mouth.open * 2);
  const lowerY = round1(MOUTH_Y + mouth.smile * 9 + mouth.open * 22);
  const y = round1(cornerY);
  return {
    kind: "open",
    d: `M ${left} ${y} Q ${round1(cx)} ${upperY} ${right} ${y} Q ${round1(cx)} ${lowerY} ${left} ${y} Z`,
    teethY: upperY,
    tongueY: round1((y + lowerY) / 2 + 3),
    cornerY: y,
    halfWidth: round1(halfWidth),
  };
}
