import type { AgentEvent } from "../../agent/events.ts";

/** A task card as the flywheel keeps it: enough to see what was offered and how it went. */
export interface CardSummary {
  taskId: string;
  kind: string;
  status: string;
  totalFen?: number;
  merchant?: string;
  lines?: { name: string; qty: number; options?: Record<string, string> }[];
  errorCode?: string;
}

/** The compact form of a turn's events (stored as JSON in `flywheel_turns.events`). */
export interface EventsSummary {
  replies: number;
  options: number;
  tasks: CardSummary[];
  notifications: number;
  finalState?: string;
}

/** Summarizes a turn's events; the reply text is kept separately. */
export function summarizeEvents(events: readonly AgentEvent[]): EventsSummary {
  const summary: EventsSummary = { replies: 0, options: 0, tasks: [], notifications: 0 };
  for (const event of events) {
    if (event.type === "reply") {
      summary.replies += 1;
      summary.options += event.options?.length ?? 0;
    } else if (event.type === "notification") summary.notifications += 1;
    else if (event.type === "state") summary.finalState = event.state;
    else if (event.type === "task") {
      summary.tasks.push({
        taskId: event.taskId,
        kind: event.kind,
        status: event.status,
        ...(event.quote
          ? {
              totalFen: event.quote.totalFen,
              merchant: event.quote.merchant,
              lines: event.quote.lines.map((line) => ({
                name: line.name,
                qty: line.qty,
                ...(line.options ? { options: line.options } : {}),
              })),
            }
          : {}),
        ...(event.error ? { errorCode: event.error.code } : {}),
      });
    }
  }
  return summary;
}

/** The reply texts of a turn, joined. */
export function replyText(events: readonly AgentEvent[]): string {
  return events
    .filter((event): event is Extract<AgentEvent, { type: "reply" }> => event.type === "reply")
    .map((event) => event.text)
    .join("\n");
}

/** The NLU intent a task kind fulfils; labels for training come from completed tasks through this. */
export const INTENT_OF_TASK_KIND: Readonly<Record<string, string>> = {
  order_delivery: "order_delivery",
  buy_tickets: "buy_tickets",
  ride_hail: "ride_hail",
  payment: "payment",
  cancel_order: "cancel_order",
};
