import type { Policy, Spending } from "../api/settings-types.ts";
import { formatFen } from "../format/money.ts";
import { useI18n } from "../i18n/i18n.tsx";

/** Today's spending against the daily limit, this month's, and the per-order limit. */
export function SpendingPanel({ spending, policy }: { spending: Spending; policy: Policy }) {
  const { t } = useI18n();
  // The limit the server counted against, unless a save since then changed it.
  const dailyLimitFen = policy.dailyLimitFen;
  const remainingFen = Math.max(0, dailyLimitFen - spending.todayFen);
  const share = dailyLimitFen > 0 ? Math.min(1, spending.todayFen / dailyLimitFen) : 1;
  const month = spending.monthFen ?? spending.last30DaysFen;
  return (
    <section className="panel spending-panel" aria-labelledby="spending-heading">
      <h2 id="spending-heading">{t("settings.spending.title")}</h2>
      <div className="spending-today">
        <span className="label">{t("settings.spending.today")}</span>
        <strong data-testid="spending-today">{formatFen(spending.todayFen)}</strong>
        <span className="spending-of">
          {t("settings.spending.ofDaily", { limit: formatFen(dailyLimitFen) })}
        </span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot be styled alike across browsers */}
      <div
        className={share >= 0.9 ? "spending-meter spending-meter-high" : "spending-meter"}
        role="meter"
        aria-label={t("settings.spending.meter")}
        aria-valuemin={0}
        aria-valuemax={dailyLimitFen}
        aria-valuenow={Math.min(spending.todayFen, dailyLimitFen)}
        aria-valuetext={`${formatFen(spending.todayFen)} / ${formatFen(dailyLimitFen)}`}
      >
        {share > 0 ? <span style={{ width: `${(share * 100).toFixed(1)}%` }} /> : null}
      </div>
      <p className="spending-remaining">
        {t("settings.spending.remaining", { amount: formatFen(remainingFen) })}
      </p>
      <dl className="key-values spending-figures">
        <div>
          <dt>
            {t(spending.monthFen === undefined ? "settings.spending.last30" : "settings.spending.month")}
          </dt>
          <dd data-testid="spending-month">{formatFen(month)}</dd>
        </div>
        <div>
          <dt>{t("policy.perOrderLimit")}</dt>
          <dd data-testid="spending-per-order">{formatFen(policy.perOrderLimitFen)}</dd>
        </div>
      </dl>
    </section>
  );
}
