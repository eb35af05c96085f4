import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { type AnalyticsReport, INTENTS } from "../api/types.ts";
import type { MessageKey } from "../i18n/dictionary.ts";
import { type Translate, useI18n } from "../i18n/i18n.tsx";
import { LabelAboveBar } from "./bar-label.tsx";
import { ChartPanel } from "./chart-panel.tsx";
import { CHART_COLORS, chartStyle, TICK, VALUE_LABEL } from "./chart-theme.ts";
import { formatRate, type RateBar, rateBars, retentionBars } from "./series.ts";

type RateTable = AnalyticsReport["successByIntent"];

// The intent labels of the wire contract, plus "unknown" for turns without one.
const KNOWN_INTENTS = new Set<string>([...INTENTS, "unknown"]);

/** An intent's name in the UI language; an intent the app does not know is shown as sent. */
export function intentName(t: Translate, intent: string): string {
  return KNOWN_INTENTS.has(intent) ? t(`dashboard.intent.${intent}` as MessageKey) : intent;
}

/** A language's name in the UI language. */
export function langName(t: Translate, lang: string): string {
  return lang === "zh" || lang === "en" ? t(`dashboard.lang.${lang}`) : lang;
}

const percentTick = (value: number) => `${Math.round(value * 100)}%`;
/** Retention often sits at a few percent, where whole-percent ticks would read 3 %, 5 %, 8 %. */
const percentTickFine = (value: number) => `${Number((value * 100).toFixed(1))}%`;

/** Horizontal bars of success rates (0–100 %), one row per key, labelled with the rate. */
function RateBars({ bars, nameOf }: { bars: RateBar[]; nameOf: (key: string) => string }) {
  const { t } = useI18n();
  if (bars.length === 0) return <p className="dashboard-hint">{t("dashboard.noData")}</p>;
  const data = bars.map((bar) => ({
    ...bar,
    label: nameOf(bar.key),
    rateText: formatRate(bar.rate),
    ofText: t("dashboard.success.of", { success: bar.success, turns: bar.turns }),
  }));
  return (
    <BarChart
      responsive
      layout="vertical"
      style={chartStyle(40 + data.length * 32)}
      data={data}
      margin={{ top: 4, right: 56, bottom: 0, left: 4 }}
    >
      <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
      <XAxis
        type="number"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickFormatter={percentTick}
        tick={TICK}
      />
      <YAxis type="category" dataKey="label" tick={TICK} width={120} interval={0} />
      <Tooltip
        formatter={(value, _name, item) => [
          `${formatRate(Number(value))} (${(item.payload as { ofText: string }).ofText})`,
          t("dashboard.success.series"),
        ]}
      />
      <Bar
        dataKey="rate"
        name={t("dashboard.success.series")}
        fill={CHART_COLORS.good}
        radius={[0, 4, 4, 0]}
        barSize={18}
        // Recharts drops zero-length bars and their labels; a sliver keeps "0.0%" on screen.
        minPointSize={2}
      >
        <LabelList dataKey="rateText" position="right" style={VALUE_LABEL} />
      </Bar>
    </BarChart>
  );
}

/** Success rate per NLU intent, the most used intents first. */
export function SuccessByIntentChart({ table }: { table: RateTable }) {
  const { t } = useI18n();
  return (
    <ChartPanel
      id="success-intent"
      title={t("dashboard.successIntent.title")}
      hint={t("dashboard.success.hint")}
    >
      <RateBars bars={rateBars(table)} nameOf={(key) => intentName(t, key)} />
    </ChartPanel>
  );
}

/** Success rate per conversation language. */
export function SuccessByLangChart({ table }: { table: RateTable }) {
  const { t } = useI18n();
  return (
    <ChartPanel id="success-lang" title={t("dashboard.successLang.title")}>
      <RateBars bars={rateBars(table)} nameOf={(key) => langName(t, key)} />
    </ChartPanel>
  );
}

/** Retention D1/D7/D14/D28; a day no user is old enough for reads "not yet" instead of 0 %. */
export function RetentionChart({ retention }: { retention: AnalyticsReport["retention"] }) {
  const { t } = useI18n();
  const data = retentionBars(retention).map((bar) => ({
    ...bar,
    label: t(`dashboard.retention.${bar.key}`),
    rateText: bar.rate === null ? t("dashboard.retention.notYet") : formatRate(bar.rate),
    ofText: t("dashboard.retention.of", { retained: bar.retained, eligible: bar.eligible }),
    // A bar needs a number; an unknown rate draws none and its label says why.
    value: bar.rate ?? 0,
  }));
  return (
    <ChartPanel id="retention" title={t("dashboard.retention.title")} hint={t("dashboard.retention.hint")}>
      <BarChart
        responsive
        style={chartStyle(220)}
        data={data}
        margin={{ top: 24, right: 8, bottom: 0, left: -8 }}
      >
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={TICK} interval={0} />
        <YAxis
          domain={[0, (max: number) => Math.min(1, Math.max(0.1, Math.ceil(max * 10) / 10))]}
          tickCount={5}
          tickFormatter={percentTickFine}
          tick={TICK}
          width={48}
        />
        <Tooltip
          formatter={(value, _name, item) => [
            `${formatRate(Number(value))} (${(item.payload as { ofText: string }).ofText})`,
            t("dashboard.retention.title"),
          ]}
        />
        <Bar
          dataKey="value"
          name={t("dashboard.retention.title")}
          fill={CHART_COLORS.secondary}
          radius={[4, 4, 0, 0]}
          barSize={36}
          // Recharts drops zero-height bars and their labels; a sliver keeps "not yet" on screen.
          minPointSize={2}
        >
          <LabelList dataKey="rateText" content={LabelAboveBar} />
        </Bar>
      </BarChart>
    </ChartPanel>
  );
}
