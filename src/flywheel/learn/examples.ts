import { INTENTS, type Intent } from "../../agent/brain/nlu/intents.ts";
import { normalizeText } from "../../agent/brain/nlu/normalize.ts";
import { INTENT_OF_TASK_KIND } from "../capture/summary.ts";
import type { Corpus, CorpusTurn } from "../corpus.ts";

/** A labelled utterance the flywheel learned from what users did, not from what the NLU guessed. */
export interface AcceptedExample {
  text: string;
  lang: "zh" | "en";
  intent: Intent;
  /** `completed_task`: the turn started a task that was delivered; `correction`: the user rephrased a misread turn and got it done. */
  source: "completed_task" | "correction";
  turnId: string;
  /**
   * The words with what the NLU read as slot values (places, people, dates, recognised items,
   * numbers) masked: "get me a taxi to West Lake" and "… to the airport" share one phrasing.
   */
  phrasing: string;
}

/** Slot values that stand for something said in the text, as the recorder captured them. */
function slotValues(slots: Record<string, unknown>): string[] {
  const values: string[] = [];
  for (const key of ["destination", "origin", "recipient"])
    if (typeof slots[key] === "string") values.push(slots[key]);
  const datetime = slots.datetime as { text?: unknown } | undefined;
  if (typeof datetime?.text === "string") values.push(datetime.text);
  if (Array.isArray(slots.entities))
    for (const entity of slots.entities as { text?: unknown }[])
      if (typeof entity?.text === "string") values.push(entity.text);
  return values;
}

/** An utterance's phrasing: normalized, its slot values and digits replaced by one placeholder. */
export function phrasingOf(text: string, slots: Record<string, unknown> = {}): string {
  let masked = normalizeText(text);
  const values = slotValues(slots)
    .map((value) => normalizeText(value))
    .filter((value) => value.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const value of values) masked = masked.split(value).join("\uE000");
  return masked.replace(/\d+/gu, "\uE000").replace(/\uE000(\s*\uE000)*/gu, "<x>");
}

/** The following turn must be this sure before it may relabel the one it rephrases. */
export const RELABEL_CONFIDENCE = 0.8;
const intentSet = new Set<string>(INTENTS);

/**
 * Labels from outcomes, for consenting users' turns (the corpus holds no one else's):
 * - a turn that started a task which completed is labelled with the task's intent;
 * - a turn Dimple misread, rephrased by the user within two turns, takes the intent of the
 *   rephrasing when that one was read surely and went well (its task completed, or it had no task
 *   and no thumbs down).
 * Turns that only changed a card ("换成大杯") are dialogue moves, not intents, and are left out.
 * Texts that appear in `exclude` (the dev set, normalized) are never returned.
 */
export function acceptedExamples(
  corpus: Corpus,
  exclude: ReadonlySet<string> = new Set(),
): AcceptedExample[] {
  const corrections = new Set(
    corpus.signals.filter((signal) => signal.kind === "correction").map((signal) => signal.turnId),
  );
  const downvoted = new Set(
    corpus.feedback.filter((entry) => entry.rating === "down").map((entry) => entry.turnId),
  );
  const startedBy = new Map<string, CorpusTurn>();
  for (const turns of corpus.sessions.values())
    for (const turn of turns)
      for (const taskId of turn.taskIds) if (!startedBy.has(taskId)) startedBy.set(taskId, turn);
  const completed = (turn: CorpusTurn) =>
    turn.taskIds.some(
      (taskId) => startedBy.get(taskId) === turn && corpus.tasks.get(taskId)?.last === "completed",
    );

  const labels = new Map<string, AcceptedExample | null>();
  const add = (turn: CorpusTurn, intent: string | undefined, source: AcceptedExample["source"]) => {
    if (!intent || !intentSet.has(intent)) return;
    const key = `${turn.lang}\t${normalizeText(turn.text)}`;
    if (exclude.has(normalizeText(turn.text))) return;
    const existing = labels.get(key);
    // The same words with two different labels teach nothing: drop them.
    if (existing && existing.intent !== intent) labels.set(key, null);
    else if (existing === undefined)
      labels.set(key, {
        text: turn.text,
        lang: turn.lang,
        intent: intent as Intent,
        source,
        turnId: turn.id,
        phrasing: phrasingOf(turn.text, turn.slots),
      });
  };

  for (const [taskId, turn] of startedBy) {
    const task = corpus.tasks.get(taskId);
    if (task?.last !== "completed" || corrections.has(turn.id)) continue;
    add(turn, INTENT_OF_TASK_KIND[task.kind], "completed_task");
  }
  for (const signal of corpus.signals) {
    if (signal.kind !== "rephrase" || !signal.turnId) continue;
    const misread = corpus.turns.get(String(signal.detail.ofTurnId ?? ""));
    const fixed = corpus.turns.get(signal.turnId);
    if (!misread || !fixed || misread.intent === fixed.intent) continue;
    if ((fixed.confidence ?? 0) < RELABEL_CONFIDENCE || downvoted.has(fixed.id)) continue;
    const wentWell = fixed.taskIds.length === 0 ? true : completed(fixed);
    if (wentWell) add(misread, fixed.intent ?? undefined, "correction");
  }
  return [...labels.values()].filter((example): example is AcceptedExample => example !== null);
}
