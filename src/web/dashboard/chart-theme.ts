/**
 * Colours and axis styling shared by the dashboard's charts. SVG presentation attributes do not
 * read CSS custom properties everywhere, so the app's palette (styles/base.css) is repeated here.
 */
export const CHART_COLORS = {
  primary: "#ff7a59",
  deep: "#e4572e",
  secondary: "#2f5fb3",
  good: "#1f9d6b",
  grid: "#f0e2da",
  ink: "#2f2228",
  inkSoft: "#6d5a60",
} as const;

/** Axis ticks: small, soft and legible at phone width. */
export const TICK = { fontSize: 12, fill: CHART_COLORS.inkSoft } as const;

/** Value labels drawn beside or on top of bars. */
export const VALUE_LABEL = { fontSize: 12, fill: CHART_COLORS.ink, fontWeight: 600 } as const;

/** The chart's own box: as wide as its panel, a fixed height, resized with the panel. */
export const chartStyle = (height: number) => ({ width: "100%", height, maxWidth: "100%" }) as const;
