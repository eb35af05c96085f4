import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import type { TaskRequest } from "../brain/types.ts";
import type { TaskEvent, TaskQuote } from "../events.ts";
import { ToolCallError, type ToolClient } from "../tools/client.ts";
import { storedParts } from "./basket.ts";
import { cartHash } from "./cart-hash.ts";
import type { ConfirmGuard } from "./confirm-guard.ts";
import { checkCard } from "./faithfulness.ts";
import type { TaskKindHandler } from "./handler.ts";
import type { Notifier } from "./notifier.ts";
import { scheduledOutcome } from "./schedule.ts";
import { errorBody } from "./settlement.ts";
import { quoteOf, type TaskRow, type TaskStore } from "./task-store.ts";

/** What quoting a task needs from the engine (its private parts, passed in). */
export interface QuotingOptions {
  context: ServiceContext;
  tools: ToolClient;
  store: TaskStore;
  notifier: Notifier;
  guard?: ConfirmGuard | undefined;
  handler: (kind: string) => TaskKindHandler;
  eventFor: (task: TaskRow) => Promise<TaskEvent>;
}

/**
 * Turns a brain's request into the card the user confirms: the service's quote, checked against what
 * the user asked for (`faithfulness.ts`), bound by a cart hash, and shown with its risk in plain words.
 */
export class Quoting {
  constructor(private readonly options: QuotingOptions) {}

  /**
   * Quotes a task that needs info or awaits confirmation. A card that would differ from the request
   * in a way nobody named is not shown: the task fails with the reason, in the user's words.
   */
  async quote(task: TaskRow, request: TaskRequest): Promise<TaskRow> {
    const { context, tools, store, guard } = this.options;
    const handler = this.options.handler(task.kind);
    try {
      const outcome = scheduledOutcome(await handler.quote(tools, task, request.args), request);
      const divergences = request.frame ? checkCard(request.frame, outcome.card, context.clock.now()) : [];
      const blocking = divergences.filter((divergence) => divergence.blocking);
      if (blocking.length > 0) {
        // The card would not be what the user asked for: no card, and the user is told why.
        throw new DimpleError("card_differs", blocking.map((divergence) => divergence.en).join("; "), {
          field: blocking[0]?.kind,
          details: { zh: blocking.map((divergence) => divergence.zh).join("；") },
        });
      }
      const named = new Set(request.named ?? []);
      const notes = divergences
        .filter((divergence) => !named.has(divergence.kind))
        .map(({ zh, en }) => ({ zh, en }));
      const hash = cartHash({ ...outcome.binding, quoteId: outcome.quoteId, totalFen: outcome.amountFen });
      const quote: TaskQuote = { ...outcome.card, ...(notes.length ? { notes } : {}), cartHash: hash };
      const titles = outcome.titles;
      const parts = storedParts(outcome);
      await store.transition(task.id, ["needs_info", "awaiting_confirmation"], "awaiting_confirmation", {
        quote: JSON.stringify(quote),
        cart_hash: hash,
        quote_id: outcome.quoteId,
        request: JSON.stringify({
          ...request,
          payee: outcome.payee,
          amountFen: outcome.amountFen,
          ...(titles ? { titles } : {}),
          ...(parts ? { parts } : {}),
        }),
        // The quote's names are the card's: the title says what the card says, in the task's language.
        ...(titles && request.lang ? { title: titles[request.lang] } : {}),
      });
      const quoted = (await store.get(task.id)) as TaskRow;
      if (handler.charges !== false)
        await this.showRisk(task.id, async () => guard?.preview?.(quoted, quote)).catch((error) =>
          context.log?.(error),
        );
    } catch (error) {
      const body = errorBody(error);
      await store.transition(task.id, ["needs_info"], "failed", { error: JSON.stringify(body) });
      if (!(error instanceof ToolCallError) && !(error instanceof DimpleError)) throw error;
    }
    return (await store.get(task.id)) as TaskRow;
  }

  /** Puts the plain-words risk on the task's card (when there is any) and pushes the new card. */
  async showRisk(taskId: string, assess: () => Promise<TaskQuote["risk"] | undefined>): Promise<void> {
    const { store, notifier } = this.options;
    const risk = await assess();
    const task = await store.get(taskId);
    if (!risk || !task?.quote || task.status !== "awaiting_confirmation") return;
    const quote = quoteOf(task) as TaskQuote;
    if (JSON.stringify(quote.risk) === JSON.stringify(risk)) return;
    await store.update(taskId, { quote: JSON.stringify({ ...quote, risk }) });
    notifier.push(task.user_id, await this.options.eventFor((await store.get(taskId)) as TaskRow));
  }
}
