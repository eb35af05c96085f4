import type { MouthParams } from "./face-params.ts";
import { MOUTH_X, MOUTH_Y, mouthShape } from "./mouth-shape.ts";
import { palette } from "./palette.ts";

/** The mouth: a curved line when closed, an open smile with teeth and tongue, or a rounded "o". */
export function Mouth({ mouth, clipId }: { mouth: MouthParams; clipId: string }) {
  const shape = mouthShape(mouth);
  if (shape.kind === "line") {
    return (
      <path
        className="avatar-mouth"
        data-shape="line"
        d={shape.d}
        fill="none"
        stroke={palette.lip}
        strokeWidth={2.8}
        strokeLinecap="round"
      />
    );
  }
  if (shape.kind === "round") {
    return (
      <g className="avatar-mouth" data-shape="round">
        <ellipse cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} fill={palette.mouthInside} />
        <ellipse
          cx={shape.cx}
          cy={shape.cy + shape.ry * 0.55}
          rx={shape.rx * 0.6}
          ry={shape.ry * 0.35}
          fill={palette.tongue}
        />
        <ellipse
          cx={shape.cx}
          cy={shape.cy}
          rx={shape.rx}
          ry={shape.ry}
          fill="none"
          stroke={palette.lip}
          strokeWidth={2}
        />
      </g>
    );
  }
  const centerX = MOUTH_X + mouth.shiftX;
  const topOfOpening = Math.min(shape.cornerY, (shape.cornerY + shape.teethY) / 2);
  return (
    <g className="avatar-mouth" data-shape="open">
      <clipPath id={clipId}>
        <path d={shape.d} />
      </clipPath>
      <path d={shape.d} fill={palette.mouthInside} />
      <g clipPath={`url(#${clipId})`}>
        <ellipse
          cx={centerX}
          cy={shape.tongueY + 5}
          rx={shape.halfWidth * 0.62}
          ry={7}
          fill={palette.tongue}
        />
        {mouth.teeth ? (
          <rect
            x={centerX - shape.halfWidth}
            y={topOfOpening - 8}
            width={shape.halfWidth * 2}
            height={12.5}
            rx={2}
            fill="#FFFFFF"
          />
        ) : null}
      </g>
      <path d={shape.d} fill="none" stroke={palette.lip} strokeWidth={2} strokeLinejoin="round" />
    </g>
  );
}

/** The two dimples just outside the mouth corners; drawn only when the face is smiling. */
export function Dimples({ mouth }: { mouth: MouthParams }) {
  const shape = mouthShape(mouth);
  const halfWidth = shape.kind === "round" ? shape.rx : (mouth.width / 2) * (1 - 0.35 * mouth.round);
  const cornerY = MOUTH_Y - mouth.smile * 5;
  const centerX = MOUTH_X + mouth.shiftX;
  return (
    <g className="avatar-dimples">
      {([-1, 1] as const).map((direction) => {
        // A little out from the corner and just below it, where a cheek folds in a real smile.
        const x = centerX + direction * (halfWidth + 6.5);
        const y = cornerY + 3.5;
        return (
          <g
            key={direction}
            className="avatar-dimple"
            data-testid={direction < 0 ? "dimple-left" : "dimple-right"}
            style={{ transformOrigin: `${x}px ${y}px` }}
          >
            <ellipse cx={x + direction * 0.9} cy={y} rx={3} ry={3.6} fill={palette.dimple} opacity={0.3} />
            <path
              d={`M ${x} ${y - 3.4} Q ${x + direction * 3} ${y} ${x - direction * 0.3} ${y + 3.4}`}
              fill="none"
              stroke={palette.dimpleLine}
              strokeWidth={1.7}
              strokeLinecap="round"
            />
          </g>
        );
      })}
    </g>
  );
}
