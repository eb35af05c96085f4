import { useCallback } from "react";
import type { ApiClient } from "../api/client.ts";
import type { OrderClaim, OrderSummary, PaymentRecord } from "../api/types.ts";
import { releasedOnCapture, settledAmounts } from "../format/amounts.ts";
import { lineName, pick } from "../format/localized.ts";
import { formatFen } from "../format/money.ts";
import { formatDateTime } from "../format/time.ts";
import type { MessageKey } from "../i18n/dictionary.ts";
import { type Translate, useI18n } from "../i18n/i18n.tsx";
import { AmountBreakdown } from "../tasks/amount-breakdown.tsx";
import { CLAIM_KINDS } from "../tasks/claim-kinds.ts";
import { useResource } from "./use-resource.ts";

const taskStatuses = new Set([
  "needs_info",
  "awaiting_confirmation",
  "processing",
  "in_fulfilment",
  "completed",
  "cancelled",
  "failed",
]);
const paymentKinds = new Set(["fund", "authorize", "capture", "release", "expire", "refund", "transfer"]);

/** A status word in the UI language; a status the app does not know is shown as sent. */
function statusText(t: Translate, status: string): string {
  return taskStatuses.has(status) ? t(`task.status.${status}` as MessageKey) : status;
}

/**
 * What a statement line did to the user's money. Authorizations and releases only move money
 * between the wallet and a hold (their net is 0), so they show the held amount, unsigned.
 */
export function paymentAmount(payment: PaymentRecord): { fen: number; signed: boolean } {
  if (payment.netFen === 0 && payment.heldFen !== 0) return { fen: Math.abs(payment.heldFen), signed: false };
  return { fen: payment.netFen, signed: true };
}

/** Past orders and payments. */
export function HistoryScreen({ api }: { api: ApiClient }) {
  const { t } = useI18n();
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
              <OrderRecord key={order.orderId} order={order} />
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
              <PaymentLine key={payment.journalId} payment={payment} />
            ))}
          </ul>
        ) : null}
      </section>
    </main>
  );
}

function OrderRecord({ order }: { order: OrderSummary }) {
  const { t, lang } = useI18n();
  const amounts = settledAmounts(order.totalFen, order.paidFen, order.refundedFen);
  return (
    <li className="record" data-testid="order-record" data-order-id={order.orderId}>
      <div className="record-main">
        <strong className="record-title">{pick(lang, order.merchant, order.merchantEn)}</strong>
        <span className="record-amount" data-testid="order-amount">
          {formatFen(amounts.headlineFen)}
        </span>
      </div>
      <p className="record-lines">
        {(order.lines ?? [])
          // A ride's or a ticket's line describes the trip or the seats: no "×1" after it.
          .map((line) =>
            order.kind === "order_delivery" || line.qty > 1
              ? `${lineName(line, lang)} ×${line.qty}`
              : lineName(line, lang),
          )
          .join(lang === "zh" ? "，" : ", ")}
      </p>
      <AmountBreakdown amounts={amounts} />
      {order.claims && order.claims.length > 0 ? (
        <ul className="record-claims" aria-label={t("afterSale.label")}>
          {order.claims.map((claim) => (
            <ClaimLine key={claim.taskId} claim={claim} />
          ))}
        </ul>
      ) : null}
      <div className="record-meta">
        <span className={`status-badge status-${order.status}`}>{statusText(t, order.status)}</span>
        <time dateTime={new Date(order.createdAt).toISOString()}>
          {formatDateTime(order.createdAt, lang)}
        </time>
      </div>
    </li>
  );
}

const CLAIM_STATUSES = new Set(["under_review", "approved", "refunded", "rejected", "reported"]);

/** One claim under its order: what it was about, where it stands, and the money that came back. */
function ClaimLine({ claim }: { claim: OrderClaim }) {
  const { t } = useI18n();
  const kind = t(`afterSale.kind.${CLAIM_KINDS.has(claim.kind) ? claim.kind : "other"}` as MessageKey);
  const status = CLAIM_STATUSES.has(claim.status)
    ? t(`afterSale.status.${claim.status}` as MessageKey)
    : claim.status;
  return (
    <li
      className={`record-claim after-sale-${claim.status}`}
      data-testid="order-claim"
      data-claim-status={claim.status}
    >
      <span>{t("history.claim", { kind, status })}</span>
      <span className="record-amount">
        {claim.refundedFen > 0 ? `+${formatFen(claim.refundedFen)}` : formatFen(claim.amountFen)}
      </span>
    </li>
  );
}

function PaymentLine({ payment }: { payment: PaymentRecord }) {
  const { t, lang } = useI18n();
  const amount = paymentAmount(payment);
  const kind = paymentKinds.has(payment.kind) ? payment.kind : "other";
  const sign = amount.signed && amount.fen > 0 ? "+" : "";
  const released = releasedOnCapture(payment);
  return (
    <li className="record" data-testid="payment-record">
      <div className="record-main">
        <span className="record-title">{pick(lang, payment.description, payment.descriptionEn)}</span>
        <span
          className={
            amount.signed
              ? amount.fen < 0
                ? "record-amount amount-out"
                : "record-amount amount-in"
              : "record-amount amount-held"
          }
        >
          {sign}
          {formatFen(amount.fen)}
        </span>
      </div>
      <div className="record-meta">
        <span className={`status-badge payment-${kind}`}>{t(`payment.kind.${kind}` as MessageKey)}</span>
        {released > 0 ? (
          <span data-testid="payment-released">{t("amount.released", { amount: formatFen(released) })}</span>
        ) : null}
        <time dateTime={new Date(payment.createdAt).toISOString()}>
          {formatDateTime(payment.createdAt, lang)}
        </time>
      </div>
    </li>
  );
}
