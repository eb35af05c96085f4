import { useRef, useState } from "react";
import type { TaskEvent } from "../api/types.ts";
import type { ProgressStep } from "../chat/progress.ts";
import { settledAmounts } from "../format/amounts.ts";
import { merchantName, taskTitle } from "../format/localized.ts";
import { formatFen } from "../format/money.ts";
import { formatScheduled } from "../format/time.ts";
import type { MessageKey } from "../i18n/dictionary.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { AfterSaleStatus, claimTimeline } from "./after-sale-status.tsx";
import { AmountBreakdown } from "./amount-breakdown.tsx";
import { ConfirmationCard } from "./confirmation-card.tsx";
import { ETicket } from "./e-ticket.tsx";
import { OrderTimeline } from "./order-timeline.tsx";
import { RouteView } from "./route-view.tsx";

export interface TaskActions {
  onConfirm: (taskId: string, cartHash: string, pin?: string) => Promise<void>;
  onCancel: (taskId: string) => Promise<void>;
  /** Adds a photo to an after-sale claim's card (only claims take one). */
  onAttachPhoto?: (taskId: string, photo: { contentType: string; dataBase64: string }) => Promise<void>;
}

const kindKeys: Record<string, MessageKey> = {
  order_delivery: "task.kind.order_delivery",
  buy_tickets: "task.kind.buy_tickets",
  ride_hail: "task.kind.ride_hail",
  payment: "task.kind.payment",
  cancel_order: "task.kind.cancel_order",
  recurring_order: "task.kind.recurring_order",
  after_sale: "task.kind.after_sale",
};

const cancellable = new Set(["needs_info", "scheduled", "processing", "in_fulfilment"]);

export interface TaskCardProps extends TaskActions {
  task: TaskEvent;
  /** The progress the app saw arrive, used when the event carries no timeline of its own. */
  steps?: readonly ProgressStep[];
}

/** One task, rendered from its latest merged event: confirmation, progress, route, ticket or outcome. */
export function TaskCard({ task, steps = [], onConfirm, onCancel, onAttachPhoto }: TaskCardProps) {
  const { t, lang } = useI18n();
  const quote = task.quote;
  const awaiting = task.status === "awaiting_confirmation" && quote !== undefined;
  const served = task.timeline && task.timeline.length > 0 ? task.timeline : undefined;
  // A claim's steps are worded again in the UI's language (the server words them in the task's).
  const timeline = served ? (task.afterSale ? claimTimeline(served, t) : served) : steps;
  // Issued tickets are the purchase done: the card says so, and cancelling them is a refund.
  const issued =
    task.kind === "buy_tickets" &&
    (task.status === "completed" || task.status === "in_fulfilment") &&
    task.ticket !== undefined;
  const amounts = quote ? settledAmounts(quote.totalFen, task.paidFen, task.refundedFen) : undefined;
  return (
    <article
      className={`task-card task-${task.status}`}
      data-testid="task-card"
      data-task-id={task.taskId}
      data-status={task.status}
      aria-label={`${t(kindKeys[task.kind] ?? "task.kind.other")}: ${t(`task.status.${task.status}`)}`}
    >
      <header className="task-header">
        <span className="task-kind">
          {taskTitle(task, lang) ?? t(kindKeys[task.kind] ?? "task.kind.other")}
        </span>
        <span className={`status-badge status-${issued ? "completed" : task.status}`}>
          {issued ? t("task.status.ticketsIssued") : t(`task.status.${task.status}`)}
        </span>
      </header>
      {task.scheduledFor ? (
        <p className="task-scheduled" data-testid="task-scheduled">
          {t("task.scheduledFor")} {formatScheduled(task.scheduledFor)}
        </p>
      ) : null}
      {awaiting && quote ? (
        <ConfirmationCard
          task={task}
          quote={quote}
          onConfirm={onConfirm}
          onCancel={onCancel}
          {...(onAttachPhoto && task.kind === "after_sale" ? { onAttachPhoto } : {})}
        />
      ) : quote ? (
        <>
          <p className="task-receipt">
            <span>{merchantName(quote, lang)}</span>
            <strong data-testid="task-amount">{formatFen(amounts?.headlineFen ?? quote.totalFen)}</strong>
          </p>
          {amounts ? (
            <AmountBreakdown
              amounts={amounts}
              holding={task.status === "processing" || task.status === "in_fulfilment"}
            />
          ) : null}
        </>
      ) : null}
      {task.orderId ? (
        <p className="task-order-id">{t("card.orderNo", { number: orderNumber(task.orderId) })}</p>
      ) : null}
      {task.error ? (
        <p className="card-error" role="alert">
          <span data-server-text="">{task.error.message}</span>
        </p>
      ) : null}
      {task.tracking && (task.tracking.courier || task.tracking.destination) ? (
        <RouteView tracking={task.tracking} ride={task.kind === "ride_hail"} />
      ) : null}
      {task.ticket ? <ETicket ticket={task.ticket} /> : null}
      {task.afterSale ? <AfterSaleStatus claim={task.afterSale} /> : null}
      {timeline.length > 0 ? <OrderTimeline entries={timeline} /> : null}
      {!awaiting && (cancellable.has(task.status) || issued) ? (
        <CancelButton taskId={task.taskId} onCancel={onCancel} refund={issued} />
      ) : null}
    </article>
  );
}

/**
 * The number a user can quote for an order: the id without the service's internal prefix
 * (`ord_`, `trip_`, `bkg_`), in capitals, as receipts print it.
 */
export function orderNumber(orderId: string): string {
  return orderId.replace(/^[a-z]+_/u, "").toUpperCase();
}

function CancelButton({
  taskId,
  onCancel,
  refund = false,
}: {
  taskId: string;
  onCancel: TaskActions["onCancel"];
  refund?: boolean;
}) {
  const { t } = useI18n();
  const busyRef = useRef(false);
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button-secondary button-small"
      disabled={busy}
      onClick={async () => {
        if (busyRef.current) return;
        busyRef.current = true;
        setBusy(true);
        try {
          await onCancel(taskId);
        } finally {
          busyRef.current = false;
          setBusy(false);
        }
      }}
    >
      {busy ? t("card.cancelling") : refund ? t("card.refundTickets") : t("card.cancel")}
    </button>
  );
}
