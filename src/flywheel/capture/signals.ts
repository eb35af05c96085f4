import type { CardSummary, EventsSummary } from "./summary.ts";

/** What signal detection needs of an earlier turn of the same session. */
export interface PriorTurn {
  id: string;
  text: string;
  intent: string | null;
  confidence: number | null;
  events: EventsSummary;
  /** The user gave its reply a thumbs down. */
  downvoted?: boolean;
}

/** The current turn, as seen by signal detection. */
export interface CurrentTurn {
  text: string;
  intent: string | null;
  confidence: number | null;
  events: EventsSummary;
}

/** A confidence under this, or out_of_scope, means Dimple probably did not understand the turn. */
export const LOW_CONFIDENCE = 0.5;

/** Character bigrams (Han text) and lower-cased words (other text), for a cheap overlap measure. */
function tokens(text: string): Set<string> {
  const normalized = text
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();
  const result = new Set<string>();
  for (const word of normalized.split(" ")) {
    if (!word) continue;
    if (/\p{Script=Han}/u.test(word)) {
      if (word.length === 1) result.add(word);
      for (let index = 0; index + 1 < word.length; index++) result.add(word.slice(index, index + 2));
    } else result.add(word);
  }
  return result;
}

/** Dice overlap of two utterances, 0 to 1. */
export function similarity(left: string, right: string): number {
  const a = tokens(left);
  const b = tokens(right);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Whether Dimple likely misread a turn: out of scope, or not sure. */
export function looksMisunderstood(turn: { intent: string | null; confidence: number | null }): boolean {
  return turn.intent === "out_of_scope" || (turn.confidence ?? 0) < LOW_CONFIDENCE;
}

/**
 * A rephrasing: within the last two turns, an utterance Dimple misread (or whose reply got a thumbs
 * down) followed by one it read differently and surely, or the same words said again (a repeat means the answer did not help).
 * Returns the earlier turn and how alike the two are.
 */
export function detectRephrase(
  recent: readonly PriorTurn[],
  current: CurrentTurn,
): { turn: PriorTurn; similarity: number } | undefined {
  for (const prior of [...recent].reverse().slice(0, 2)) {
    const alike = similarity(prior.text, current.text);
    const repeated = alike >= 0.6 && prior.text !== "" && current.intent === prior.intent;
    const corrected =
      (looksMisunderstood(prior) || prior.downvoted === true) &&
      current.intent !== prior.intent &&
      !looksMisunderstood(current);
    // A greeting before a request is not a rephrasing: it was understood, just not a request.
    if (repeated || corrected) return { turn: prior, similarity: Math.round(alike * 1000) / 1000 };
  }
  return undefined;
}

/** The cards of a turn that awaited confirmation when it ended. */
function openCards(events: EventsSummary): CardSummary[] {
  return events.tasks.filter((task) => task.status === "awaiting_confirmation");
}

/**
 * A correction: the turn right after a card produced a new card of the same kind in its place
 * ("换成大杯", "make it two"). Returns the card before and after.
 */
export function detectCorrection(
  previous: PriorTurn | undefined,
  current: CurrentTurn,
): { before: CardSummary; after: CardSummary } | undefined {
  if (!previous) return undefined;
  const before = openCards(previous.events).at(-1);
  if (!before) return undefined;
  const after = openCards(current.events).find(
    (card) => card.kind === before.kind && card.taskId !== before.taskId,
  );
  return after ? { before, after } : undefined;
}

/** Tasks a turn cancelled by words (not replaced by a correction). */
export function cancelledByWords(current: CurrentTurn, correctedTaskId?: string): CardSummary[] {
  return current.events.tasks.filter(
    (task) => task.status === "cancelled" && task.taskId !== correctedTaskId,
  );
}
