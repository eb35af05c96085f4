import type { TaskEvent, TimelineEntry } from "../api/types.ts";
import { formatFen } from "../format/money.ts";
import { formatClock } from "../format/time.ts";
import type { MessageKey } from "../i18n/dictionary.ts";
import { useI18n } from "../i18n/i18n.tsx";

type Claim = NonNullable<TaskEvent["afterSale"]>;

const STEPS = new Set(["filed", "under_review", "approved", "rejected", "refunded"]);

/**
 * A claim's timeline in the UI's language: the server words steps in the task's language, so the
 * app words them again from their status.
 */
export function claimTimeline(
  entries: readonly TimelineEntry[],
  t: (key: MessageKey) => string,
): TimelineEntry[] {
  return entries.map((entry) =>
    STEPS.has(entry.status) ? { ...entry, text: t(`afterSale.step.${entry.status}` as MessageKey) } : entry,
  );
}

/** Where a claim stands: what was asked, what came back, and the decision with its reason. */
export function AfterSaleStatus({ claim }: { claim: Claim }) {
  const { t, lang } = useI18n();
  const statusKey = `afterSale.status.${claim.status}` as MessageKey;
  return (
    <section
      className={`after-sale after-sale-${claim.status}`}
      data-testid="after-sale"
      data-claim-status={claim.status}
      aria-label={t("afterSale.label")}
    >
      <dl className="confirm-details">
        <div className="detail">
          <dt>{t("afterSale.label")}</dt>
          <dd data-testid="after-sale-status">{t(statusKey)}</dd>
        </div>
        <div className="detail">
          <dt>{t("afterSale.asked")}</dt>
          <dd>{formatFen(claim.amountFen)}</dd>
        </div>
        {claim.refundedFen > 0 ? (
          <div className="detail">
            <dt>{t("afterSale.refunded")}</dt>
            <dd data-testid="after-sale-refunded">{formatFen(claim.refundedFen)}</dd>
          </div>
        ) : null}
        {claim.decision ? (
          <div className="detail">
            <dt>{t("afterSale.decision")}</dt>
            <dd data-testid="after-sale-decision">{lang === "zh" ? claim.decision.zh : claim.decision.en}</dd>
          </div>
        ) : null}
      </dl>
      {claim.status === "under_review" && claim.decidesAt !== undefined ? (
        <p className="after-sale-due">
          {t("afterSale.decidesAt", { time: formatClock(claim.decidesAt, lang) })}
        </p>
      ) : null}
    </section>
  );
}
