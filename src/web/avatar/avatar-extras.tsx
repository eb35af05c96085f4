import type { FaceExtra } from "./face-params.ts";
import { palette } from "./palette.ts";

function sparklePath(x: number, y: number, size: number): string {
  const s = size;
  const w = size * 0.28;
  return `M ${x} ${y - s} Q ${x + w} ${y - w} ${x + s} ${y} Q ${x + w} ${y + w} ${x} ${y + s} Q ${x - w} ${y + w} ${x - s} ${y} Q ${x - w} ${y - w} ${x} ${y - s} Z`;
}

/** Little signs around the head that say what the character is doing: thought dots, a gear, sparkles. */
export function AvatarExtras({ extras }: { extras: readonly FaceExtra[] }) {
  return (
    <g className="avatar-extras">
      {extras.includes("thinking-dots") ? (
        <g className="avatar-thought" fill={palette.thought}>
          <circle className="avatar-thought-dot" cx={152} cy={50} r={3.2} />
          <circle className="avatar-thought-dot" cx={163} cy={37} r={4.6} />
          <circle className="avatar-thought-dot" cx={178} cy={22} r={6.4} />
        </g>
      ) : null}
      {extras.includes("gear") ? (
        <g className="avatar-gear" style={{ transformOrigin: "166px 36px" }}>
          <circle
            cx={166}
            cy={36}
            r={10}
            fill="none"
            stroke={palette.gear}
            strokeWidth={5}
            strokeDasharray="3.6 2.7"
          />
          <circle cx={166} cy={36} r={7.4} fill={palette.gear} />
          <circle cx={166} cy={36} r={3} fill="#FFFFFF" />
        </g>
      ) : null}
      {extras.includes("sparkles") ? (
        <g className="avatar-sparkles" fill={palette.sparkle}>
          <path className="avatar-sparkle" d={sparklePath(34, 58, 8)} />
          <path className="avatar-sparkle" d={sparklePath(168, 64, 6.5)} />
          <path className="avatar-sparkle" d={sparklePath(156, 26, 5)} />
        </g>
      ) : null}
    </g>
  );
}

/** A sweat drop at the temple: the universal cartoon sign for "oops, sorry". */
export function SweatDrop() {
  return (
    <path
      className="avatar-sweat"
      d="M 147 64 C 151 71 154 75 154 79 A 7 7 0 0 1 140 79 C 140 75 143 71 147 64 Z"
      fill={palette.sweat}
      stroke={palette.sweatLine}
      strokeWidth={1.4}
    />
  );
}
