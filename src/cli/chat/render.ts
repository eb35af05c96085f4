import type { AgentEvent } from "../../agent/events.ts";
import { formatFen } from "../../agent/format.ts";

/** The English form when the terminal speaks English and there is one; Chinese is the default. */
function pick(lang: "zh" | "en", zh: string, en: string | undefined): string {
  return lang === "en" && en ? en : zh;
}

/**
 * Renders an event for a person at a terminal in `lang` (the chat's language: a card's names and
 * address in it); state events are the avatar's and stay silent.
 */
export function renderEvent(event: AgentEvent, lang: "zh" | "en" = "zh"): string | undefined {
  switch (event.type) {
    case "reply": {
      const options = (event.options ?? []).map(
        (option, index) => `  ${index + 1}. ${option.label}${option.detail ? ` — ${option.detail}` : ""}`,
      );
      return [`Dimple: ${event.text}`, ...options].join("\n");
    }
    case "task": {
      const head = `[task ${event.taskId} · ${event.kind} · ${event.status}]`;
      if (event.status !== "awaiting_confirmation" || !event.quote) {
        return event.error ? `${head} ${event.error.message}` : head;
      }
      const quote = event.quote;
      const lines = quote.lines.map((line) => {
        const worded = lang === "en" ? (line.optionsTextEn ?? line.optionsText) : line.optionsText;
        const text = worded ?? (line.options ? Object.values(line.options).join(", ") : "");
        const options = text ? ` (${text})` : "";
        return `  ${line.qty} × ${pick(lang, line.name, line.nameEn)}${options}  ${formatFen(line.unitFen * line.qty)}`;
      });
      const discounts = (quote.discounts ?? []).map(
        (discount) => `  ${pick(lang, discount.label, discount.labelEn)}  -${formatFen(discount.amountFen)}`,
      );
      const address = quote.address ? pick(lang, quote.address, quote.addressEn) : "";
      return [
        `${head} ${pick(lang, quote.merchant, quote.merchantEn)}`,
        ...lines,
        ...discounts,
        `  total ${formatFen(quote.totalFen)}${address ? ` → ${address}` : ""}`,
        event.kind === "after_sale"
          ? "  type /confirm to file it (nothing is charged), /cancel to drop it"
          : "  type /confirm to pay, /cancel to drop it",
      ].join("\n");
    }
    case "notification":
      return `🔔 ${event.text}`;
    case "summary":
      return `summary: ${event.tasks.map((task) => `${task.kind}=${task.status}`).join(", ") || "no tasks"}; wallet ${formatFen(event.walletFen)}`;
    default:
      return undefined;
  }
}
