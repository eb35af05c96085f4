import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { AnalyticsReport } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { ChartPanel } from "./chart-panel.tsx";
import { CHART_COLORS, chartStyle, TICK, VALUE_LABEL } from "./chart-theme.ts";
import { formatRate, funnelBars } from "./series.ts";

const STEP_COLORS = ["#ffb199", "#ff9a7e", CHART_COLORS.primary, "#f0663f", CHART_COLORS.deep];

/** The task funnel, intent → quote → confirm → paid → delivered, each bar labelled with its count and step conversion. */
export function FunnelChart({ funnel }: { funnel: AnalyticsReport["funnel"] }) {
  const { t } = useI18n();
  const data = funnelBars(funnel).map((bar) => ({
    ...bar,
    label: t(`dashboard.funnel.${bar.step}`),
    valueText: bar.stepRate === null ? String(bar.count) : `${bar.count} · ${formatRate(bar.stepRate)}`,
    overallText:
      bar.overallRate === null ? "" : t("dashboard.funnel.overall", { rate: formatRate(bar.overallRate) }),
  }));
  return (
    <ChartPanel id="funnel" title={t("dashboard.funnel.title")} hint={t("dashboard.funnel.hint")}>
      <BarChart
        responsive
        layout="vertical"
        style={chartStyle(56 + data.length * 40)}
        data={data}
        margin={{ top: 4, right: 96, bottom: 0, left: 4 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={TICK} />
        <YAxis type="category" dataKey="label" tick={TICK} width={104} />
        <Tooltip
          formatter={(value, _name, item) => [
            `${value} (${(item.payload as { overallText: string }).overallText})`,
            t("dashboard.funnel.count"),
          ]}
        />
        <Bar
          dataKey="count"
          name={t("dashboard.funnel.count")}
          radius={[0, 4, 4, 0]}
          barSize={24}
          minPointSize={2}
        >
          {data.map((bar, index) => (
            <Cell key={bar.step} fill={STEP_COLORS[index] ?? CHART_COLORS.primary} />
          ))}
          <LabelList dataKey="valueText" position="right" style={VALUE_LABEL} />
        </Bar>
      </BarChart>
    </ChartPanel>
  );
}
