import type { Lang, QuoteLine, TaskQuote } from "../api/types.ts";
import { lineName, lineOptions, pick } from "../format/localized.ts";
import { formatFen } from "../format/money.ts";
import { useI18n } from "../i18n/i18n.tsx";

/** A quote's lines as a table: name and options, quantity (for counted things) and unit price. */
export function QuoteLinesTable({
  lines,
  heading,
  priceHeading,
  counted,
  qtyHeading,
  lang,
}: {
  lines: QuoteLine[];
  heading: string;
  priceHeading: string;
  counted: boolean;
  qtyHeading: string;
  lang: Lang;
}) {
  return (
    <table className="confirm-lines">
      <caption className="visually-hidden">{heading}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          {counted ? <th scope="col">{qtyHeading}</th> : null}
          <th scope="col">{priceHeading}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => (
          // Lines have no id; their position in the authoritative quote is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <tr key={index} data-testid="quote-line">
            <td>
              <span className="line-name">{lineName(line, lang)}</span>
              {lineOptions(line, lang) !== "" ? (
                <span className="line-options">{lineOptions(line, lang)}</span>
              ) : null}
            </td>
            {counted ? <td className="numeric">×{line.qty}</td> : null}
            <td className="numeric">{formatFen(line.unitFen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Items, fees and coupons of a quote (or of one order of a basket), each as a labelled amount. */
export function QuoteFees({
  quote,
}: {
  quote: Pick<TaskQuote, "itemsFen" | "deliveryFen" | "packagingFen" | "discounts">;
}) {
  const { t, lang } = useI18n();
  const labels = { items: t("card.subtotal"), delivery: t("card.delivery"), packaging: t("card.packaging") };
  return (
    <>
      {quote.itemsFen !== undefined ? <Amount label={labels.items} fen={quote.itemsFen} /> : null}
      {quote.deliveryFen !== undefined ? <Amount label={labels.delivery} fen={quote.deliveryFen} /> : null}
      {quote.packagingFen !== undefined ? <Amount label={labels.packaging} fen={quote.packagingFen} /> : null}
      {(quote.discounts ?? []).map((discount) => (
        <Amount
          key={discount.label}
          label={pick(lang, discount.label, discount.labelEn)}
          fen={-Math.abs(discount.amountFen)}
          discount
        />
      ))}
    </>
  );
}

export function Amount({ label, fen, discount }: { label: string; fen: number; discount?: boolean }) {
  return (
    <div className={discount ? "amount amount-discount" : "amount"}>
      <dt>{label}</dt>
      <dd>{formatFen(fen)}</dd>
    </div>
  );
}
