import QRCode from "qrcode";
import { useEffect, useState } from "react";
import type { TaskEvent } from "../api/types.ts";
import { pick } from "../format/localized.ts";
import { useI18n } from "../i18n/i18n.tsx";

type Ticket = NonNullable<TaskEvent["ticket"]>;

/** An e-ticket with a scannable QR code of the ticket's code. */
export function ETicket({ ticket }: { ticket: Ticket }) {
  const { t, lang } = useI18n();
  const [qrSource, setQrSource] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // The SVG renderer needs no canvas; the result is shown through <img>, never injected as markup.
    QRCode.toString(ticket.code, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
      .then((svg) => {
        if (live) setQrSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (live) setQrSource(null);
      });
    return () => {
      live = false;
    };
  }, [ticket.code]);
  return (
    <section className="ticket" aria-label={t("ticket.title")}>
      <div className="ticket-info">
        <span className="label">{t("ticket.title")}</span>
        <strong className="ticket-event">{pick(lang, ticket.eventName, ticket.eventNameEn)}</strong>
        <dl>
          <div>
            <dt>{t("ticket.session")}</dt>
            <dd>{ticket.session}</dd>
          </div>
          <div>
            <dt>{t("ticket.seats")}</dt>
            <dd>{(lang === "en" && ticket.seatsEn?.length ? ticket.seatsEn : ticket.seats).join(", ")}</dd>
          </div>
          <div>
            <dt>{t("ticket.code")}</dt>
            {/* Several codes break after their commas, not inside a code. */}
            <dd className="ticket-code">{ticket.code.split(",").join(", ")}</dd>
          </div>
        </dl>
      </div>
      {qrSource ? (
        <img
          className="ticket-qr"
          src={qrSource}
          alt={t("ticket.qrAlt", { code: ticket.code })}
          data-testid="ticket-qr"
          width={132}
          height={132}
        />
      ) : null}
    </section>
  );
}
