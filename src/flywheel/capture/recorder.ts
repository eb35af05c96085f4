import { AsyncLocalStorage } from "node:async_hooks";
import type { Kysely } from "kysely";
import { detectLanguage } from "../../agent/brain/nlu/normalize.ts";
import type { TaskEngine } from "../../agent/engine/engine.ts";
import type { AgentObserver, ReplyFeedback } from "../../agent/observer.ts";
import type { Conversation, TurnObserver } from "../../agent/session/conversation.ts";
import type { ToolCallRecord } from "../../agent/tools/client.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { compiledQuery } from "../../store/compiled-query.ts";
import type { Database } from "../../store/schema.ts";
import { recordClaimSignals } from "./claims.ts";
import { compactJson } from "./compact.ts";
import { detectAbandonedConfirmations, syncTaskOutcomes } from "./outcomes.ts";
import { cancelledByWords, detectCorrection, detectRephrase, type PriorTurn } from "./signals.ts";
import { type EventsSummary, replyText, summarizeEvents } from "./summary.ts";

/** What a capture is about while a turn or a trusted-surface action runs. */
interface Scope {
  kind: "turn" | "action";
  userId: string;
  sessionId?: string;
  taskId?: string;
  calls: ToolCallRecord[];
}

/** Explicit feedback on the last reply of a session. */
export type FeedbackInput = ReplyFeedback;

// Read on every turn: compiled once (`compiledQuery`).
const lastTwoTurns = compiledQuery((db: Kysely<Database>, sessionId: string) =>
  db
    .selectFrom("flywheel_turns")
    .select(["id", "seq", "text", "intent", "confidence", "events"])
    .where("session_id", "=", sessionId)
    .orderBy("seq", "desc")
    .limit(2),
);

/**
 * Captures the flywheel's records as the agent works: every turn (through `observeTurn`), the tool
 * calls made while serving it (through `observeToolCall`), trusted-surface confirms and cancels
 * (through `attach`), task outcomes, feedback and implicit signals. A capture failure is logged and
 * never fails the user's turn.
 */
export class FlywheelRecorder implements AgentObserver {
  readonly #scope = new AsyncLocalStorage<Scope>();
  #outcomesSince = 0;

  constructor(readonly context: ServiceContext) {}

  /** The agent's `onTurn` observer. */
  readonly observeTurn: TurnObserver = async (turn) => {
    try {
      await this.#recordTurn(turn);
    } catch (error) {
      this.context.log?.(error);
    }
  };

  /** The agent's `onToolCall` observer: calls are kept with the turn or action that made them. */
  readonly observeToolCall = (record: ToolCallRecord): void => {
    this.#scope.getStore()?.calls.push(record);
  };

  /**
   * Wraps a conversation and an engine so tool calls know their turn, and the trusted surface's
   * confirm and cancel taps become signals. The methods keep their signatures and behaviour.
   */
  attach(agent: { conversation: Conversation; engine: TaskEngine }): void {
    const { conversation, engine } = agent;
    const message = conversation.message.bind(conversation);
    conversation.message = (userId, sessionId, text, emit, options) =>
      this.#scope.run({ kind: "turn", userId, sessionId, calls: [] }, () =>
        message(userId, sessionId, text, emit, options),
      );
    const confirm = engine.confirm.bind(engine);
    engine.confirm = (userId, taskId, cartHash, options) =>
      this.#action(userId, taskId, "confirmation", () => confirm(userId, taskId, cartHash, options));
    const cancel = engine.cancel.bind(engine);
    engine.cancel = (userId, taskId) =>
      // Inside a turn, a cancel is the brain's (words or a correction): the turn records it.
      this.#scope.getStore()?.kind === "turn"
        ? cancel(userId, taskId)
        : this.#action(userId, taskId, "cancellation", () => cancel(userId, taskId));
  }

  async #action<T>(
    userId: string,
    taskId: string,
    kind: "confirmation" | "cancellation",
    work: () => Promise<T>,
  ): Promise<T> {
    const scope: Scope = { kind: "action", userId, taskId, calls: [] };
    return this.#scope.run(scope, async () => {
      let refused: string | undefined;
      try {
        return await work();
      } catch (error) {
        refused = error instanceof DimpleError ? error.code : "error";
        throw error;
      } finally {
        await this.#recordAction(scope, kind, refused).catch((error) => this.context.log?.(error));
      }
    });
  }

  async #recordAction(scope: Scope, kind: string, refused: string | undefined): Promise<void> {
    const task = await this.context.db
      .selectFrom("agent_tasks")
      .select(["session_id", "status"])
      .where("id", "=", scope.taskId ?? "")
      .where("user_id", "=", scope.userId)
      .executeTakeFirst();
    if (!task) return;
    const now = this.context.clock.now();
    await this.context.db
      .insertInto("flywheel_signals")
      .values({
        id: this.context.ids.next("fws"),
        user_id: scope.userId,
        session_id: task.session_id,
        turn_id: null,
        task_id: scope.taskId ?? null,
        kind,
        detail: JSON.stringify({ via: "tap", status: task.status, ...(refused ? { refused } : {}) }),
        at: now,
      })
      .execute();
    await this.#insertCalls(scope.calls, {
      userId: scope.userId,
      sessionId: task.session_id,
      turnId: null,
      taskId: scope.taskId ?? null,
    });
    await syncTaskOutcomes(this.context, { taskIds: [scope.taskId ?? ""] });
  }

  async #recordTurn(turn: Parameters<TurnObserver>[0]): Promise<void> {
    const { context } = this;
    const { session, trace } = turn;
    const scope = this.#scope.getStore();
    const summary = summarizeEvents(turn.events);
    const { rows: recentRows } = await lastTwoTurns(context.db, session.id);
    const lastSeq = recentRows[0]?.seq ?? 0;
    const downvoted = new Set(
      recentRows.length === 0
        ? []
        : (
            await context.db
              .selectFrom("flywheel_feedback")
              .select("turn_id")
              .where("rating", "=", "down")
              .where(
                "turn_id",
                "in",
                recentRows.map((row) => row.id),
              )
              .execute()
          ).map((row) => row.turn_id),
    );
    const recent: PriorTurn[] = [...recentRows].reverse().map((row) => ({
      downvoted: downvoted.has(row.id),
      id: row.id,
      text: row.text,
      intent: row.intent,
      confidence: row.confidence === null ? null : Number(row.confidence),
      events: JSON.parse(row.events) as EventsSummary,
    }));
    const now = context.clock.now();
    const turnId = context.ids.next("fwt");
    const taskIds = [...new Set(summary.tasks.map((task) => task.taskId))];
    const current = {
      text: turn.text,
      intent: trace.intent ?? null,
      confidence: trace.confidence ?? null,
      events: summary,
    };
    await context.db
      .insertInto("flywheel_turns")
      .values({
        id: turnId,
        session_id: session.id,
        user_id: session.userId,
        seq: lastSeq + 1,
        lang: detectLanguage(turn.text),
        text: turn.text,
        intent: current.intent,
        confidence: current.confidence,
        slots: compactJson(trace.slots ?? {}),
        brain: trace.brain,
        reply: replyText(turn.events),
        events: JSON.stringify(summary),
        task_ids: JSON.stringify(taskIds),
        latency_ms: Math.round(turn.latencyMs * 100) / 100,
        at: now,
      })
      .execute();
    await this.#insertCalls(scope?.calls ?? [], {
      userId: session.userId,
      sessionId: session.id,
      turnId,
      taskId: taskIds[0] ?? null,
    });

    const signals: { kind: string; taskId: string | null; detail: unknown }[] = [];
    const correction = detectCorrection(recent.at(-1), current);
    if (correction)
      signals.push({
        kind: "correction",
        taskId: correction.after.taskId,
        detail: { ofTurnId: recent.at(-1)?.id, before: correction.before, after: correction.after },
      });
    const rephrase = detectRephrase(recent, current);
    if (rephrase)
      signals.push({
        kind: "rephrase",
        taskId: null,
        detail: {
          ofTurnId: rephrase.turn.id,
          fromIntent: rephrase.turn.intent,
          toIntent: current.intent,
          similarity: rephrase.similarity,
        },
      });
    for (const task of cancelledByWords(current, correction?.before.taskId))
      signals.push({ kind: "cancellation", taskId: task.taskId, detail: { via: "words", kind: task.kind } });
    if (signals.length > 0) {
      await context.db
        .insertInto("flywheel_signals")
        .values(
          signals.map((signal) => ({
            id: context.ids.next("fws"),
            user_id: session.userId,
            session_id: session.id,
            turn_id: turnId,
            task_id: signal.taskId,
            kind: signal.kind,
            detail: JSON.stringify(signal.detail),
            at: now,
          })),
        )
        .execute();
    }
    await syncTaskOutcomes(context, { taskIds });
  }

  async #insertCalls(
    calls: readonly ToolCallRecord[],
    link: { userId: string; sessionId: string | null; turnId: string | null; taskId: string | null },
  ): Promise<void> {
    if (calls.length === 0) return;
    const now = this.context.clock.now();
    await this.context.db
      .insertInto("flywheel_tool_calls")
      .values(
        calls.map((call) => ({
          id: this.context.ids.next("fwc"),
          user_id: link.userId,
          session_id: link.sessionId,
          turn_id: link.turnId,
          task_id: link.taskId,
          name: call.name,
          args: compactJson(call.args),
          ok: call.result.ok ? 1 : 0,
          error_code: call.result.ok ? null : call.result.error.code,
          result: compactJson(call.result.ok ? call.result.data : call.result.error),
          duration_ms: Math.round(call.durationMs * 100) / 100,
          at: now,
        })),
      )
      .execute();
  }

  /** Records thumbs up or down on the last reply of the user's session. */
  async feedback(input: FeedbackInput): Promise<{ id: string; turnId: string | null }> {
    const last = await this.context.db
      .selectFrom("flywheel_turns")
      .select("id")
      .where("session_id", "=", input.sessionId)
      .where("user_id", "=", input.userId)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    const id = this.context.ids.next("fwf");
    await this.context.db
      .insertInto("flywheel_feedback")
      .values({
        id,
        user_id: input.userId,
        session_id: input.sessionId,
        turn_id: last?.id ?? null,
        rating: input.rating,
        reason: input.reason?.slice(0, 500) ?? null,
        source: input.source,
        at: this.context.clock.now(),
      })
      .execute();
    return { id, turnId: last?.id ?? null };
  }

  /**
   * Catches up with what happened outside turns: task statuses reached through world events
   * (delivered, refunded), cards left unconfirmed and claims filed on tasks. Analytics and exports call this first.
   */
  async flush(): Promise<void> {
    this.#outcomesSince = await syncTaskOutcomes(this.context, { since: this.#outcomesSince });
    await detectAbandonedConfirmations(this.context);
    await recordClaimSignals(this.context);
  }
}
