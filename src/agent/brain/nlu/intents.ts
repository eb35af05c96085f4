/** The frozen intent labels of the embedded NLU; the evaluation sets use exactly these. */
export const INTENTS = [
  "order_delivery",
  "search_place",
  "route",
  "weather",
  "search_events",
  "buy_tickets",
  "ride_hail",
  "order_status",
  "cancel_order",
  "payment",
  "wallet_balance",
  "smalltalk",
  "out_of_scope",
] as const;

export type Intent = (typeof INTENTS)[number];

export type Language = "zh" | "en";

const intentSet: ReadonlySet<string> = new Set(INTENTS);

/** Whether a string is one of the frozen intent labels. */
export function isIntent(value: string): value is Intent {
  return intentSet.has(value);
}
