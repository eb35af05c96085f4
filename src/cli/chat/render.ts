import type { AgentEvent } from "../../agent/events.ts";
import { formatFen, pickLang as pick, quoteTextLines } from "../../agent/format.ts";

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
      const address = quote.address ? pick(lang, quote.address, quote.addressEn) : "";
      return [
        `${head} ${pick(lang, quote.merchant, quote.merchantEn)}`,
        ...quoteTextLines(quote, lang),
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
