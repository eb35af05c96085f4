import type { BrowParams, EyeParams } from "./face-params.ts";
import { palette } from "./palette.ts";

export const EYE_Y = 108;
export const EYE_OFFSET_X = 22;
const BROW_Y = 91;

/** One eye: sclera, iris that follows the gaze, two catch-lights and an upper lash line; or a smiling arc. */
export function Eye({
  cx,
  eyes,
  side,
  clipId,
}: {
  cx: number;
  eyes: EyeParams;
  side: "left" | "right";
  clipId: string;
}) {
  const cy = EYE_Y;
  if (eyes.happy) {
    return (
      <path
        className="avatar-eye avatar-eye-happy"
        d={`M ${cx - 10} ${cy + 3} Q ${cx} ${cy - 10} ${cx + 10} ${cy + 3}`}
        fill="none"
        stroke={palette.line}
        strokeWidth={3.4}
        strokeLinecap="round"
      />
    );
  }
  if (eyes.openness < 0.2) {
    return (
      <path
        className="avatar-eye avatar-eye-closed"
        d={`M ${cx - 10} ${cy + 1} Q ${cx} ${cy + 6} ${cx + 10} ${cy + 1}`}
        fill="none"
        stroke={palette.line}
        strokeWidth={3}
        strokeLinecap="round"
      />
    );
  }
  const irisX = cx + eyes.lookX * 2.6;
  const irisY = cy + 1 + eyes.lookY * 2.4;
  const outer = side === "left" ? -1 : 1;
  return (
    <g
      className="avatar-eye"
      style={{ transform: `scaleY(${eyes.openness})`, transformOrigin: `${cx}px ${cy + 2}px` }}
    >
      <clipPath id={clipId}>
        <ellipse cx={cx} cy={cy} rx={10.5} ry={12.5} />
      </clipPath>
      <ellipse cx={cx} cy={cy} rx={10.5} ry={12.5} fill="#FFFFFF" />
      <g clipPath={`url(#${clipId})`}>
        <g className="avatar-iris" style={{ transform: `translate(${irisX - cx}px, ${irisY - cy}px)` }}>
          <ellipse cx={cx} cy={cy} rx={8.8} ry={10.4} fill={`url(#${clipId}-iris)`} />
          <ellipse cx={cx} cy={cy + 0.5} rx={4.4} ry={5.4} fill={palette.irisDeep} />
          <circle cx={cx + 3.2} cy={cy - 4} r={3.4} fill="#FFFFFF" />
          <circle cx={cx - 3.2} cy={cy + 4.2} r={1.6} fill="#FFFFFF" opacity={0.85} />
        </g>
      </g>
      <radialGradient id={`${clipId}-iris`} cx="50%" cy="35%" r="70%">
        <stop offset="0%" stopColor="#8A5A44" />
        <stop offset="60%" stopColor={palette.iris} />
        <stop offset="100%" stopColor={palette.irisDeep} />
      </radialGradient>
      <path
        d={`M ${cx - 11 * outer} ${cy - 2} C ${cx - 6 * outer} ${cy - 15} ${cx + 7 * outer} ${cy - 15} ${cx + 12.5 * outer} ${cy - 4.5}`}
        fill="none"
        stroke={palette.line}
        strokeWidth={3.2}
        strokeLinecap="round"
      />
    </g>
  );
}

/** One eyebrow; lift raises it, tilt turns its inner end up (worried) or down (focused). */
export function Brow({ cx, brow, side }: { cx: number; brow: BrowParams; side: "left" | "right" }) {
  const inner = side === "left" ? 1 : -1;
  const rotation = side === "left" ? -brow.tilt : brow.tilt;
  return (
    <path
      className="avatar-brow"
      d={`M ${cx - 8 * inner} ${BROW_Y + 1.5} Q ${cx - 1 * inner} ${BROW_Y - 3} ${cx + 8 * inner} ${BROW_Y + 0.5}`}
      fill="none"
      stroke={palette.hair}
      strokeWidth={3.4}
      strokeLinecap="round"
      style={{
        transform: `translateY(${-brow.lift}px) rotate(${rotation}deg)`,
        transformOrigin: `${cx}px ${BROW_Y}px`,
      }}
    />
  );
}
