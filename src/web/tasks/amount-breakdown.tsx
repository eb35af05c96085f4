import type { SettledAmounts } from "../format/amounts.ts";
import { formatFen } from "../format/money.ts";
import { useI18n } from "../i18n/i18n.tsx";

/**
 * Held, charged, released and refunded, side by side, where more than one figure matters; while
 * the money is only held (`holding`), that it is a hold and not yet a charge.
 */
export function AmountBreakdown({
  amounts,
  holding = false,
}: {
  amounts: SettledAmounts;
  holding?: boolean;
}) {
  const { t } = useI18n();
  if (!amounts.detailed && !(holding && amounts.chargedFen === null)) return null;
  const parts = [
    t("amount.held", { amount: formatFen(amounts.heldFen) }),
    ...(amounts.chargedFen !== null ? [t("amount.charged", { amount: formatFen(amounts.chargedFen) })] : []),
    ...(amounts.releasedFen > 0 ? [t("amount.released", { amount: formatFen(amounts.releasedFen) })] : []),
    ...(amounts.refundedFen > 0 ? [t("amount.refunded", { amount: formatFen(amounts.refundedFen) })] : []),
  ];
  return (
    <p className="amount-breakdown" data-testid="amount-breakdown">
      {parts.map((part) => (
        <span key={part}>{part}</span>
      ))}
    </p>
  );
}
