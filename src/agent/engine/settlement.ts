import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import type { TaskEvent } from "../events.ts";
import { ToolCallError, type ToolClient } from "../tools/client.ts";
import { failureWords } from "./failure-words.ts";
import type { EventAction, Message, TaskKindHandler } from "./handler.ts";
import type { MoneyPath } from "./money-path.ts";
import type { Notifier } from "./notifier.ts";
import { runStep } from "./steps.ts";
import { type TaskRow, type TaskStore, taskTitles } from "./task-store.ts";

/** What settling a task's money needs from the engine. */
export interface SettlementParts {
  context: ServiceContext;
  tools: ToolClient;
  store: TaskStore;
  money: MoneyPath;
  notifier: Notifier;
  /** The language to speak to a user in about a task (the message's that made it). */
  langOf?: ((task: TaskRow) => Promise<"zh" | "en">) | undefined;
  /** The task's event as the surfaces show it (the engine's `eventFor`). */
  eventFor: (task: TaskRow) => Promise<TaskEvent>;
}

/**
 * The money after a task's payment was authorized, and the words that go with it: capture, release,
 * failing a task, a user's cancel once the service has the order, and what a world event asks for
 * (capture on acceptance, complete, fail, refund).
 */
export class Settlement {
  constructor(private readonly parts: SettlementParts) {}

  async capture(task: TaskRow, intentId: string, amountFen?: number): Promise<void> {
    const { store, money } = this.parts;
    await store.update(task.id, { paid_fen: await money.capture(task, intentId, amountFen) });
  }

  async release(task: TaskRow, intentId: string): Promise<void> {
    await this.parts.money.release(task, intentId);
  }

  /** Fails a task that was still moving, and tells the user (nothing was charged). */
  async fail(task: TaskRow, error: unknown): Promise<void> {
    const body = errorBody(error);
    const moved = await this.parts.store.transition(
      task.id,
      ["processing", "in_fulfilment", "needs_info"],
      "failed",
      {
        error: JSON.stringify(body),
      },
    );
    if (!(error instanceof ToolCallError) && !(error instanceof DimpleError)) this.parts.context.log?.(error);
    if (moved && task.status !== "needs_info") {
      const titles = taskTitles(task);
      await this.parts.notifier.notify(
        task.user_id,
        await this.#text(task, {
          zh: `抱歉，「${titles.zh}」${failureWords(body.code, "zh")}，没有扣款。`,
          en: `Sorry, "${titles.en}" failed: ${failureWords(body.code, "en")}. You were not charged.`,
        }),
        task.id,
      );
    }
  }

  /** A user's cancel of a task in fulfilment: the service cancels (once), then the money is settled. */
  async cancel(task: TaskRow, handler: TaskKindHandler): Promise<void> {
    const { context, tools } = this.parts;
    const { refundFen, captureFen } = await runStep(
      context,
      task.id,
      "cancel",
      (key): Promise<{ refundFen: number; captureFen?: number }> =>
        handler.cancel?.(tools, task, key) ?? Promise.resolve({ refundFen: 0 }),
    );
    // A late ride cancel costs a fee: the hold is captured for that fee instead of released.
    await this.#settleCancellation(task, refundFen, captureFen ?? 0);
  }

  /**
   * After a service cancelled: an uncaptured hold is released, or captured for just the cancellation
   * fee; a captured payment gets back what is due.
   */
  async #settleCancellation(
    task: TaskRow,
    refundFen: number,
    feeFen = 0,
    reason = "cancelled by user",
  ): Promise<void> {
    const { store, money } = this.parts;
    const intentId = task.payment_intent_id;
    const fresh = (await store.get(task.id)) as TaskRow;
    if (intentId && fresh.paid_fen === 0) {
      if (feeFen > 0) await this.capture(task, intentId, feeFen);
      else await this.release(task, intentId);
    } else if (intentId && refundFen > 0) {
      await money.refund(task, intentId, refundFen, reason);
      await store.update(task.id, { refunded_fen: fresh.refunded_fen + refundFen });
    }
    // Issued tickets are a completed task that can still be given back.
    await store.transition(task.id, ["in_fulfilment", "processing", "completed"], "cancelled");
  }

  /** Does what a world event asks of a task (see the handler's `onEvent`), then pushes its new card. */
  async apply(task: TaskRow, action: EventAction): Promise<void> {
    const { store, notifier } = this.parts;
    const intentId = task.payment_intent_id;
    const say = async (message: Message) =>
      notifier.notify(task.user_id, await this.#text(task, message), task.id);
    switch (action.type) {
      case "ignore":
        return;
      case "capture":
        if (intentId) await this.capture(task, intentId, action.amountFen);
        if (action.notify) await say(action.notify);
        break;
      case "notify":
        await say(action.message);
        break;
      case "complete":
        if (intentId && task.paid_fen === 0) await this.capture(task, intentId, action.captureFen);
        // Money a service gave back on the task's claim (the service refunded it through pay).
        if (action.refundedFen !== undefined)
          await store.update(task.id, { refunded_fen: action.refundedFen });
        await store.transition(task.id, ["in_fulfilment"], "completed");
        await say(action.message);
        break;
      case "fail":
        if (intentId && task.paid_fen === 0) await this.release(task, intentId);
        await store.transition(task.id, ["in_fulfilment", "processing"], "failed", {
          error: JSON.stringify({
            code: "rejected",
            message: await this.#text(task, action.message),
            worded: true,
          }),
        });
        await say(action.message);
        break;
      case "refund":
        // A refund the user did not ask for: the service cancelled (a merchant that cannot fulfil).
        await this.#settleCancellation(task, action.amountFen, 0, "cancelled by the service");
        await say(action.message);
        break;
      case "refunded": {
        const fresh = (await store.get(task.id)) as TaskRow;
        await store.update(task.id, { refunded_fen: Math.max(fresh.refunded_fen, action.refundedFen) });
        await store.transition(task.id, ["in_fulfilment", "completed"], "cancelled");
        await say(action.message);
        break;
      }
    }
    const updated = (await store.get(task.id)) as TaskRow;
    notifier.push(task.user_id, await this.parts.eventFor(updated));
  }

  async #text(task: TaskRow, message: Message): Promise<string> {
    const lang = (await this.parts.langOf?.(task)) ?? "zh";
    return message[lang];
  }
}

/** The error stored on a failed task: a service's or Dimple's code, or "internal" for a bug. */
export function errorBody(error: unknown): { code: string; message: string; field?: string; zh?: string } {
  if (error instanceof ToolCallError)
    return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
  if (error instanceof DimpleError) {
    // A message the engine words for the user carries its Chinese form along.
    const zh = typeof error.details?.zh === "string" ? { zh: error.details.zh } : {};
    return {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...zh,
    };
  }
  return { code: "internal", message: "something went wrong" };
}
