import type { WorldEvent } from "../../kernel/events.ts";
import type { TaskEvent, TaskKind, TaskQuote } from "../events.ts";
import type { ToolClient } from "../tools/client.ts";
import type { TaskRow } from "./task-store.ts";

/** An authoritative quote from a service, with what the mandate binds to and who gets paid. */
export interface QuoteOutcome {
  /** Shown on the confirmation card (without the cart hash, which the engine adds). */
  card: Omit<TaskQuote, "cartHash">;
  /** Everything the user agrees to; hashed into the cart hash. */
  binding: Record<string, unknown>;
  quoteId: string;
  amountFen: number;
  payee: string;
  expiresAt?: number;
  /** The task's title in both languages, from the quote's own names ("拿铁 ×1 · 瑞幸咖啡" / "Latte ×1 · Luckin"). */
  titles?: { zh: string; en: string };
  /** A basket's orders, one per shop: each becomes a linked task of its own after the confirm. */
  parts?: { args: Record<string, unknown>; outcome: QuoteOutcome }[];
}

/** What the engine should do about a world event that concerns a task. */
export type EventAction =
  | { type: "capture"; amountFen?: number; notify?: Message }
  | { type: "notify"; message: Message; tracking?: Record<string, unknown> }
  | { type: "complete"; message: Message; captureFen?: number; refundedFen?: number }
  | { type: "fail"; message: Message; release: true; alternative?: true }
  | { type: "refund"; amountFen: number; message: Message; cancelled: boolean; alternative?: true }
  /** The service already gave the money back (an organiser's cancellation): record it, end the task. */
  | { type: "refunded"; refundedFen: number; message: Message }
  | { type: "ignore" };

/** A bilingual message; the engine picks the task's language (the message's that made it). */
export interface Message {
  zh: string;
  en: string;
}

/**
 * One kind of task (delivery order, tickets, ride, transfer): how to quote it, which effect follows
 * the authorization, how to cancel it, and how world events move it along.
 */
export interface TaskKindHandler {
  kind: TaskKind;
  quote(tools: ToolClient, task: TaskRow, args: Record<string, unknown>): Promise<QuoteOutcome>;
  /** The service's state-changing call after the payment is authorized; returns the service's id. */
  place(
    tools: ToolClient,
    task: TaskRow,
    intentId: string,
    idempotencyKey: string,
  ): Promise<{ orderId: string }>;
  /** When the payment is captured: right after placing, or on a later world event. */
  captureOn: "place" | "event";
  /** A task with no fulfilment (a transfer) is completed as soon as it is placed. */
  completeOnPlace?: boolean;
  /**
   * False for a task that charges the user nothing (an after-sale claim gives money back): the tap
   * on the card still confirms it, but no payment intent or mandate is made and `place` gets "".
   */
  charges?: false;
  /** Right after placing: what the service already decided (an instant approval), applied as an event's action. */
  settleOnPlace?(tools: ToolClient, task: TaskRow): Promise<EventAction>;
  /** Live details for the task's event: e-ticket codes, the driver on the map. */
  describe?(tools: ToolClient, task: TaskRow): Promise<Partial<TaskEvent>>;
  /** Event types this kind follows, matched by prefix (e.g. "order."). */
  eventPrefix?: string;
  onEvent?(event: WorldEvent, task: TaskRow): EventAction;
  /**
   * For events that need a service call before the task can be settled (refunding a cancelled
   * show's tickets): returns the action, or undefined to fall back to `onEvent`.
   */
  settleEvent?(tools: ToolClient, event: WorldEvent, task: TaskRow): Promise<EventAction | undefined>;
  /** Whether a completed task can still be cancelled through the service (issued tickets). */
  cancelWhenCompleted?: true;
  /**
   * Asks the service to cancel; returns how much must be refunded to the user, or for an uncaptured
   * hold, the cancellation fee to capture instead of releasing it all.
   */
  cancel?(
    tools: ToolClient,
    task: TaskRow,
    idempotencyKey: string,
  ): Promise<{ refundFen: number; captureFen?: number }>;
}
