import type { ReactNode } from "react";

/** One dashboard panel: a heading, an optional hint, and the chart or table it explains. */
export function ChartPanel({
  id,
  title,
  hint,
  wide,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  /** Spans both columns on a wide screen. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={wide ? "panel dashboard-panel dashboard-wide" : "panel dashboard-panel"}
      aria-labelledby={`${id}-heading`}
      data-testid={`chart-${id}`}
    >
      <h2 id={`${id}-heading`}>{title}</h2>
      {hint ? <p className="dashboard-hint">{hint}</p> : null}
      {children}
    </section>
  );
}
