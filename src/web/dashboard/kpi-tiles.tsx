import type { AnalyticsReport } from "../api/types.ts";
import { formatFen } from "../format/money.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { formatRate } from "./series.ts";

interface Tile {
  id: string;
  label: string;
  value: string;
  detail?: string;
}

/** The headline figures: active users, how often they come back, money, effort per task. */
export function KpiTiles({ report }: { report: AnalyticsReport }) {
  const { t } = useI18n();
  const { users, gmv, turnsPerTask, feedback } = report;
  const tiles: Tile[] = [
    { id: "dau", label: t("dashboard.kpi.dau"), value: String(users.dau) },
    { id: "wau", label: t("dashboard.kpi.wau"), value: String(users.wau) },
    {
      id: "mau",
      label: t("dashboard.kpi.mau"),
      value: String(users.mau),
      detail: t("dashboard.kpi.usersTotal", { count: users.total }),
    },
    {
      id: "active-rate",
      label: t("dashboard.kpi.activeRate"),
      value: formatRate(users.activeRate),
      detail: t("dashboard.kpi.stickiness", { rate: formatRate(users.stickiness) }),
    },
    {
      id: "uses-per-user",
      label: t("dashboard.kpi.usesPerUser"),
      value: String(report.usesPerUserPerMonth),
    },
    {
      id: "gmv",
      label: t("dashboard.kpi.gmv"),
      value: formatFen(gmv.grossFen),
      detail: t("dashboard.kpi.gmvDetail", {
        orders: gmv.orders,
        average: formatFen(gmv.averageOrderFen),
        refunded: formatFen(gmv.refundedFen),
      }),
    },
    {
      id: "turns-per-task",
      label: t("dashboard.kpi.turnsPerTask"),
      value: String(turnsPerTask.mean),
      detail: t("dashboard.kpi.turnsPerTaskDetail", { median: turnsPerTask.p50, tasks: turnsPerTask.tasks }),
    },
    {
      id: "feedback",
      label: t("dashboard.kpi.feedback"),
      value: feedback.up + feedback.down > 0 ? formatRate(feedback.rate) : "—",
      detail: t("dashboard.kpi.feedbackDetail", { up: feedback.up, down: feedback.down }),
    },
  ];
  // Older servers send no after-sale figures.
  if (report.afterSale)
    tiles.push({
      id: "after-sale",
      label: t("dashboard.kpi.afterSale"),
      value: formatRate(report.afterSale.rate),
      detail: t("dashboard.kpi.afterSaleDetail", {
        claims: report.afterSale.claims,
        refunded: formatFen(report.afterSale.refundedFen),
      }),
    });
  return (
    <ul className="kpi-tiles">
      {tiles.map((tile) => (
        <li key={tile.id} className="kpi-tile" data-testid={`kpi-${tile.id}`}>
          <span className="kpi-label">{tile.label}</span>
          <strong className="kpi-value" data-testid={`kpi-${tile.id}-value`}>
            {tile.value}
          </strong>
          {tile.detail ? <span className="kpi-detail">{tile.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}
