import { AvatarExtras, SweatDrop } from "./avatar-extras.tsx";
import { Brow, EYE_OFFSET_X, Eye } from "./avatar-eyes.tsx";
import { Dimples, Mouth } from "./avatar-mouth.tsx";
import type { FaceParams } from "./face-params.ts";
import { palette } from "./palette.ts";

const HEAD_PATH =
  "M 100 40 C 136 40 153 66 153 100 C 153 134 130 160 100 160 C 70 160 47 134 47 100 C 47 66 64 40 100 40 Z";
const BACK_HAIR_PATH =
  "M 100 24 C 142 24 167 54 164 102 C 163 124 167 142 160 154 C 152 162 141 160 137 152 L 63 152 C 59 160 48 162 40 154 C 33 142 37 124 36 102 C 33 54 58 24 100 24 Z";
// A side-swept fringe whose lower edge ends in soft points, so it reads as strands rather than a helmet.
const BANGS_PATH =
  "M 46 104 C 41 62 66 33 102 33 C 139 33 161 60 154 104 C 152 92 148 82 141 72 Q 138 80 131 84 Q 131 76 124 67 Q 116 79 102 83 Q 106 76 104 67 Q 92 78 76 80 Q 82 74 82 65 Q 70 75 62 77 C 55 86 49 96 46 104 Z";
const TUFT_PATH = "M 103 37 C 99 25 107 14 119 12 C 112 19 110 27 111 37 Z";
const BODY_PATH = "M 24 222 C 26 188 56 170 100 170 C 144 170 174 188 176 222 Z";

/** The whole character, drawn from face parameters; ids are prefixed so several avatars can share a page. */
export function AvatarSvg({ face, idPrefix }: { face: FaceParams; idPrefix: string }) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const blushOpacity = 0.22 + 0.6 * face.blush;
  return (
    <svg viewBox="0 0 200 222" className="avatar-svg" aria-hidden="true" focusable="false">
      <defs>
        <radialGradient id={id("halo")} cx="50%" cy="45%" r="55%">
          <stop offset="0%" stopColor={palette.haloInner} />
          <stop offset="100%" stopColor={palette.haloOuter} />
        </radialGradient>
        <radialGradient id={id("skin")} cx="48%" cy="42%" r="62%">
          <stop offset="0%" stopColor={palette.skinLight} />
          <stop offset="75%" stopColor={palette.skin} />
          <stop offset="100%" stopColor={palette.skinShade} />
        </radialGradient>
        <radialGradient id={id("blush")}>
          <stop offset="0%" stopColor={palette.blush} stopOpacity={0.95} />
          <stop offset="100%" stopColor={palette.blush} stopOpacity={0} />
        </radialGradient>
        <linearGradient id={id("sweater")} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={palette.sweater} />
          <stop offset="100%" stopColor={palette.sweaterShade} />
        </linearGradient>
        <linearGradient id={id("hair")} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={palette.hairLight} />
          <stop offset="55%" stopColor={palette.hair} />
        </linearGradient>
        <clipPath id={id("halo-clip")}>
          <circle cx={100} cy={111} r={98} />
        </clipPath>
      </defs>
      <circle cx={100} cy={111} r={98} fill={`url(#${id("halo")})`} />
      <g clipPath={`url(#${id("halo-clip")})`}>
        <g className="avatar-chest">
          <path d={BODY_PATH} fill={`url(#${id("sweater")})`} />
          <path
            d="M 80 171 Q 100 194 120 171"
            fill="none"
            stroke={palette.collar}
            strokeWidth={5}
            strokeLinecap="round"
          />
        </g>
        <rect x={89} y={146} width={22} height={30} rx={9} fill={palette.skinShade} />
      </g>
      <g className="avatar-bob">
        <g
          className="avatar-head"
          style={{ transform: `rotate(${face.headTilt}deg)`, transformOrigin: "100px 158px" }}
        >
          <path d={BACK_HAIR_PATH} fill={`url(#${id("hair")})`} />
          <path d={HEAD_PATH} fill={`url(#${id("skin")})`} />
          <ellipse cx={68} cy={127} rx={12} ry={7.5} fill={`url(#${id("blush")})`} opacity={blushOpacity} />
          <ellipse cx={132} cy={127} rx={12} ry={7.5} fill={`url(#${id("blush")})`} opacity={blushOpacity} />
          <path d={BANGS_PATH} fill={`url(#${id("hair")})`} />
          <path d={TUFT_PATH} fill={palette.hair} />
          <path
            d="M 64 56 C 74 45 88 40 104 39"
            fill="none"
            stroke="#FFFFFF"
            strokeOpacity={0.22}
            strokeWidth={4}
            strokeLinecap="round"
          />
          <Brow cx={100 - EYE_OFFSET_X} brow={face.brows.left} side="left" />
          <Brow cx={100 + EYE_OFFSET_X} brow={face.brows.right} side="right" />
          <Eye cx={100 - EYE_OFFSET_X} eyes={face.eyes} side="left" clipId={id("eye-left")} />
          <Eye cx={100 + EYE_OFFSET_X} eyes={face.eyes} side="right" clipId={id("eye-right")} />
          <path
            d="M 97.5 124 Q 100 126.5 102.5 124"
            fill="none"
            stroke={palette.skinShade}
            strokeWidth={2}
            strokeLinecap="round"
          />
          <Mouth mouth={face.mouth} clipId={id("mouth")} />
          {face.dimples ? <Dimples mouth={face.mouth} /> : null}
          {face.extras.includes("sweat") ? <SweatDrop /> : null}
        </g>
      </g>
      <AvatarExtras extras={face.extras.filter((extra) => extra !== "sweat")} />
    </svg>
  );
}
