import type { QuoteOrder } from "../api/types.ts";
import { merchantName } from "../format/localized.ts";
import { formatFen } from "../format/money.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { QuoteFees, QuoteLinesTable } from "./quote-parts.tsx";

/**
 * A basket across shops on the confirmation card: each shop's order with its own lines, fees,
 * coupons and subtotal. The card's total (and the button) is their sum, confirmed with one tap.
 */
// Each shop appears once in a basket, so its name is the key.
export function BasketOrders({ orders }: { orders: QuoteOrder[] }) {
  const { t, lang } = useI18n();
  return (
    <ol
      className="basket-orders"
      data-testid="basket-orders"
      aria-label={t("card.basketOrders", { count: orders.length })}
    >
      {orders.map((order, index) => (
        <li key={order.merchant} className="basket-order" data-testid="basket-order">
          <h4 className="basket-order-title">
            {t("card.order", { n: index + 1 })} · {merchantName(order, lang)}
          </h4>
          <QuoteLinesTable
            lines={order.lines}
            heading={t("card.items")}
            counted
            qtyHeading={t("card.qty")}
            priceHeading={t("card.unitPrice")}
            lang={lang}
          />
          <dl className="confirm-amounts">
            <QuoteFees quote={order} />
            <div className="amount basket-order-total">
              <dt>{t("card.orderTotal")}</dt>
              <dd data-testid="basket-order-total">{formatFen(order.totalFen)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
