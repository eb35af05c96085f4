import { useCallback } from "react";
import type { ApiClient } from "../api/client.ts";
import { formatFen } from "../format/money.ts";
import { formatDateTime } from "../format/time.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { useResource } from "./use-resource.ts";

/** Past orders and payments. */
export function HistoryScreen({ api }: { api: ApiClient }) {
  const { t, lang } = useI18n();
  const orders = useResource(useCallback(() => api.orders(), [api]));
  const payments = useResource(useCallback(() => api.payments(), [api]));
  return (
    <main className="page">
      <h1>{t("history.title")}</h1>
      <section className="panel" aria-labelledby="orders-heading">
        <h2 id="orders-heading">{t("history.orders")}</h2>
        {orders.state === "loading" ? <p>{t("history.loading")}</p> : null}
        {orders.state === "failed" ? <p role="alert">{orders.message}</p> : null}
        {orders.state === "ready" && orders.data.length === 0 ? <p>{t("history.noOrders")}</p> : null}
        {orders.state === "ready" && orders.data.length > 0 ? (
          <ul className="record-list">
            {orders.data.map((order) => (
              <li key={order.orderId} className="record">
                <div className="record-main">
                  <strong>{order.merchant}</strong>
                  <span className="record-amount">{formatFen(order.totalFen)}</span>
                </div>
                <div className="record-meta">
                  <span className="status-badge">{order.status}</span>
                  <time dateTime={new Date(order.createdAt).toISOString()}>
                    {formatDateTime(order.createdAt, lang)}
                  </time>
                </div>
                <p className="record-lines">
                  {(order.lines ?? []).map((line) => `${line.name} ×${line.qty}`).join("，")}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="payments-heading">
        <h2 id="payments-heading">{t("history.payments")}</h2>
        {payments.state === "loading" ? <p>{t("history.loading")}</p> : null}
        {payments.state === "failed" ? <p role="alert">{payments.message}</p> : null}
        {payments.state === "ready" && payments.data.length === 0 ? <p>{t("history.noPayments")}</p> : null}
        {payments.state === "ready" && payments.data.length > 0 ? (
          <ul className="record-list">
            {payments.data.map((payment) => (
              <li key={payment.id} className="record">
                <div className="record-main">
                  <span>{payment.description}</span>
                  <span className="record-amount">{formatFen(payment.amountFen)}</span>
                </div>
                <div className="record-meta">
                  <span className="status-badge">{payment.status}</span>
                  <time dateTime={new Date(payment.createdAt).toISOString()}>
                    {formatDateTime(payment.createdAt, lang)}
                  </time>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </main>
  );
}
