import type { ServiceContext } from "../../kernel/context.ts";
import type { WorldEvent } from "../../kernel/events.ts";
import type { TaskRequest } from "../brain/types.ts";
import type { ToolClient } from "../tools/client.ts";
import { alternativeMessage, findAlternative } from "./alternative.ts";
import type { MissedEventFinder } from "./confirm-guard.ts";
import type { TaskKindHandler } from "./handler.ts";
import type { Notifier } from "./notifier.ts";
import type { Settlement } from "./settlement.ts";
import type { TaskQueue } from "./task-queue.ts";
import type { TaskRow, TaskStore } from "./task-store.ts";

/** What following the world needs from the engine (its private parts, passed in). */
export interface ReactionsOptions {
  context: ServiceContext;
  tools: ToolClient;
  store: TaskStore;
  settlement: Settlement;
  notifier: Notifier;
  queue: TaskQueue;
  handlers: ReadonlyMap<string, TaskKindHandler>;
  missedEvent?: MissedEventFinder | undefined;
  langOf: (task: TaskRow) => Promise<"zh" | "en">;
  /** Starts a fresh card (an alternative offer) as the engine's `start` does. */
  start: (userId: string, sessionId: string, request: TaskRequest, parentTaskId: string) => Promise<TaskRow>;
  /** One order of a basket moved: the basket follows its orders. */
  syncBasket: (basketId: string) => Promise<unknown>;
  push: (task: TaskRow) => Promise<void>;
  /** After a task moved: a show's ride goes only with its tickets (`show-rides.ts`). */
  follow?: ((task: Pick<TaskRow, "id" | "kind">) => Promise<void>) | undefined;
}

/**
 * Follows fulfilment: a world event about a task's order (a rider picked up, a shop refused, a show
 * was cancelled) becomes what its handler makes of it — a capture, a notice, a refund — applied in
 * the task's turn; after a restart, the events a task missed are found and applied the same way.
 */
export class Reactions {
  constructor(private readonly options: ReactionsOptions) {}

  async onWorldEvent(event: WorldEvent): Promise<void> {
    const task = await this.options.store.findByOrderId(event.subjectId);
    if (!task) return;
    const handler = this.options.handlers.get(task.kind);
    if (!handler?.onEvent || !handler.eventPrefix || !event.type.startsWith(handler.eventPrefix)) return;
    const reaction = this.#react(task.id, handler, event);
    // An event caused by this task's own step (placing, cancelling) must not wait for that step to
    // end: it runs right after it. Events from the world's clock are awaited, keeping runs deterministic.
    if (this.options.queue.isRunning(task.id)) {
      reaction.catch((error) => this.options.context.log?.(error));
      return;
    }
    await reaction;
  }

  /** Applies, for every task in fulfilment, the world event it missed (see `missedEvent`). */
  async reconcile(): Promise<number> {
    const { missedEvent: finder, store, handlers, tools, context } = this.options;
    if (!finder) return 0;
    let caughtUp = 0;
    for (const task of await store.listByStatus(["in_fulfilment"])) {
      const handler = handlers.get(task.kind);
      const event = await finder(tools, task, context.clock.now()).catch(() => undefined);
      if (!event || !handler?.onEvent) continue;
      await this.#react(task.id, handler, event).catch((error) => context.log?.(error));
      caughtUp++;
    }
    return caughtUp;
  }

  /** Applies what the handler makes of a world event to the task as it is now, in the task's turn. */
  #react(taskId: string, handler: TaskKindHandler, event: WorldEvent): Promise<void> {
    return this.options.queue
      .run(taskId, async () => {
        const current = (await this.options.store.get(taskId)) as TaskRow;
        const action =
          (await handler.settleEvent?.(this.options.tools, event, current)) ??
          handler.onEvent?.(event, current) ??
          ({ type: "ignore" } as const);
        await this.options.settlement.apply(current, action);
        if ((action.type === "fail" || action.type === "refund") && action.alternative)
          await this.#offerAlternative(current);
        if (current.parent_task_id) await this.options.syncBasket(current.parent_task_id);
      })
      .then(() => this.options.follow?.({ id: taskId, kind: handler.kind }));
  }

  /**
   * After a shop could not make an order (its money already on the way back): the same items from
   * another shop, as a fresh card the user confirms with one tap, and a word on it in their language.
   */
  async #offerAlternative(failed: TaskRow): Promise<void> {
    const { tools, notifier, context } = this.options;
    const alternative = await findAlternative(tools, failed).catch((error) => {
      context.log?.(error);
      return undefined;
    });
    const lang = await this.options.langOf(failed);
    if (alternative) {
      const card = await this.options.start(
        failed.user_id,
        failed.session_id,
        alternative.request,
        failed.id,
      );
      if (card.status !== "awaiting_confirmation") {
        await notifier.notify(failed.user_id, alternativeMessage(undefined)[lang], failed.id);
        return;
      }
      await notifier.notify(failed.user_id, alternativeMessage(alternative)[lang], card.id);
      await this.options.push(card);
      return;
    }
    await notifier.notify(failed.user_id, alternativeMessage(undefined)[lang], failed.id);
  }
}
