import { type Corpus, type CorpusTurn, finalStatus } from "../corpus.ts";
import type { Redactor } from "../redact/redactor.ts";
import { promptBefore, SYSTEM_PROMPT, toolSpecs, turnMessages } from "./messages.ts";
import type { DpoRow, EvalRow, SftRow } from "./schemas.ts";

/** A built row with what the dataset card counts about it. */
export interface BuiltRow<Row> {
  row: Row;
  sessionId: string;
  userId: string;
  intents: string[];
  lang: "zh" | "en";
  source: string;
  at: number;
}

function sessionsWith(
  corpus: Corpus,
  predicate: (signal: Corpus["signals"][number]) => boolean,
): Set<string> {
  return new Set(corpus.signals.filter(predicate).map((signal) => signal.sessionId));
}

/**
 * SFT rows: whole conversations that went well — no thumbs down, no rephrasing (Dimple misread
 * nothing), no failed task — with their tool calls and results.
 */
export function* buildSftRows(
  corpus: Corpus,
  redactor: Redactor,
  tick: () => void = () => {},
): Generator<BuiltRow<SftRow>> {
  const downvoted = new Set(
    corpus.feedback.filter((entry) => entry.rating === "down").map((entry) => entry.sessionId),
  );
  const rephrased = sessionsWith(corpus, (signal) => signal.kind === "rephrase");
  for (const [sessionId, turns] of corpus.sessions) {
    tick();
    const first = turns[0];
    if (!first || downvoted.has(sessionId) || rephrased.has(sessionId)) continue;
    const failed = turns.some((turn) =>
      turn.taskIds.some((taskId) => finalStatus(corpus, taskId) === "failed"),
    );
    if (failed || turns.every((turn) => !turn.reply)) continue;
    const messages: SftRow["messages"] = [{ role: "system", content: SYSTEM_PROMPT }];
    for (const turn of turns) messages.push(...turnMessages(turn, redactor));
    const used = turns.flatMap((turn) => turn.calls.map((call) => call.name));
    yield {
      row: { messages, ...(used.length > 0 ? { tools: toolSpecs(used) } : {}) },
      sessionId,
      userId: first.userId,
      intents: turns.map((turn) => turn.intent ?? "unknown"),
      lang: first.lang,
      source: "conversation",
      at: first.at,
    };
  }
}

/**
 * DPO pairs: a reply the user corrected (a new card in its place) or had to rephrase around
 * (a thumbs down, or words said again) is `rejected`; the reply that followed the fix is `chosen`.
 */
export function* buildDpoRows(
  corpus: Corpus,
  redactor: Redactor,
  tick: () => void = () => {},
): Generator<BuiltRow<DpoRow>> {
  const downvotedTurns = new Set(
    corpus.feedback
      .filter((entry) => entry.rating === "down" && entry.turnId)
      .map((entry) => entry.turnId as string),
  );
  for (const signal of corpus.signals) {
    tick();
    if (signal.kind !== "correction" && signal.kind !== "rephrase") continue;
    const before = corpus.turns.get(String(signal.detail.ofTurnId ?? ""));
    const after = signal.turnId ? corpus.turns.get(signal.turnId) : undefined;
    if (!before || !after || downvotedTurns.has(after.id)) continue;
    if (!before.reply || !after.reply || before.reply === after.reply) continue;
    const session = corpus.sessions.get(before.sessionId) ?? [];
    const source =
      signal.kind === "correction"
        ? "correction"
        : downvotedTurns.has(before.id)
          ? "thumbs_down"
          : "rephrase";
    yield {
      row: {
        prompt: promptBefore(session, before, redactor),
        chosen: [{ role: "assistant", content: redactor.text(after.reply) }],
        rejected: [{ role: "assistant", content: redactor.text(before.reply) }],
        metadata: { source, lang: before.lang, intent: after.intent, followUp: redactor.text(after.text) },
      },
      sessionId: before.sessionId,
      userId: before.userId,
      intents: [after.intent ?? "unknown"],
      lang: before.lang,
      source,
      at: before.at,
    };
  }
}

/** Evaluation cases from failures: thumbs down, misread turns, failed tasks, abandoned cards, cancellations. */
export function* buildEvalRows(
  corpus: Corpus,
  redactor: Redactor,
  tick: () => void = () => {},
): Generator<BuiltRow<EvalRow>> {
  const seen = new Set<string>();
  const taskTurn = new Map<string, CorpusTurn>();
  for (const turns of corpus.sessions.values())
    for (const turn of turns)
      for (const taskId of turn.taskIds) if (!taskTurn.has(taskId)) taskTurn.set(taskId, turn);
  const rephraseOf = new Map<string, CorpusTurn | undefined>();
  for (const signal of corpus.signals)
    if (signal.kind === "rephrase")
      rephraseOf.set(
        String(signal.detail.ofTurnId),
        signal.turnId ? corpus.turns.get(signal.turnId) : undefined,
      );

  const make = (
    turn: CorpusTurn,
    failure: EvalRow["failure"],
    extra: { taskId?: string; note?: string },
  ): BuiltRow<EvalRow> | undefined => {
    const key = `${turn.id}:${failure}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const fixed = rephraseOf.get(turn.id);
    const task = extra.taskId ? corpus.tasks.get(extra.taskId) : undefined;
    const session = corpus.sessions.get(turn.sessionId) ?? [];
    return {
      row: {
        id: `${failure}:${turn.id}`,
        lang: turn.lang,
        failure,
        messages: promptBefore(session, turn, redactor),
        input: redactor.text(turn.text),
        observed: {
          intent: turn.intent,
          confidence: turn.confidence,
          reply: redactor.text(turn.reply),
          ...(task ? { taskStatus: task.last } : {}),
          ...(task?.errorCode ? { errorCode: task.errorCode } : {}),
        },
        expected: {
          ...(fixed?.intent ? { intent: fixed.intent } : {}),
          ...(extra.note ? { note: redactor.text(extra.note) } : {}),
        },
        at: new Date(turn.at).toISOString(),
      },
      sessionId: turn.sessionId,
      userId: turn.userId,
      intents: [turn.intent ?? "unknown"],
      lang: turn.lang,
      source: failure,
      at: turn.at,
    };
  };

  for (const entry of corpus.feedback) {
    tick();
    const turn = entry.rating === "down" && entry.turnId ? corpus.turns.get(entry.turnId) : undefined;
    const row = turn && make(turn, "thumbs_down", entry.reason ? { note: entry.reason } : {});
    if (row) yield row;
  }
  for (const signal of corpus.signals) {
    tick();
    let row: BuiltRow<EvalRow> | undefined;
    if (signal.kind === "rephrase") {
      const turn = corpus.turns.get(String(signal.detail.ofTurnId ?? ""));
      row = turn && make(turn, "rephrase", {});
    } else if (
      (signal.kind === "abandoned_confirmation" || signal.kind === "cancellation") &&
      signal.taskId
    ) {
      const turn = taskTurn.get(signal.taskId);
      row = turn && make(turn, signal.kind, { taskId: signal.taskId });
    }
    if (row) yield row;
  }
  for (const [taskId, task] of corpus.tasks) {
    tick();
    const turn = task.last === "failed" ? taskTurn.get(taskId) : undefined;
    const row = turn && make(turn, "task_failed", { taskId });
    if (row) yield row;
  }
}
