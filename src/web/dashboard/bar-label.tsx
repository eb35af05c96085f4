import { VALUE_LABEL } from "./chart-theme.ts";

/**
 * A value label above a vertical bar, on one line (`<LabelList content={LabelAboveBar} />`).
 * Recharts' own "top" label wraps its text to the bar's width, which splits "not yet" or "84 ms"
 * over two lines on narrow bars.
 */
export function LabelAboveBar(props: { viewBox?: unknown; value?: unknown }) {
  const box = props.viewBox as { x?: number; y?: number; width?: number } | undefined;
  if (box?.x === undefined || box.y === undefined) return null;
  return (
    <text
      className="recharts-label"
      x={box.x + (box.width ?? 0) / 2}
      y={box.y - 6}
      textAnchor="middle"
      style={VALUE_LABEL}
    >
      {String(props.value ?? "")}
    </text>
  );
}
