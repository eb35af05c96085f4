import { formatFen } from "../kernel/money.ts";
import type { TaskQuote } from "./events.ts";

export { formatFen };

/** The English form when the reader speaks English and there is one; Chinese is the default. */
export function pickLang(lang: "zh" | "en", zh: string, en: string | undefined): string {
  return lang === "en" && en ? en : zh;
}

/** A quote's item and discount lines as plain text, indented, in `lang` (terminal and text clients). */
export function quoteTextLines(quote: TaskQuote, lang: "zh" | "en"): string[] {
  if (quote.orders?.length) return basketTextLines(quote.orders, lang);
  const lines = quote.lines.map((line) => {
    const worded = lang === "en" ? (line.optionsTextEn ?? line.optionsText) : line.optionsText;
    const text = worded ?? (line.options ? Object.values(line.options).join(", ") : "");
    const options = text ? ` (${text})` : "";
    return `  ${line.qty} × ${pickLang(lang, line.name, line.nameEn)}${options}  ${formatFen(line.unitFen * line.qty)}`;
  });
  const discounts = (quote.discounts ?? []).map(
    (discount) => `  ${pickLang(lang, discount.label, discount.labelEn)}  -${formatFen(discount.amountFen)}`,
  );
  return [...lines, ...discounts];
}

/** A basket's card as text: each shop's order with its lines, fees, coupons and subtotal. */
function basketTextLines(orders: NonNullable<TaskQuote["orders"]>, lang: "zh" | "en"): string[] {
  return orders.flatMap((order, index) => {
    const fees = [
      order.deliveryFen ? `${pickLang(lang, "配送费", "delivery")} ${formatFen(order.deliveryFen)}` : "",
      order.packagingFen ? `${pickLang(lang, "打包费", "packaging")} ${formatFen(order.packagingFen)}` : "",
    ].filter(Boolean);
    return [
      `  ${pickLang(lang, `第 ${index + 1} 单`, `Order ${index + 1}`)} · ${pickLang(lang, order.merchant, order.merchantEn)}`,
      ...quoteTextLines({ ...order, cartHash: "" }, lang).map((line) => `  ${line}`),
      ...(fees.length ? [`    ${fees.join(" · ")}`] : []),
      `    ${pickLang(lang, "小计", "subtotal")} ${formatFen(order.totalFen)}`,
    ];
  });
}
