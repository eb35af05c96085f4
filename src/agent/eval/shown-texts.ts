import type { AgentEvent, TaskEvent } from "../events.ts";

type Lang = "zh" | "en";

/** One piece of text a surface shows, and where it came from (for a readable failure). */
export interface ShownText {
  where: string;
  text: string;
}

/** Picks the wording for the UI language, as the web app's `pick` does: English when there is one. */
function pick(lang: Lang, zh: string | undefined, en: string | undefined): string | undefined {
  return lang === "en" && en ? en : zh;
}

/**
 * The words a user sees for one event in a UI of `lang`: the reply and its options, a notification,
 * and on a task card its title, merchant, lines, options, discounts, address, payment method, risk
 * reasons, error, courier and e-ticket. It mirrors what `src/web` renders (`format/localized.ts`), so
 * a language check over these texts checks what a person would read.
 */
export function shownTexts(event: AgentEvent, lang: Lang): ShownText[] {
  switch (event.type) {
    case "reply":
      return [
        { where: "reply", text: event.text },
        ...(event.options ?? []).flatMap((option) => [
          { where: "reply.option", text: option.label },
          ...(option.detail ? [{ where: "reply.option.detail", text: option.detail }] : []),
        ]),
        ...(event.suggestions ?? []).map((text) => ({ where: "reply.suggestion", text })),
      ];
    case "notification":
      return [{ where: "notification", text: event.text }];
    case "task":
      return taskTexts(event, lang);
    default:
      return [];
  }
}

function taskTexts(task: TaskEvent, lang: Lang): ShownText[] {
  const texts: ShownText[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text) texts.push({ where, text });
  };
  add("task.title", lang === "en" ? (task.titleEn ?? task.title) : (task.titleZh ?? task.title));
  const quote = task.quote;
  if (quote) {
    add("quote.merchant", pick(lang, quote.merchant, quote.merchantEn));
    for (const order of quote.orders ?? [])
      add("quote.order.merchant", pick(lang, order.merchant, order.merchantEn));
    for (const line of quote.lines) {
      add("quote.line", pick(lang, line.name, line.nameEn));
      add("quote.line.options", lang === "en" ? (line.optionsTextEn ?? line.optionsText) : line.optionsText);
    }
    for (const discount of quote.discounts ?? [])
      add("quote.discount", pick(lang, discount.label, discount.labelEn));
    add("quote.address", pick(lang, quote.address, quote.addressEn));
    add("quote.paymentMethod", pick(lang, quote.paymentMethod, quote.paymentMethodEn));
    for (const reason of quote.risk?.reasons ?? []) add("quote.risk", reason);
  }
  add("task.error", task.error?.message);
  add("tracking.courier", pick(lang, task.tracking?.courier?.name, task.tracking?.courier?.nameEn));
  for (const entry of task.timeline ?? []) add("timeline", entry.text);
  if (task.ticket) {
    add("ticket.event", pick(lang, task.ticket.eventName, task.ticket.eventNameEn));
    const seats = lang === "en" && task.ticket.seatsEn ? task.ticket.seatsEn : task.ticket.seats;
    for (const seat of seats) add("ticket.seat", seat);
  }
  return texts;
}

/** Chinese characters and the full-width punctuation that goes with them. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;

/** True when an English text shows any Chinese character or full-width punctuation. */
export function hasChinese(text: string): boolean {
  return CJK.test(text);
}

/**
 * Latin-script words a Chinese text may hold: units, currency and time abbreviations, and names that
 * are written in Latin letters in Chinese too (brands such as Manner or MAO Livehouse, car models,
 * plates, e-ticket codes). An English sentence is what must never appear, so the rule is: no run of
 * three or more Latin words in a row, and no English function or unit word ("the", "min", "you").
 */
const ENGLISH_WORDS = new Set(
  [
    "about",
    "an",
    "and",
    "are",
    "at",
    "for",
    "from",
    "hour",
    "hours",
    "in",
    "is",
    "it",
    "min",
    "mins",
    "minute",
    "minutes",
    "not",
    "of",
    "on",
    "or",
    "please",
    "sorry",
    "the",
    "to",
    "total",
    "was",
    "with",
    "you",
    "your",
  ].map((word) => word.toLowerCase()),
);

/** The English a Chinese text shows: a phrase of three or more Latin words, or an English function word. */
export function englishIn(text: string): string | undefined {
  // Codes and identifiers (DM9813472200, ord_x1, 浙A·FXPL4, sha256:…) are not words.
  const words =
    text.match(/(?<![A-Za-z0-9_])[A-Za-z][A-Za-z'’-]*(?:[ ]+[A-Za-z][A-Za-z'’-]*)*(?![A-Za-z0-9_])/g) ?? [];
  for (const phrase of words) {
    const parts = phrase.split(/ +/);
    if (parts.length >= 3) return phrase;
    const stray = parts.find((part) => ENGLISH_WORDS.has(part.toLowerCase()));
    if (stray) return phrase;
  }
  return undefined;
}
