import { DimpleError } from "../../kernel/errors.ts";
import type { Lang } from "../brain/types.ts";
import { NO_TOKENS, type TaskTokens } from "../engine/task-tokens.ts";
import type { AgentEvent, SummaryEvent, TaskKind, TaskStatus } from "../events.ts";
import type { Agent } from "../runtime.ts";
import { messageLanguage } from "./conversation.ts";
import type { ScriptLine } from "./script.ts";

/**
 * Plays a conversation for one user and session: words go to the brain, `/confirm` and `/cancel`
 * are taps on the trusted surface, `/wait` moves simulated time. Everything Dimple says or pushes
 * comes out through `output` as contract events.
 */
export class ChatRunner {
  #lastStatus = new Map<string, string>();
  #pin: string | undefined;
  #lastWords: string | undefined;
  readonly #unsubscribe: () => void;

  constructor(
    private readonly agent: Agent,
    readonly userId: string,
    readonly sessionId: string,
    private readonly output: (event: AgentEvent) => void,
  ) {
    this.#unsubscribe = agent.notifier.subscribe(userId, (event) => this.#emit(event));
  }

  #emit(event: AgentEvent): void {
    if (event.type === "task") {
      // The same task state can arrive twice (the reply and the engine's push); print it once.
      const key = `${event.status}:${event.quote?.cartHash ?? ""}`;
      if (this.#lastStatus.get(event.taskId) === key) return;
      this.#lastStatus.set(event.taskId, key);
    }
    this.output(event);
  }

  async run(line: ScriptLine): Promise<void> {
    switch (line.type) {
      case "say":
        this.#lastWords = line.text;
        await this.agent.conversation.message(this.userId, this.sessionId, line.text, (event) =>
          this.#emit(event),
        );
        return;
      case "confirm":
        return this.#confirm();
      case "cancel":
        return this.#cancel();
      case "wait":
        await this.agent.world.advance(line.ms);
        return;
      case "pin":
        this.#pin = line.pin;
        return this.#confirm();
      case "feedback":
        // Recorded in the flywheel against the last turn; the thumb is echoed as before.
        await this.agent.observer?.feedback?.({
          userId: this.userId,
          sessionId: this.sessionId,
          rating: line.rating,
          source: "script",
          ...(line.reason ? { reason: line.reason } : {}),
        });
        this.#emit({ type: "reply", text: line.rating === "up" ? "👍" : "👎" });
        return;
    }
  }

  async #sessionTasks() {
    const tasks = await this.agent.engine.store.listForUser(this.userId, 200);
    return tasks.filter((task) => task.session_id === this.sessionId);
  }

  async #confirm(): Promise<void> {
    const waiting = (await this.#sessionTasks()).filter(
      (candidate) => candidate.status === "awaiting_confirmation",
    );
    // The newest card, but never a linked one before the card it goes with ("two tickets … and a taxi
    // there": the tickets first, as they were shown; the ride's card is the next /confirm).
    const newest = waiting[0];
    const task = waiting.find((candidate) => candidate.id === newest?.parent_task_id) ?? newest;
    if (!task?.cart_hash) {
      this.#emit({
        type: "reply",
        text: await this.#say("（没有等待确认的订单）", "(nothing is waiting for confirmation)"),
      });
      return;
    }
    this.#emit({ type: "state", state: "executing", tool: "confirm" });
    try {
      const confirmed = await this.agent.engine.confirm(
        this.userId,
        task.id,
        task.cart_hash,
        this.#pin ? { pin: this.#pin } : {},
      );
      this.#emit(await this.agent.engine.eventFor(confirmed));
      this.#emit({ type: "state", state: confirmed.status === "failed" ? "error" : "success" });
    } catch (error) {
      this.#refused(error);
    }
  }

  async #cancel(): Promise<void> {
    const active = ["needs_info", "awaiting_confirmation", "scheduled", "processing", "in_fulfilment"];
    const task = (await this.#sessionTasks()).find((candidate) => active.includes(candidate.status));
    if (!task) {
      this.#emit({ type: "reply", text: await this.#say("（没有可以取消的订单）", "(nothing to cancel)") });
      return;
    }
    try {
      this.#emit(await this.agent.engine.eventFor(await this.agent.engine.cancel(this.userId, task.id)));
    } catch (error) {
      this.#refused(error);
    }
  }

  /** A tap has no words of its own: the app answers in the language the user last wrote in. */
  async #say(zh: string, en: string): Promise<string> {
    return this.wordsLang(await this.agent.sessions.lang(this.sessionId)) === "zh" ? zh : en;
  }

  /** The language the user last wrote in; the session's until they have written. */
  wordsLang(sessionLang: Lang): Lang {
    return this.#lastWords === undefined ? sessionLang : messageLanguage(this.#lastWords, sessionLang);
  }

  #refused(error: unknown): void {
    if (!(error instanceof DimpleError)) throw error;
    this.#emit({ type: "reply", text: error.message });
    this.#emit({ type: "state", state: "error" });
  }

  /** The contract's last line of a scripted run. */
  async summary(): Promise<SummaryEvent> {
    const tasks = (await this.#sessionTasks()).reverse();
    const tokens = await this.agent.taskTokens.getMany(tasks.map((task) => task.id));
    const wallet = await this.agent.tools.call<{ availableFen?: number; balanceFen?: number }>(
      "pay_get_balance",
      {
        userId: this.userId,
      },
    );
    return {
      type: "summary",
      tasks: tasks.map((task) => ({
        taskId: task.id,
        kind: task.kind as TaskKind,
        status: task.status as TaskStatus,
        ...(task.order_id ? { orderId: task.order_id } : {}),
        paidFen: task.paid_fen,
        refundedFen: task.refunded_fen,
        tokens: summaryTokens(tokens.get(task.id)),
      })),
      walletFen: wallet.ok ? (wallet.data.availableFen ?? wallet.data.balanceFen ?? 0) : 0,
    };
  }

  close(): void {
    this.#unsubscribe();
  }
}

/** A task's tokens as the summary line shows them: the counts, without the ledger's bookkeeping. */
function summaryTokens(tokens: TaskTokens = NO_TOKENS) {
  const { prompt, completion, cachedPrompt, modelCalls } = tokens;
  return { prompt, completion, cachedPrompt, modelCalls };
}
