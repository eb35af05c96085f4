import { useRef, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import type { TaskEvent, TaskQuote } from "../api/types.ts";
import { merchantName, pick, quoteAddress } from "../format/localized.ts";
import { formatFen } from "../format/money.ts";
import { formatClock, formatDateTime } from "../format/time.ts";
import { errorText } from "../i18n/error-text.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { BasketOrders } from "./basket-orders.tsx";
import { PhotoPicker } from "./photo-picker.tsx";
import { QuoteFees, QuoteLinesTable } from "./quote-parts.tsx";

export interface ConfirmationCardProps {
  task: TaskEvent;
  quote: TaskQuote;
  onConfirm: (taskId: string, cartHash: string, pin?: string) => Promise<void>;
  onCancel: (taskId: string) => Promise<void>;
  /** Present on a claim's card: adds a photo as evidence (the card comes back re-quoted). */
  onAttachPhoto?: (taskId: string, photo: { contentType: string; dataBase64: string }) => Promise<void>;
}

/** Refusals that a (new) payment PIN can answer. */
const PIN_CODES = new Set(["step_up_required", "pin_invalid"]);

/**
 * The trusted surface: every number on it comes from the server's quote, and only a tap here
 * confirms, sending back the quote's cartHash so the server pays exactly what was shown.
 */
export function ConfirmationCard({ task, quote, onConfirm, onCancel, onAttachPhoto }: ConfirmationCardProps) {
  const { t, lang } = useI18n();
  // A ref, not state: two clicks in the same frame both see the old state, but not the old ref.
  const busyRef = useRef(false);
  const [busy, setBusy] = useState<"confirm" | "cancel" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // A step-up asks for the payment PIN: shown on the card by the server's risk decision, or learnt
  // from a refusal (`step_up_required`) when the card had not said so yet.
  const [pinAsked, setPinAsked] = useState(false);
  const [pin, setPin] = useState("");
  const needsPin = quote.risk?.decision === "step_up" || pinAsked;
  const pinReady = /^\d{6}$/.test(pin);

  const run = async (kind: "confirm" | "cancel") => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(kind);
    setFailure(null);
    try {
      if (kind === "confirm") await onConfirm(task.taskId, quote.cartHash, needsPin ? pin : undefined);
      else await onCancel(task.taskId);
    } catch (error) {
      // Let the user try again after a failure the server reported; the cartHash keeps a retry safe.
      busyRef.current = false;
      setBusy(null);
      setFailure(errorText(error, t));
      if (error instanceof ApiError && PIN_CODES.has(error.code)) {
        setPinAsked(true);
        setPin("");
      }
    }
  };

  const blocked = quote.risk?.decision === "block";
  const merchant = merchantName(quote, lang);
  // A ride's "merchant" is the ride product and its address the destination.
  const ride = task.kind === "ride_hail";
  // Tickets: the "merchant" is the event, the lines are seats and the address is venue and time.
  const tickets = task.kind === "buy_tickets";
  // A transfer: the "merchant" is the recipient and its one line the amount.
  const transfer = task.kind === "payment";
  // A claim: nothing is paid; the total is what comes back, and the tap files the claim.
  const claim = task.kind === "after_sale";
  const linesHeading = t(
    claim
      ? "card.claim"
      : tickets
        ? "card.seats"
        : ride
          ? "card.trip"
          : transfer
            ? "card.transfer"
            : "card.items",
  );
  const address = quoteAddress(quote, lang);
  // Only items come in quantities: a trip, a seat or a transfer is one of itself, so no "×1".
  const counted = !ride && !tickets && !transfer;

  return (
    <section className="confirm-card" aria-label={t("card.label", { merchant })}>
      <header className="confirm-merchant">
        <span className="label">
          {t(
            claim
              ? "card.claim"
              : ride
                ? "card.rideProduct"
                : tickets
                  ? "card.event"
                  : transfer
                    ? "card.recipient"
                    : quote.orders?.length
                      ? "card.basket"
                      : "card.merchant",
          )}
        </span>
        <strong className="merchant-name">{merchant}</strong>
      </header>
      {quote.orders?.length ? (
        <BasketOrders orders={quote.orders} />
      ) : (
        <QuoteLinesTable
          lines={quote.lines}
          heading={linesHeading}
          counted={counted}
          qtyHeading={t("card.qty")}
          priceHeading={t(
            claim ? "card.claimAmount" : ride ? "card.fareCap" : transfer ? "card.amount" : "card.unitPrice",
          )}
          lang={lang}
        />
      )}
      <dl className="confirm-amounts">
        {quote.orders?.length ? null : <QuoteFees quote={quote} />}
        <div className="confirm-total">
          <dt>{t(claim ? "card.claimAmount" : "card.total")}</dt>
          <dd data-testid="quote-total">{formatFen(quote.totalFen)}</dd>
        </div>
      </dl>
      <dl className="confirm-details">
        {address ? (
          <Detail
            label={t(ride ? "card.destination.ride" : tickets ? "card.venue" : "card.address")}
            value={address}
          />
        ) : null}
        {quote.etaMinutes !== undefined ? (
          <Detail
            label={t(ride ? "card.etaLabel.ride" : "card.etaLabel")}
            value={t(ride ? "card.eta.ride" : "card.eta", { minutes: quote.etaMinutes })}
          />
        ) : null}
        {quote.paymentMethod ? (
          <Detail label={t("card.payment")} value={pick(lang, quote.paymentMethod, quote.paymentMethodEn)} />
        ) : null}
        {quote.expiresAt !== undefined ? (
          <Detail
            label={t("card.expiresLabel")}
            value={t("card.expires", { time: formatClock(quote.expiresAt, lang) })}
          />
        ) : null}
      </dl>
      {quote.recurrence ? (
        // An open mandate: what every run is held to, signed once by this tap.
        <dl className="confirm-details confirm-recurrence" data-testid="card-recurrence">
          <Detail
            label={t("card.recurrence")}
            value={pick(lang, quote.recurrence.text, quote.recurrence.textEn)}
          />
          <Detail label={t("card.perRunCap")} value={formatFen(quote.recurrence.perRunCapFen)} />
          {quote.recurrence.totalCapFen !== undefined ? (
            <Detail label={t("card.totalCap")} value={formatFen(quote.recurrence.totalCapFen)} />
          ) : null}
          <Detail
            label={t("card.mandateUntil")}
            value={formatDateTime(Date.parse(quote.recurrence.expiresAt), lang)}
          />
          <Detail
            label={t("card.nextRuns")}
            value={quote.recurrence.nextRuns.map((run) => formatDateTime(Date.parse(run), lang)).join(" · ")}
          />
        </dl>
      ) : null}
      {claim ? (
        <ul className="claim-notes" data-testid="claim-notes">
          {(quote.notes ?? []).map((note) => (
            <li key={note.en}>{lang === "zh" ? note.zh : note.en}</li>
          ))}
          <li>{t("card.claimNothingCharged")}</li>
        </ul>
      ) : null}
      {claim && onAttachPhoto ? (
        <PhotoPicker
          disabled={busy !== null}
          onPhoto={async (photo) => {
            setFailure(null);
            try {
              await onAttachPhoto(task.taskId, photo);
            } catch (error) {
              setFailure(errorText(error, t));
            }
          }}
        />
      ) : null}
      {quote.risk && quote.risk.decision !== "allow" ? (
        <div className={`risk-notice risk-${quote.risk.decision}`} role="note">
          <strong>{t(quote.risk.decision === "block" ? "card.risk.block" : "card.risk.step_up")}</strong>
          <ul>
            {quote.risk.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {needsPin ? (
        <label className="pin-field">
          <span>{t("card.pin")}</span>
          <input
            data-testid="pin-input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            disabled={busy !== null || blocked}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, "").slice(0, 6))}
            onKeyDown={(event) => {
              if (event.key === "Enter" && pinReady) void run("confirm");
            }}
          />
        </label>
      ) : null}
      {failure ? (
        <p className="card-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="confirm-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="confirm-button"
          disabled={busy !== null || blocked || (needsPin && !pinReady)}
          aria-busy={busy === "confirm"}
          onClick={() => void run("confirm")}
        >
          {busy === "confirm"
            ? t("card.confirming")
            : quote.recurrence
              ? t("card.authorize")
              : claim
                ? quote.totalFen > 0
                  ? t("card.claimConfirm", { total: formatFen(quote.totalFen) })
                  : t("card.claimConfirmNoMoney")
                : t("card.confirm", { total: formatFen(quote.totalFen) })}
        </button>
        <button
          type="button"
          className="button button-secondary"
          data-testid="cancel-button"
          disabled={busy !== null}
          onClick={() => void run("cancel")}
        >
          {busy === "cancel" ? t("card.cancelling") : t("card.cancel")}
        </button>
      </div>
    </section>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div className="detail">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
