import type { MessageKey } from "../i18n/dictionary.ts";
import { type Translate, useI18n } from "../i18n/i18n.tsx";
import { CLAIM_KINDS } from "../tasks/claim-kinds.ts";
import { ChartPanel } from "./chart-panel.tsx";
import { type FailureReason, failureReasons } from "./series.ts";

const PLAIN = new Set(["misunderstood", "abandoned_confirmation", "cancelled", "other"]);
const WITH_DETAIL = new Set(["task_failed", "confirm_refused", "thumbs_down"]);

/** A failure reason in the UI language; the detail (an error code, the user's words) is shown as sent. */
export function reasonText(t: Translate, reason: FailureReason): string {
  // A claim on a done task: its kind in the UI language (spilled, late, detour, …).
  if (reason.kind === "after_sale")
    return t("dashboard.reason.after_sale", {
      detail: CLAIM_KINDS.has(reason.detail ?? "")
        ? t(`afterSale.kind.${reason.detail}` as MessageKey)
        : (reason.detail ?? "—"),
    });
  if (PLAIN.has(reason.kind) && reason.detail === null)
    return t(`dashboard.reason.${reason.kind}` as MessageKey);
  if (WITH_DETAIL.has(reason.kind))
    return t(`dashboard.reason.${reason.kind}` as MessageKey, { detail: reason.detail ?? "—" });
  return reason.detail === null ? reason.kind : `${reason.kind}: ${reason.detail}`;
}

/**
 * Failure reasons as a table with a bar in each row: the reasons carry the users' own words, which
 * read better as text in a row than as a chart axis squeezed onto a phone.
 */
export function FailureTable({ reasons }: { reasons: Record<string, number> }) {
  const { t } = useI18n();
  const rows = failureReasons(reasons);
  return (
    <ChartPanel id="failures" title={t("dashboard.failures.title")}>
      {rows.length === 0 ? (
        <p className="dashboard-hint">{t("dashboard.failures.none")}</p>
      ) : (
        <table className="failure-table">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.failures.reason")}</th>
              <th scope="col" className="failure-count">
                {t("dashboard.failures.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}:${row.detail ?? ""}`} data-testid="failure-reason">
                <td>
                  <span className="failure-text">{reasonText(t, row)}</span>
                  <span className="failure-bar" aria-hidden="true">
                    <span style={{ width: `${Math.max(2, Math.round(row.share * 100))}%` }} />
                  </span>
                </td>
                <td className="failure-count">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartPanel>
  );
}
