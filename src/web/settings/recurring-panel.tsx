import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { RecurringOrder } from "../api/settings-types.ts";
import { formatFen } from "../format/money.ts";
import { formatDateTime } from "../format/time.ts";
import { errorText } from "../i18n/error-text.ts";
import { useI18n } from "../i18n/i18n.tsx";

/**
 * The user's recurring orders: the rule, the item, the open mandate's caps and end, the spend and
 * the runs so far; pause, resume, or cancel (which revokes the mandate). Set up in chat only.
 */
export function RecurringPanel({ api }: { api: ApiClient }) {
  const { t, lang } = useI18n();
  const [plans, setPlans] = useState<RecurringOrder[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(() => api.recurringOrders().then(setPlans, setFailure), [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (id: string, work: () => Promise<unknown>) => {
    setBusy(id);
    setFailure(null);
    try {
      await work();
      await load();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="panel recurring-panel" aria-labelledby="recurring-heading">
      <h2 id="recurring-heading">{t("settings.recurring.title")}</h2>
      {failure ? <p role="alert">{errorText(failure, t)}</p> : null}
      {plans && plans.length === 0 ? <p>{t("settings.recurring.none")}</p> : null}
      {(plans ?? []).map((plan) => (
        <article key={plan.id} className="recurring-plan" data-testid="recurring-plan">
          <h3>
            {plan.ruleText[lang]} · {plan.title[lang]}
          </h3>
          <dl className="key-values">
            <div>
              <dt>{t("settings.recurring.next")}</dt>
              <dd>
                {plan.status === "paused"
                  ? t("settings.recurring.paused")
                  : plan.nextRunAt
                    ? formatDateTime(Date.parse(plan.nextRunAt), lang)
                    : "—"}
              </dd>
            </div>
            {plan.mandate ? (
              <div>
                <dt>{t("settings.recurring.cap")}</dt>
                <dd>{formatFen(plan.mandate.constraints.perRunCapFen)}</dd>
              </div>
            ) : null}
            {plan.mandate?.constraints.totalCapFen !== undefined ? (
              <div>
                <dt>{t("settings.recurring.totalCap")}</dt>
                <dd>{formatFen(plan.mandate.constraints.totalCapFen)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t("settings.recurring.spent")}</dt>
              <dd data-testid="recurring-spent">{formatFen(plan.spentFen)}</dd>
            </div>
            {plan.mandate ? (
              <div>
                <dt>{t("settings.recurring.mandate")}</dt>
                <dd>
                  {t("settings.recurring.until", { time: formatDateTime(plan.mandate.expiresAt, lang) })}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t("settings.recurring.runs")}</dt>
              <dd>
                {plan.runs
                  .slice(0, 5)
                  .map(
                    (run) =>
                      `${formatDateTime(Date.parse(run.occurrenceAt), lang)} ${formatFen(run.amountFen)}`,
                  )
                  .join(" · ") || "—"}
              </dd>
            </div>
          </dl>
          <div className="recurring-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={busy !== null}
              onClick={() =>
                void act(plan.id, () => api.setRecurringPaused(plan.id, plan.status !== "paused"))
              }
            >
              {t(plan.status === "paused" ? "settings.recurring.resume" : "settings.recurring.pause")}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              data-testid="recurring-revoke"
              disabled={busy !== null}
              onClick={() => void act(plan.id, () => api.cancelTask(plan.id))}
            >
              {t("settings.recurring.revoke")}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
