import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import type { TaskEvent, TaskQuote, TaskStatus } from "../events.ts";
import { formatFen } from "../format.ts";
import { cartHash } from "./cart-hash.ts";
import type { ConfirmGuard } from "./confirm-guard.ts";
import type { QuoteOutcome } from "./handler.ts";
import type { Notifier } from "./notifier.ts";
import { runStep } from "./steps.ts";
import { quoteOf, type TaskRow, type TaskStore, taskLang } from "./task-store.ts";

/** One shop's order as the basket's quote keeps it: enough to make its linked task after the confirm. */
interface StoredPart {
  args: Record<string, unknown>;
  quoteId: string;
  quote: TaskQuote;
  payee: string;
  amountFen: number;
  titles?: { zh: string; en: string };
}

/** The parts of a basket's quote as the task's request keeps them, each with its own cart hash. */
export function storedParts(outcome: QuoteOutcome): StoredPart[] | undefined {
  return outcome.parts?.map(({ args, outcome: part }) => {
    const hash = cartHash({ ...part.binding, quoteId: part.quoteId, totalFen: part.amountFen });
    return {
      args,
      quoteId: part.quoteId,
      quote: { ...part.card, cartHash: hash },
      payee: part.payee,
      amountFen: part.amountFen,
      ...(part.titles ? { titles: part.titles } : {}),
    };
  });
}

export interface BasketsOptions {
  context: ServiceContext;
  store: TaskStore;
  notifier: Notifier;
  guard?: ConfirmGuard;
  /** Runs work on one task alone (the engine's queue). */
  exclusive: <T>(taskId: string, work: () => Promise<T>) => Promise<T>;
  /** Pays and places one confirmed order (the engine's own path: intent, authorize, place). */
  execute: (taskId: string, mandateToken: string | undefined) => Promise<TaskRow>;
  cancel: (userId: string, taskId: string) => Promise<TaskRow>;
  eventFor: (task: TaskRow) => Promise<TaskEvent>;
}

const DONE: TaskStatus[] = ["completed", "cancelled", "failed"];

/**
 * Baskets across shops (issue 11). The user confirms one card, with one cart hash over every order;
 * the confirm is checked once for the whole basket, then each shop's order becomes a linked
 * order_delivery task with its own mandate, payment intent, order and timeline. A failing order is
 * settled on its own (its hold released or its payment refunded, once) and the others go on.
 */
export class Baskets {
  constructor(private readonly options: BasketsOptions) {}

  /** The trusted confirm of a basket card (its cart hash already checked by the engine). */
  async confirm(basket: TaskRow, quote: TaskQuote, pin: { pin?: string }): Promise<TaskRow> {
    const { guard, store } = this.options;
    if (guard && (!guard.approveBasket || !guard.mandateFor))
      throw new DimpleError("unsupported_task", "this confirm guard cannot approve baskets", {
        field: "kind",
      });
    await guard?.approveBasket?.(basket, quote, pin);
    // Exactly one of any number of concurrent confirms makes and pays the orders.
    const won = await store.transition(basket.id, ["awaiting_confirmation"], "processing");
    if (!won) return (await store.get(basket.id)) as TaskRow;
    return this.run(basket.id);
  }

  /**
   * Makes and pays every order of a confirmed basket. Safe to run again after a crash: an order is
   * made once (its id derives from the basket's), its mandate is the one issued for its cart hash,
   * and its payment steps replay with their idempotency keys.
   */
  async run(basketId: string): Promise<TaskRow> {
    const { store, guard, exclusive, execute } = this.options;
    const basket = (await store.get(basketId)) as TaskRow;
    for (const [index, part] of partsOf(basket).entries()) {
      const order = await this.#order(basket, part, index);
      if (order.status !== "needs_info") continue;
      const mandate = await guard?.mandateFor?.(order, part.quote);
      const moved = await store.transition(
        order.id,
        ["needs_info"],
        "processing",
        mandate ? { mandate_id: mandate.mandateId } : {},
      );
      if (moved) await exclusive(order.id, () => execute(order.id, mandate?.token));
    }
    return this.sync(basketId);
  }

  /** The linked task of one part, made on first need (a second confirm or a restart finds it). */
  async #order(basket: TaskRow, part: StoredPart, index: number): Promise<TaskRow> {
    const { store } = this.options;
    const id = `${basket.id}_${index + 1}`;
    const lang = taskLang(basket) ?? "zh";
    let order = await store.get(id);
    if (!order) {
      const title = part.titles?.[lang] ?? part.quote.merchant;
      const request = {
        kind: "order_delivery",
        title,
        args: part.args,
        lang,
        payee: part.payee,
        amountFen: part.amountFen,
        ...(part.titles ? { titles: part.titles } : {}),
      };
      order = await store
        .create({
          id,
          userId: basket.user_id,
          sessionId: basket.session_id,
          kind: "order_delivery",
          title,
          request,
          parentTaskId: basket.id,
        })
        .catch(async (error) => {
          // Another confirm made it first: that row is the order.
          const made = await store.get(id);
          if (!made) throw error;
          return made;
        });
    }
    if (order.quote === null) {
      await store.update(id, {
        quote: JSON.stringify(part.quote),
        cart_hash: part.quote.cartHash,
        quote_id: part.quoteId,
      });
      order = (await store.get(id)) as TaskRow;
    }
    return order;
  }

  /**
   * Brings the basket's status in line with its orders and tells the user, once per order, when one
   * fails while others go on. Returns the basket as it is now.
   */
  async sync(basketId: string): Promise<TaskRow> {
    const { store, notifier, context } = this.options;
    const basket = await store.get(basketId);
    if (basket?.kind !== "order_basket") return basket as TaskRow;
    const parts = partsOf(basket);
    const orders = await store.listChildren(basketId);
    const next = basketStatus(orders, parts.length);
    const current = basket.status as TaskStatus;
    const lang = taskLang(basket) ?? "zh";
    for (const order of orders) {
      if (order.status !== "failed" || orders.length < 2) continue;
      // Said once per order (a persisted step), however often the basket is synced.
      await runStep(context, basketId, `tell_failed:${order.id}`, async () => {
        const quote = quoteOf(order);
        const shop = lang === "zh" ? quote?.merchant : (quote?.merchantEn ?? quote?.merchant);
        const amount = formatFen(quote?.totalFen ?? 0);
        await notifier.notify(
          basket.user_id,
          lang === "zh"
            ? `购物篮里「${shop}」的那一单没能完成，这一单的 ${amount} 已退回，不会扣款；其他订单照常配送。`
            : `The ${shop} order in your basket couldn't go ahead: its ${amount} is back with you, not charged. Your other orders carry on.`,
          basketId,
        );
        return true;
      });
    }
    if (next !== current && !DONE.includes(current)) {
      await store.transition(basketId, ["processing", "in_fulfilment"], next);
      notifier.push(basket.user_id, await this.options.eventFor((await store.get(basketId)) as TaskRow));
    }
    return (await store.get(basketId)) as TaskRow;
  }

  /** Cancels every order of a confirmed basket that can still be cancelled; the others go on. */
  async cancel(userId: string, basket: TaskRow): Promise<TaskRow> {
    const orders = await this.options.store.listChildren(basket.id);
    const open = orders.filter((order) => order.status === "in_fulfilment");
    if (!open.length)
      throw new DimpleError("cancel_not_allowed", `task ${basket.id} has no order left to cancel`, {
        status: 409,
        field: "taskId",
      });
    const refused: unknown[] = [];
    for (const order of open)
      await this.options.cancel(userId, order.id).catch((error: unknown) => refused.push(error));
    if (refused.length === open.length) throw refused[0];
    return this.sync(basket.id);
  }

  /** The basket's orders for its task event. */
  async ordersOf(basketId: string): Promise<NonNullable<TaskEvent["orders"]>> {
    return (await this.options.store.listChildren(basketId)).map((order) => ({
      taskId: order.id,
      status: order.status as TaskStatus,
      ...(order.order_id ? { orderId: order.order_id } : {}),
      ...(Number(order.paid_fen) > 0 ? { paidFen: Number(order.paid_fen) } : {}),
      ...(Number(order.refunded_fen) > 0 ? { refundedFen: Number(order.refunded_fen) } : {}),
    }));
  }
}

function partsOf(basket: TaskRow): StoredPart[] {
  return (JSON.parse(basket.request) as { parts?: StoredPart[] }).parts ?? [];
}

/**
 * A basket is as far as its orders: done when all are (completed if any order arrived, cancelled
 * if all were cancelled, failed otherwise), in fulfilment once one is under way.
 */
export function basketStatus(orders: Pick<TaskRow, "status">[], expected: number): TaskStatus {
  const statuses = orders.map((order) => order.status as TaskStatus);
  if (statuses.length >= expected && statuses.every((status) => DONE.includes(status))) {
    if (statuses.includes("completed")) return "completed";
    return statuses.every((status) => status === "cancelled") ? "cancelled" : "failed";
  }
  return statuses.some((status) => status === "in_fulfilment" || status === "completed")
    ? "in_fulfilment"
    : "processing";
}
