import type { AgentEvent } from "../../agent/events.ts";
import { formatFen } from "../../agent/format.ts";

/** Renders an event for a person at a terminal; state events are the avatar's and stay silent. */
export function renderEvent(event: AgentEvent): string | undefined {
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
        const text = line.optionsText ?? (line.options ? Object.values(line.options).join(", ") : "");
        const options = text ? ` (${text})` : "";
        return `  ${line.qty} × ${line.name}${options}  ${formatFen(line.unitFen * line.qty)}`;
      });
      const discounts = (quote.discounts ?? []).map(
        (discount) => `  ${discount.label}  -${formatFen(discount.amountFen)}`,
      );
      return [
        `${head} ${quote.merchant}`,
        ...lines,
        ...discounts,
        `  total ${formatFen(quote.totalFen)}${quote.address ? ` → ${quote.address}` : ""}`,
        "  type /confirm to pay, /cancel to drop it",
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
