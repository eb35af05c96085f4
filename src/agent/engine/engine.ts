import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import type { TaskRequest } from "../brain/types.ts";
import type { TaskEvent, TaskQuote, TaskStatus } from "../events.ts";
import type { ToolClient } from "../tools/client.ts";
import { Baskets } from "./basket.ts";
import { Cancellation } from "./cancellation.ts";
import type { ConfirmGuard, MissedEventFinder } from "./confirm-guard.ts";
import { Execution } from "./execution.ts";
import type { TaskKindHandler } from "./handler.ts";
import { RecurringOrders } from "./later/recurring-orders.ts";
import { type MoneyAudit, MoneyPath } from "./money-path.ts";
import type { Notifier } from "./notifier.ts";
import { Quoting } from "./quoting.ts";
import { Reactions } from "./reactions.ts";
import { moveBooking, ScheduledTasks } from "./schedule.ts";
import { Settlement } from "./settlement.ts";
import { ShowRides } from "./show-rides.ts";
import { TaskQueue } from "./task-queue.ts";
import { quoteOf, requestOf, type TaskRow, TaskStore, taskEvent, taskLang } from "./task-store.ts";

export type { ConfirmGuard, MissedEventFinder } from "./confirm-guard.ts";

export interface EngineOptions {
  context: ServiceContext;
  tools: ToolClient;
  handlers: TaskKindHandler[];
  notifier: Notifier;
  guard?: ConfirmGuard;
  /** Where the money the engine moves is recorded (the risk room's hash-chained audit log). */
  audit?: MoneyAudit;
  /** Used by `resume` to catch up on fulfilment (see agent/risk/reconcile.ts). */
  missedEvent?: MissedEventFinder;
  /** The language to speak to a user in when a task did not record its own (from their session). */
  langOf?: (task: TaskRow) => Promise<"zh" | "en">;
}

const ACTIVE: TaskStatus[] = [
  "needs_info",
  "awaiting_confirmation",
  "scheduled",
  "processing",
  "in_fulfilment",
];

/**
 * Runs durable tasks: quote → awaiting_confirmation → (trusted confirm) → processing (authorize,
 * place) → in_fulfilment (follow world events, capture) → completed | cancelled | failed. Every
 * state-changing call is a persisted step with an idempotency key, so retries and restarts never
 * charge or order twice.
 */
export class TaskEngine {
  readonly store: TaskStore;
  readonly #handlers: Map<string, TaskKindHandler>;
  readonly #money: MoneyPath;
  readonly #settlement: Settlement;
  readonly #queue = new TaskQueue();
  readonly #scheduled: ScheduledTasks;
  /** Recurring orders under open mandates: each run an order task of its own (`later/`). */
  readonly recurring: RecurringOrders;
  /** Baskets across shops: one card, then one linked order per shop (`basket.ts`). */
  readonly #baskets: Baskets;
  /** Authorize, place, capture (`execution.ts`). */
  readonly #execution: Execution;
  /** Following fulfilment: world events, missed events after a restart, alternatives (`reactions.ts`). */
  readonly #reactions: Reactions;
  /** Request → checked card with its cart hash and risk (`quoting.ts`). */
  readonly #quoting: Quoting;
  /** The user's cancel, free or under the service's rules (`cancellation.ts`). */
  readonly #cancellation: Cancellation;
  /** After a task moved: a ride lined up for a show goes only with its tickets (`show-rides.ts`). */
  readonly #followTickets: (task: Pick<TaskRow, "id" | "kind">) => Promise<void>;

  constructor(private readonly options: EngineOptions) {
    this.store = new TaskStore(options.context);
    this.#money = new MoneyPath(options.context, options.tools, options.audit);
    this.#settlement = new Settlement({
      context: options.context,
      tools: options.tools,
      store: this.store,
      money: this.#money,
      notifier: options.notifier,
      langOf: (task) => this.#langOf(task),
      eventFor: (task) => this.eventFor(task),
    });
    this.#handlers = new Map(options.handlers.map((handler) => [handler.kind, handler]));
    this.#quoting = new Quoting({
      context: options.context,
      tools: options.tools,
      store: this.store,
      notifier: options.notifier,
      guard: options.guard,
      handler: (kind) => this.#handler(kind),
      eventFor: (task) => this.eventFor(task),
    });
    const showRides = new ShowRides({
      store: this.store,
      notifier: options.notifier,
      langOf: (task) => this.#langOf(task),
      exclusive: (taskId, work) => this.#exclusive(taskId, work),
      eventFor: (task) => this.eventFor(task),
    });
    this.#followTickets = (task) => showRides.follow(task);
    this.#scheduled = new ScheduledTasks({
      showRides,
      store: this.store,
      tools: options.tools,
      notifier: options.notifier,
      langOf: options.langOf,
      handler: (kind) => this.#handler(kind),
      exclusive: (taskId, work) => this.#exclusive(taskId, work),
      requote: (task, request) => this.#quote(task, request),
      execute: (taskId) => this.#execute(taskId, undefined),
      eventFor: (task) => this.eventFor(task),
    });
    this.recurring = new RecurringOrders({
      context: options.context,
      store: this.store,
      notifier: options.notifier,
      guard: options.guard,
      quote: (task, request) => this.#quote(task, request),
      execute: (taskId, token) => this.#exclusive(taskId, () => this.#execute(taskId, token)),
      eventFor: (task) => this.eventFor(task),
    });
    this.#baskets = new Baskets({
      context: options.context,
      store: this.store,
      notifier: options.notifier,
      ...(options.guard ? { guard: options.guard } : {}),
      exclusive: (taskId, work) => this.#exclusive(taskId, work),
      execute: (taskId, token) => this.#execute(taskId, token),
      cancel: (userId, taskId) => this.cancel(userId, taskId),
      eventFor: (task) => this.eventFor(task),
    });
    this.#execution = new Execution({
      context: options.context,
      tools: options.tools,
      store: this.store,
      money: this.#money,
      settlement: this.#settlement,
      notifier: options.notifier,
      guard: options.guard,
      handler: (kind) => this.#handler(kind),
      runBasket: (taskId) => this.#baskets.run(taskId),
      eventFor: (task) => this.eventFor(task),
    });
    this.#cancellation = new Cancellation({
      store: this.store,
      settlement: this.#settlement,
      notifier: options.notifier,
      recurring: this.recurring,
      baskets: this.#baskets,
      handler: (kind) => this.#handler(kind),
      exclusive: (taskId, work) => this.#exclusive(taskId, work),
      eventFor: (task) => this.eventFor(task),
      follow: this.#followTickets,
    });
    this.#reactions = new Reactions({
      follow: this.#followTickets,
      context: options.context,
      tools: options.tools,
      store: this.store,
      settlement: this.#settlement,
      notifier: options.notifier,
      queue: this.#queue,
      handlers: this.#handlers,
      missedEvent: options.missedEvent,
      langOf: (task) => this.#langOf(task),
      start: (userId, sessionId, request, parentTaskId) =>
        this.start(userId, sessionId, request, parentTaskId),
      syncBasket: (basketId) => this.#baskets.sync(basketId),
      push: async (task) => options.notifier.push(task.user_id, await this.eventFor(task)),
    });
    options.context.bus.subscribe("*", (event) => this.#reactions.onWorldEvent(event));
  }

  /** A task speaks the language of the message that made it; older tasks their session's. */
  async #langOf(task: TaskRow): Promise<"zh" | "en"> {
    return taskLang(task) ?? (await this.options.langOf?.(task)) ?? "zh";
  }

  #handler(kind: string): TaskKindHandler {
    const handler = this.#handlers.get(kind);
    if (!handler)
      throw new DimpleError("unsupported_task", `tasks of kind ${kind} are not supported`, { field: "kind" });
    return handler;
  }

  /** Serialises work on one task, so a world event and a user's tap never interleave. */
  #exclusive<T>(taskId: string, work: () => Promise<T>): Promise<T> {
    return this.#queue.run(taskId, work);
  }

  /** Creates a task from a brain's request and quotes it; the task then awaits the user's confirmation. */
  async start(
    userId: string,
    sessionId: string,
    request: TaskRequest,
    parentTaskId?: string,
  ): Promise<TaskRow> {
    const task = await this.store.create({
      userId,
      sessionId,
      kind: request.kind,
      title: request.title,
      request,
      ...(parentTaskId ? { parentTaskId } : {}),
      ...(request.scheduledFor !== undefined
        ? { scheduledFor: request.scheduledFor - (request.startLeadMs ?? 0) }
        : {}),
    });
    return this.#quote(task, request);
  }

  /** The card for a request, checked against what the user asked for (`quoting.ts`). */
  #quote(task: TaskRow, request: TaskRequest): Promise<TaskRow> {
    return this.#quoting.quote(task, request);
  }

  /**
   * The trusted-surface action: the user confirmed the card showing `cartHashFromCard`. Exactly one of
   * any number of concurrent confirms moves the task on; the others see its current state.
   */
  async confirm(
    userId: string,
    taskId: string,
    cartHashFromCard: string,
    options: { pin?: string } = {},
  ): Promise<TaskRow> {
    const task = await this.store.getOwned(userId, taskId);
    if (task.status !== "awaiting_confirmation") {
      // A repeated confirm of the card that was confirmed is answered with the task; any other card is
      // not what the user agreed to.
      const confirmed = ["processing", "in_fulfilment", "completed"].includes(task.status);
      if (confirmed && cartHashFromCard === task.cart_hash) return task;
      if (confirmed) throw cartHashMismatch();
      throw new DimpleError("invalid_state", `task ${taskId} is ${task.status} and cannot be confirmed`, {
        status: 409,
        field: "taskId",
      });
    }
    if (!task.cart_hash || cartHashFromCard !== task.cart_hash) throw cartHashMismatch();
    // A task with a cart hash was quoted: the hash and the card are stored together.
    const quote = quoteOf(task) ?? ({} as TaskQuote);
    if (quote.expiresAt !== undefined && quote.expiresAt < this.options.context.clock.now()) {
      await this.#quote(task, requestOf(task));
      throw new DimpleError("quote_expired", "the quote expired; a fresh quote needs a new confirmation", {
        status: 409,
        field: "cartHash",
      });
    }
    let mandate: { mandateId: string; token: string } | undefined;
    try {
      // A recurring order's card signs an open mandate and pays nothing now.
      if (task.kind === "recurring_order") return await this.recurring.activate(task, quote, options);
      // A basket across shops: one approval, then an order (with its own payment) per shop.
      if (task.kind === "order_basket") return await this.#baskets.confirm(task, quote, options);
      // Nothing is charged on a claim's card: the tap files it, with no mandate to make.
      if (this.#handler(task.kind).charges !== false)
        mandate = await this.options.guard?.authorize(task, quote, options);
    } catch (error) {
      // A step-up or a block is explained on the card itself, not only in the error.
      const risk = error instanceof DimpleError ? error.details?.risk : undefined;
      if (risk && typeof risk === "object") {
        const { decision, reasons } = risk as NonNullable<TaskQuote["risk"]>;
        await this.#quoting.showRisk(taskId, async () => ({ decision, reasons }));
      }
      throw error;
    }
    const later = task.scheduled_for !== null && task.scheduled_for > this.options.context.clock.now();
    const won = await this.store.transition(
      taskId,
      ["awaiting_confirmation"],
      later ? "scheduled" : "processing",
      mandate ? { mandate_id: mandate.mandateId } : {},
    );
    if (!won) return (await this.store.get(taskId)) as TaskRow;
    if (later) {
      // Confirmed for later: nothing is authorized until it starts (`runDue`); free to cancel till then.
      const scheduled = (await this.store.get(taskId)) as TaskRow;
      this.options.notifier.push(scheduled.user_id, await this.eventFor(scheduled));
      return scheduled;
    }
    const done = await this.#exclusive(taskId, () => this.#execute(taskId, mandate?.token));
    await this.#followTickets(task);
    return done;
  }

  /**
   * Adds a photo to a claim's card before it is confirmed (after-sale only): the claim is quoted
   * again with it, so the card, its cart hash and what the tap files all include the photo.
   */
  async attachEvidence(
    userId: string,
    taskId: string,
    photo: { contentType: string; dataBase64: string },
  ): Promise<TaskRow> {
    const task = await this.store.getOwned(userId, taskId);
    if (task.kind !== "after_sale" || task.status !== "awaiting_confirmation")
      throw new DimpleError("invalid_state", `task ${taskId} takes no photo now`, {
        status: 409,
        field: "taskId",
      });
    return this.#exclusive(taskId, async () => {
      const request = requestOf(task);
      const withPhoto: TaskRequest = { ...request, args: { ...request.args, photo } };
      const quoted = await this.#quote(task, withPhoto);
      this.options.notifier.push(quoted.user_id, await this.eventFor(quoted));
      return quoted;
    });
  }

  /** Authorize, place, maybe capture; on failure release and fail the task. Safe to re-run (resume). */
  #execute(taskId: string, confirmedMandate: string | undefined): Promise<TaskRow> {
    return this.#execution.run(taskId, confirmedMandate);
  }

  /** The user's cancel: free before payment; after it, the service's rules decide (`cancellation.ts`). */
  cancel(userId: string, taskId: string): Promise<TaskRow> {
    return this.#cancellation.cancel(userId, taskId);
  }

  /**
   * Moves a booking that has not started to another time, free of charge: a fresh card for the new
   * time (priced for it) takes its place, and the old booking is cancelled (nothing was held yet).
   */
  move(
    userId: string,
    taskId: string,
    atMs: number,
    whenText: string,
  ): Promise<{ old: TaskRow; fresh: TaskRow }> {
    return moveBooking(this, this.options.context.clock.now(), { userId, taskId, atMs, whenText });
  }

  /** Resolves when no task work is queued (tests and scripted runs wait for reactions to settle). */
  async idle(): Promise<void> {
    await this.#queue.idle();
  }

  /**
   * After a restart: re-runs tasks that stopped mid-payment (their steps replay idempotently, with
   * the mandate they were confirmed with), then lets tasks in fulfilment catch up on what the
   * services did meanwhile, trusting the services' records over the task rows.
   */
  async resume(options: { stuckForMs?: number } = {}): Promise<number> {
    // With several processes, a task another process is paying for right now is `processing` too:
    // only tasks that have not moved for `stuckForMs` are taken as stopped.
    const cutoff = this.options.context.clock.now() - (options.stuckForMs ?? 0);
    const stuck = (await this.store.listByStatus(["processing"])).filter(
      (task) => options.stuckForMs === undefined || task.updated_at <= cutoff,
    );
    for (const task of stuck) await this.#exclusive(task.id, () => this.#execute(task.id, undefined));
    await this.reconcile();
    await this.runDue(this.options.context.clock.now());
    await this.recurring.runDue(this.options.context.clock.now());
    return stuck.length;
  }

  /** Starts every scheduled task whose time has come (see `schedule.ts`); returns how many. */
  runDue(now: number): Promise<number> {
    return this.#scheduled.runDue(now);
  }

  /** Starts one scheduled task if it is due and not started yet (one job of a worker); whether it did. */
  runScheduled(taskId: string, now: number): Promise<boolean> {
    return this.#scheduled.runOne(taskId, now);
  }

  /** Applies, for every task in fulfilment, the world event it missed (see `reactions.ts`). */
  reconcile(): Promise<number> {
    return this.#reactions.reconcile();
  }

  /** Active tasks of a user (for the brain's context and the summary). */
  async active(userId: string): Promise<TaskRow[]> {
    return (await this.store.listForUser(userId)).filter((task) =>
      ACTIVE.includes(task.status as TaskStatus),
    );
  }

  /** The contract's task event, with the handler's live details (e-ticket codes, tracking). */
  async eventFor(task: TaskRow): Promise<TaskEvent> {
    const handler = this.#handlers.get(task.kind);
    const extra = handler?.describe ? await handler.describe(this.options.tools, task).catch(() => ({})) : {};
    if (task.kind === "order_basket" && !["needs_info", "awaiting_confirmation"].includes(task.status))
      return taskEvent(task, { ...extra, orders: await this.#baskets.ordersOf(task.id) });
    return taskEvent(task, extra);
  }
}

const cartHashMismatch = () =>
  new DimpleError("cart_hash_mismatch", "the confirmed card does not match the current quote", {
    status: 409,
    field: "cartHash",
  });
