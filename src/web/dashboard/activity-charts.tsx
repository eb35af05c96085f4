import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatFen } from "../format/money.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { ChartPanel } from "./chart-panel.tsx";
import { CHART_COLORS, chartStyle, TICK } from "./chart-theme.ts";
import { type DailyPoint, shortDay, yuanTick } from "./series.ts";

/** Active users (and their sessions) per day, quiet days (and days of payments only) as zero. */
export function DailyActiveChart({ days }: { days: DailyPoint[] }) {
  const { t } = useI18n();
  return (
    <ChartPanel id="daily-active" title={t("dashboard.daily.title")} wide>
      <LineChart
        responsive
        style={chartStyle(240)}
        data={days}
        margin={{ top: 8, right: 12, bottom: 0, left: -12 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="day" tickFormatter={shortDay} tick={TICK} minTickGap={16} />
        <YAxis allowDecimals={false} tick={TICK} width={44} />
        <Tooltip />
        {/* In the order drawn, not alphabetical (the default), so it reads the same in both languages. */}
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
        <Line
          type="linear"
          dataKey="users"
          name={t("dashboard.daily.users")}
          stroke={CHART_COLORS.deep}
          strokeWidth={2.5}
          dot={days.length <= 14}
        />
        <Line
          type="linear"
          dataKey="sessions"
          name={t("dashboard.daily.sessions")}
          stroke={CHART_COLORS.secondary}
          strokeWidth={1.5}
          strokeDasharray="4 3"
          dot={false}
        />
      </LineChart>
    </ChartPanel>
  );
}

/** GMV per day: what was paid for the orders delivered (or charged a cancellation fee) that day, in yuan; the bars sum to the GMV tile. */
export function GmvDailyChart({ days }: { days: DailyPoint[] }) {
  const { t } = useI18n();
  return (
    <ChartPanel id="gmv-daily" title={t("dashboard.gmvDaily.title")} hint={t("dashboard.gmvDaily.hint")} wide>
      <BarChart
        responsive
        style={chartStyle(220)}
        data={days}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="day" tickFormatter={shortDay} tick={TICK} minTickGap={16} />
        <YAxis tickFormatter={yuanTick} tick={TICK} width={64} />
        <Tooltip formatter={(value) => formatFen(Number(value))} />
        <Bar
          dataKey="gmvFen"
          name={t("dashboard.gmvDaily.series")}
          fill={CHART_COLORS.primary}
          radius={[4, 4, 0, 0]}
        />
      </BarChart>
    </ChartPanel>
  );
}
