import { useCallback, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import type { ApiClient } from "../api/client.ts";
import type { AnalyticsReport } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { useResource } from "../screens/use-resource.ts";
import { DailyActiveChart, GmvDailyChart } from "./activity-charts.tsx";
import { FailureTable } from "./failure-table.tsx";
import { FunnelChart } from "./funnel-chart.tsx";
import { KpiTiles } from "./kpi-tiles.tsx";
import { LatencyChart } from "./latency-chart.tsx";
import { RetentionChart, SuccessByIntentChart, SuccessByLangChart } from "./rate-charts.tsx";
import { fillDays, hasActivity } from "./series.ts";
import "./dashboard.css";

/** Fills a local database with a month of simulated use (docs/FLYWHEEL.md). */
const SIMULATE_COMMAND = "node bin/dimple.js simulate --users 200 --days 30";

type Loaded = { kind: "report"; report: AnalyticsReport } | { kind: "forbidden" };

/**
 * The operator's dashboard (`#/dashboard`). The server decides who is an operator: anyone else gets
 * 403 from `GET /api/analytics`, and the screen says so instead of drawing anything.
 */
export function DashboardScreen({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const loaded = useResource(
    // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reload trigger
    useCallback(
      (): Promise<Loaded> =>
        api.analytics().then(
          (report) => ({ kind: "report", report }),
          (error: unknown) => {
            if (error instanceof ApiError && error.status === 403) return { kind: "forbidden" };
            throw error;
          },
        ),
      [api, version],
    ),
  );
  const reload = () => setVersion((current) => current + 1);

  if (loaded.state === "ready" && loaded.data.kind === "forbidden") {
    return (
      <main className="page">
        <section className="panel dashboard-notice" role="alert" data-testid="dashboard-forbidden">
          <h1>{t("dashboard.forbiddenTitle")}</h1>
          <p>{t("dashboard.forbiddenBody")}</p>
          <a className="chip dashboard-back" href="#/chat">
            {t("dashboard.backToChat")}
          </a>
        </section>
      </main>
    );
  }
  const report = loaded.state === "ready" && loaded.data.kind === "report" ? loaded.data.report : null;
  return (
    <main className="page dashboard" data-testid="dashboard">
      <header className="dashboard-head">
        <div>
          <h1>{t("dashboard.title")}</h1>
          {report && hasActivity(report) ? (
            <p className="dashboard-hint" data-testid="dashboard-as-of">
              {t("dashboard.asOf", { day: report.asOf })}
            </p>
          ) : null}
        </div>
        {report ? (
          <button type="button" className="chip" onClick={reload}>
            {t("dashboard.refresh")}
          </button>
        ) : null}
      </header>
      {loaded.state === "loading" ? <p>{t("dashboard.loading")}</p> : null}
      {loaded.state === "failed" ? (
        <section className="panel dashboard-notice" role="alert">
          <p>{t("dashboard.failed", { message: loaded.message })}</p>
          <button type="button" className="chip" onClick={reload}>
            {t("dashboard.retry")}
          </button>
        </section>
      ) : null}
      {report && !hasActivity(report) ? (
        <section className="panel dashboard-notice" data-testid="dashboard-empty">
          <h2>{t("dashboard.emptyTitle")}</h2>
          <p>{t("dashboard.emptyBody")}</p>
          <pre className="dashboard-command">
            <code>{SIMULATE_COMMAND}</code>
          </pre>
        </section>
      ) : null}
      {report && hasActivity(report) ? <DashboardBody report={report} /> : null}
    </main>
  );
}

function DashboardBody({ report }: { report: AnalyticsReport }) {
  const days = fillDays(report.dailyActive, report.asOf);
  return (
    <>
      <KpiTiles report={report} />
      <div className="dashboard-grid">
        <DailyActiveChart days={days} />
        <FunnelChart funnel={report.funnel} />
        <RetentionChart retention={report.retention} />
        <SuccessByIntentChart table={report.successByIntent} />
        <FailureTable reasons={report.failureReasons} />
        <SuccessByLangChart table={report.successByLang} />
        <LatencyChart latency={report.latencyMs} />
        <GmvDailyChart days={days} />
      </div>
    </>
  );
}
