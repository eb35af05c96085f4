import type { Understanding } from "../nlu/understand.ts";

/** Which brain takes a turn, and why (reported in the trace). */
export interface Route {
  to: "embedded" | "llm";
  reason: string;
}

/** At or above this intent probability the embedded brain is trusted with the turn. */
export const CONFIDENT_AT = 0.6;
/** A second intent this likely means the turn asks for two things. */
const SECOND_INTENT_AT = 0.3;
const LONG_TEXT = { zh: 60, en: 140 };

/** How many separate constraints the words carry (budget, deadline, time, seats together, options …). */
function constraintCount(understood: Understanding): number {
  const { slots } = understood;
  return [
    slots.budgetMaxFen !== undefined,
    slots.withinMinutes !== undefined,
    slots.datetime !== undefined,
    slots.seatsTogether !== undefined,
    Object.keys(slots.options ?? {}).length >= 2,
    slots.origin !== undefined && slots.destination !== undefined,
  ].filter(Boolean).length;
}

/**
 * Routes a turn. The embedded brain keeps what it is sure of and the dialogue it owns (its open
 * question, picks and corrections of what it showed); the LLM takes low-confidence, out-of-scope,
 * two-request, long or heavily constrained turns.
 */
export function routeTurn(understood: Understanding, state: Record<string, unknown>, text: string): Route {
  const { slots } = understood;
  if (state.awaiting) return { to: "embedded", reason: "answers the embedded brain's question" };
  const refersBack =
    slots.ordinal !== undefined ||
    slots.reference !== undefined ||
    slots.correction ||
    slots.confirm ||
    slots.cancel;
  if (refersBack && (state.order || state.shown || state.lastTaskId))
    return { to: "embedded", reason: "refers to what the embedded brain showed" };
  if (understood.intent === "out_of_scope")
    return { to: "llm", reason: "out of scope for the embedded skills" };
  if (understood.confidence < CONFIDENT_AT) return { to: "llm", reason: "low confidence" };
  const second = understood.ranking[1];
  if (
    second &&
    second.probability >= SECOND_INTENT_AT &&
    !["smalltalk", "out_of_scope"].includes(second.intent)
  )
    return { to: "llm", reason: "two requests in one turn" };
  if (text.length > LONG_TEXT[understood.lang]) return { to: "llm", reason: "long request" };
  if (constraintCount(understood) >= 3) return { to: "llm", reason: "many constraints" };
  return { to: "embedded", reason: "confident and in scope" };
}
