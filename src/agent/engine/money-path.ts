import type { ServiceContext } from "../../kernel/context.ts";
import { callOrThrow, type ToolClient } from "../tools/client.ts";
import { runStep } from "./steps.ts";
import { type TaskRow, taskTitles } from "./task-store.ts";

/** Where money movements are recorded (the hash-chained audit log). */
export interface MoneyAudit {
  append(type: string, actor: string, data: Record<string, unknown>): Promise<unknown>;
}

/**
 * Every call of the engine that moves money, each a persisted step with its idempotency key (see
 * runStep) and, once the service answered, an audit entry. A step that already finished returns its
 * stored result without calling or auditing again.
 */
export class MoneyPath {
  constructor(
    private readonly context: ServiceContext,
    private readonly tools: ToolClient,
    private readonly audit?: MoneyAudit,
  ) {}

  async #record(type: string, task: TaskRow, data: Record<string, unknown>): Promise<void> {
    // The effect has happened; a failing log is reported and must not undo or repeat it.
    await this.audit
      ?.append(type, task.user_id, { taskId: task.id, kind: task.kind, ...data })
      .catch((error) => this.context.log?.(error));
  }

  /** Creates the task's payment intent (nothing is charged yet); returns its id. */
  async createIntent(task: TaskRow, payment: { payee: string; amountFen: number }): Promise<string> {
    const intent = await runStep(this.context, task.id, "create_intent", (key) =>
      callOrThrow<{ id: string }>(this.tools, "pay_create_intent", {
        userId: task.user_id,
        amountFen: payment.amountFen,
        payee: payment.payee,
        reference: task.quote_id,
        description: taskTitles(task).zh,
        descriptionEn: taskTitles(task).en,
        idempotencyKey: key,
      }),
    );
    return intent.id;
  }

  /** Authorizes (holds) the intent with the user's mandate, which the pay service verifies. */
  async authorize(task: TaskRow, intentId: string, mandate: string | undefined): Promise<void> {
    await runStep(this.context, task.id, "authorize", async (key) => {
      const result = await callOrThrow<{ amountFen?: number; payee?: string }>(
        this.tools,
        "pay_confirm_intent",
        { intentId, userId: task.user_id, ...(mandate ? { mandate } : {}), idempotencyKey: key },
      );
      await this.#record("payment.authorized", task, {
        intentId,
        amountFen: result.amountFen,
        payee: result.payee,
        mandateId: task.mandate_id,
      });
      return result;
    });
  }

  /** Captures all of the hold, or `amountFen` of it; returns what was captured. */
  async capture(task: TaskRow, intentId: string, amountFen?: number): Promise<number> {
    const captured = await runStep(this.context, task.id, "capture", async (key) => {
      const result = await callOrThrow<{ capturedFen?: number; amountFen: number }>(
        this.tools,
        "pay_capture",
        {
          intentId,
          userId: task.user_id,
          ...(amountFen === undefined ? {} : { amountFen }),
          idempotencyKey: key,
        },
      );
      await this.#record("payment.captured", task, {
        intentId,
        amountFen: result.capturedFen ?? amountFen ?? result.amountFen,
      });
      return result;
    });
    return captured.capturedFen ?? amountFen ?? captured.amountFen;
  }

  /** Cancels an uncaptured intent, releasing any hold. */
  async release(task: TaskRow, intentId: string): Promise<void> {
    await runStep(this.context, task.id, "release", async (key) => {
      const result = await callOrThrow(this.tools, "pay_cancel_intent", {
        intentId,
        userId: task.user_id,
        idempotencyKey: key,
      });
      await this.#record("payment.released", task, { intentId });
      return result;
    });
  }

  /** Refunds part or all of a captured payment. */
  async refund(task: TaskRow, intentId: string, amountFen: number, reason: string): Promise<void> {
    await runStep(this.context, task.id, "refund", async (key) => {
      const result = await callOrThrow(this.tools, "pay_refund", {
        intentId,
        userId: task.user_id,
        amountFen,
        reason,
        idempotencyKey: key,
      });
      await this.#record("payment.refunded", task, { intentId, amountFen });
      return result;
    });
  }
}
