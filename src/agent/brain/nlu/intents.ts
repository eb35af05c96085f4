import { INTENTS, type Intent } from "../../events.ts";

// The labels are part of the wire contract (analytics and the dashboard name them), so they live
// with the agent's events; the NLU reads them from there.
export { INTENTS, type Intent };

export type Language = "zh" | "en";

const intentSet: ReadonlySet<string> = new Set(INTENTS);

/** Whether a string is one of the frozen intent labels. */
export function isIntent(value: string): value is Intent {
  return intentSet.has(value);
}
