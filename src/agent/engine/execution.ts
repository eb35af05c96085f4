import type { ServiceContext } from "../../kernel/context.ts";
import type { TaskEvent } from "../events.ts";
import type { ToolClient } from "../tools/client.ts";
import type { ConfirmGuard } from "./confirm-guard.ts";
import type { TaskKindHandler } from "./handler.ts";
import type { MoneyPath } from "./money-path.ts";
import type { Notifier } from "./notifier.ts";
import type { Settlement } from "./settlement.ts";
import { runStep } from "./steps.ts";
import { quotedRequestOf, type TaskRow, type TaskStore } from "./task-store.ts";

/** What carrying out a confirmed task needs from the engine (its private parts, passed in). */
export interface ExecutionOptions {
  context: ServiceContext;
  tools: ToolClient;
  store: TaskStore;
  money: MoneyPath;
  settlement: Settlement;
  notifier: Notifier;
  guard?: ConfirmGuard | undefined;
  handler: (kind: string) => TaskKindHandler;
  /** A basket across shops is carried out order by order (`basket.ts`). */
  runBasket: (taskId: string) => Promise<TaskRow>;
  eventFor: (task: TaskRow) => Promise<TaskEvent>;
}

/**
 * Carries out a confirmed task: authorize, place, maybe capture; on failure release and fail the
 * task. Every step is persisted with an idempotency key, so running it again (resume after a crash,
 * a scheduled start) never charges or orders twice.
 */
export class Execution {
  constructor(private readonly options: ExecutionOptions) {}

  async run(taskId: string, confirmedMandate: string | undefined): Promise<TaskRow> {
    const { context, tools, guard, store, money, settlement } = this.options;
    const task = (await store.get(taskId)) as TaskRow;
    if (task.kind === "order_basket") return this.options.runBasket(taskId);
    const mandate =
      confirmedMandate ??
      (task.mandate_id && guard?.mandateToken ? await guard.mandateToken(task.mandate_id) : undefined);
    const handler = this.options.handler(task.kind);
    if (handler.charges === false) return this.#file(task, handler);
    const request = quotedRequestOf(task);
    let intentId = task.payment_intent_id;
    try {
      if (!intentId) {
        intentId = await money.createIntent(task, request);
        await store.update(taskId, { payment_intent_id: intentId });
      }
      await money.authorize(task, intentId, mandate);
    } catch (error) {
      // Nothing was authorized: cancel the intent too, so every task ends with a settled intent.
      if (intentId)
        await settlement.release(task, intentId).catch((releaseError) => context.log?.(releaseError));
      await settlement.fail(task, error);
      return this.#pushed(taskId);
    }
    try {
      const placed = await runStep(context, taskId, "place", (key) =>
        handler.place(tools, task, intentId as string, key),
      );
      await store.update(taskId, { order_id: placed.orderId });
      if (handler.captureOn === "place") await settlement.capture(task, intentId as string);
      await store.transition(taskId, ["processing"], handler.completeOnPlace ? "completed" : "in_fulfilment");
    } catch (error) {
      await settlement.release(task, intentId as string).catch((releaseError) => context.log?.(releaseError));
      await settlement.fail(task, error);
    }
    return this.#pushed(taskId);
  }

  /**
   * A task that charges nothing (an after-sale claim): the confirmed card is filed with the service
   * as one persisted step, then the task follows the service's decision.
   */
  async #file(task: TaskRow, handler: TaskKindHandler): Promise<TaskRow> {
    const { context, tools, store, settlement } = this.options;
    try {
      const placed = await runStep(context, task.id, "place", (key) => handler.place(tools, task, "", key));
      await store.update(task.id, { order_id: placed.orderId });
      await store.transition(task.id, ["processing"], "in_fulfilment");
      const filed = (await store.get(task.id)) as TaskRow;
      if (handler.settleOnPlace) await settlement.apply(filed, await handler.settleOnPlace(tools, filed));
    } catch (error) {
      await settlement.fail(task, error);
    }
    return this.#pushed(task.id);
  }

  /** The task as it is now, pushed to every open surface of its user. */
  async #pushed(taskId: string): Promise<TaskRow> {
    const task = (await this.options.store.get(taskId)) as TaskRow;
    this.options.notifier.push(task.user_id, await this.options.eventFor(task));
    return task;
  }
}
