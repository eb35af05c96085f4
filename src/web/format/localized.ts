import type { Lang, PaymentMethod, QuoteLine, TaskEvent, TaskQuote } from "../api/types.ts";

/**
 * Picks the wording of server data for the UI language. Services send Chinese names with optional
 * English ones (`nameEn`, `merchantEn`, `labelEn`, `optionsTextEn`); Chinese is the fallback.
 */
export function pick(lang: Lang, zh: string, en: string | undefined | null): string {
  return lang === "en" && en ? en : zh;
}

/** The merchant's name in the UI language. */
export function merchantName(quote: Pick<TaskQuote, "merchant" | "merchantEn">, lang: Lang): string {
  return pick(lang, quote.merchant, quote.merchantEn);
}

/** An item's name in the UI language. */
export function lineName(line: Pick<QuoteLine, "name" | "nameEn">, lang: Lang): string {
  return pick(lang, line.name, line.nameEn);
}

/** The chosen options as the service words them ("中杯/少糖"), or the raw values when it does not. */
export function lineOptions(line: QuoteLine, lang: Lang): string {
  const worded = lang === "en" ? (line.optionsTextEn ?? line.optionsText) : line.optionsText;
  if (worded) return worded.split(/\s*\/\s*/).join(" · ");
  return Object.values(line.options ?? {}).join(" · ");
}

/**
 * A task's heading in the UI language: the engine's title in that language when it sent one
 * (`titleZh`/`titleEn`), else for a delivery one rebuilt from the quote's names, else its one title
 * (in the language of the message that made the task).
 */
export function taskTitle(
  task: Pick<TaskEvent, "kind" | "title" | "titleZh" | "titleEn" | "quote">,
  lang: Lang,
): string | undefined {
  const own = lang === "en" ? task.titleEn : task.titleZh;
  if (own) return own;
  const quote = task.quote;
  // Only a delivery's lines are items; a ride's or a ticket's line describes the trip or the seats.
  if (task.kind === "order_delivery" && quote && quote.lines.length > 0) {
    const merchant = merchantName(quote, lang);
    if (lang === "en" && !quote.merchantEn) return task.title;
    const items = quote.lines.map((line) => `${lineName(line, lang)} ×${line.qty}`).join(", ");
    return `${items} · ${merchant}`;
  }
  return task.title;
}

/** Where a card's order goes (an address, a destination, a venue) in the UI language. */
export function quoteAddress(
  quote: Pick<TaskQuote, "address" | "addressEn">,
  lang: Lang,
): string | undefined {
  return quote.address === undefined ? undefined : pick(lang, quote.address, quote.addressEn);
}

/** A payment method's label in the UI language. */
export function methodLabel(method: Pick<PaymentMethod, "label" | "labelEn">, lang: Lang): string {
  return pick(lang, method.label, method.labelEn);
}
