import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { AnalyticsReport } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { LabelAboveBar } from "./bar-label.tsx";
import { ChartPanel } from "./chart-panel.tsx";
import { CHART_COLORS, chartStyle, TICK } from "./chart-theme.ts";
import { latencyBars } from "./series.ts";

/** Turn latency percentiles in milliseconds. */
export function LatencyChart({ latency }: { latency: AnalyticsReport["latencyMs"] }) {
  const { t } = useI18n();
  const data = latencyBars(latency).map((bar) => ({ ...bar, msText: String(bar.ms) }));
  return (
    <ChartPanel
      id="latency"
      title={t("dashboard.latency.title")}
      hint={t("dashboard.latency.hint", { turns: latency.turns })}
    >
      <BarChart
        responsive
        style={chartStyle(220)}
        data={data}
        margin={{ top: 24, right: 8, bottom: 0, left: -8 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="key" tick={TICK} />
        <YAxis tick={TICK} width={52} />
        <Tooltip formatter={(value) => [`${value} ms`, t("dashboard.latency.series")]} />
        <Bar
          dataKey="ms"
          name={t("dashboard.latency.series")}
          fill={CHART_COLORS.deep}
          radius={[4, 4, 0, 0]}
          barSize={36}
        >
          <LabelList dataKey="msText" content={LabelAboveBar} />
        </Bar>
      </BarChart>
    </ChartPanel>
  );
}
