import { DimpleError } from "../../../kernel/errors.ts";
import { WORLD_TIME_ZONE } from "../../../kernel/time-zone.ts";
import type { TaskQuote } from "../../events.ts";
import { recurringArgs } from "../handlers/recurring-order.ts";
import { quotedRequestOf, type TaskRow, taskTitles } from "../task-store.ts";
import { nextOccurrence } from "./recurrence.ts";
import type { RecurringOrdersOptions } from "./recurring-options.ts";
import { planZone, RunDriver, runId, tell, title } from "./run-driver.ts";
import type { RecurringPlanRow, RecurringRunRow } from "./tables.ts";
import { atLabel } from "./words.ts";

export type { RecurringPlanRow, RecurringRunRow } from "./tables.ts";
export { planZone, title };

/** How long before a run the user is told it is coming, with a way to skip it. */
export const HEADS_UP_MS = 30 * 60_000;

/** A run this late (the process was down over its time) is skipped and the user told, not run. */
export const LATE_RUN_MS = 2 * 3_600_000;

/**
 * Recurring orders under open mandates. The card is confirmed once (an open mandate over its rule,
 * item, address and caps); then every occurrence is claimed (a unique row per plan and time), quoted
 * afresh, checked against the mandate by the risk room, and paid as an order whose task id is
 * derived from the occurrence, so neither a racing worker nor a crash-restart pays one twice.
 */
export class RecurringOrders {
  readonly #driver: RunDriver;

  constructor(private readonly options: RecurringOrdersOptions) {
    this.#driver = new RunDriver(options);
  }

  /** The trusted confirm of a recurring order's card: signs the open mandate and starts the plan. */
  async activate(task: TaskRow, quote: TaskQuote, pin: { pin?: string }): Promise<TaskRow> {
    const { context, store, guard } = this.options;
    if (!guard?.authorizeOpen)
      throw new DimpleError("unsupported_task", "recurring orders need the risk room's open mandates", {
        field: "kind",
      });
    const request = quotedRequestOf(task);
    const args = recurringArgs(request.args);
    const perRunCapFen = quote.recurrence?.perRunCapFen ?? args.perRunCapFen;
    if (!perRunCapFen) throw new DimpleError("invalid_argument", "no cap per run", { field: "perRunCapFen" });
    const mandate = await guard.authorizeOpen(
      task,
      quote,
      pin,
      {
        rule: args.rule,
        ...(args.timeZone ? { timeZone: args.timeZone } : {}),
        payee: request.payee,
        merchantId: args.order.merchantId,
        lines: args.order.lines.map(({ skuId, qty }) => ({ skuId, qty })),
        addressId: args.order.addressId,
        perRunCapFen,
        ...(args.totalCapFen ? { totalCapFen: args.totalCapFen } : {}),
      },
      args.expiresAt,
    );
    const won = await store.transition(task.id, ["awaiting_confirmation"], "scheduled", {
      mandate_id: mandate.mandateId,
    });
    if (!won) return (await store.get(task.id)) as TaskRow;
    const now = context.clock.now();
    const zone = args.timeZone ?? WORLD_TIME_ZONE;
    const first = nextOccurrence(args.rule, task.created_at, now, zone);
    const titles = taskTitles(task);
    const order = (request as { titles?: { zh: string; en: string } }).titles;
    await context.db
      .insertInto("agent_recurring_orders")
      .values({
        id: task.id,
        user_id: task.user_id,
        session_id: task.session_id,
        rule: args.rule,
        rule_text: JSON.stringify(args.ruleText),
        order_args: JSON.stringify(args.order),
        order_title: JSON.stringify(order ? stripRule(order, args.ruleText) : titles),
        lang: request.lang ?? "zh",
        open_mandate_id: mandate.mandateId,
        status: first !== undefined && first <= args.expiresAt ? "active" : "ended",
        next_run_at: first ?? null,
        spent_fen: 0,
        heads_up_at: null,
        expires_at: args.expiresAt,
        created_at: now,
        updated_at: now,
        time_zone: args.timeZone ?? null,
      })
      .execute();
    const scheduled = (await store.get(task.id)) as TaskRow;
    this.options.notifier.push(task.user_id, await this.options.eventFor(scheduled));
    return scheduled;
  }

  /** A user's plans that can still run (active or paused), oldest first. */
  async plans(userId: string): Promise<RecurringPlanRow[]> {
    return this.options.context.db
      .selectFrom("agent_recurring_orders")
      .selectAll()
      .where("user_id", "=", userId)
      .where("status", "in", ["active", "paused"])
      .orderBy("created_at")
      .orderBy("id")
      .execute();
  }

  /** Pauses or resumes a plan; false when it is not in a state that allows it. */
  async setPaused(userId: string, planId: string, paused: boolean): Promise<boolean> {
    const { context } = this.options;
    const plan = await this.#plan(planId);
    if (!plan || plan.user_id !== userId) return false;
    const now = context.clock.now();
    // Resumed: the next run is the next one from now, never the ones missed while paused.
    const next = paused
      ? plan.next_run_at
      : (nextOccurrence(plan.rule, plan.created_at, now, planZone(plan)) ?? null);
    const result = await context.db
      .updateTable("agent_recurring_orders")
      .set({ status: paused ? "paused" : "active", next_run_at: next, updated_at: now })
      .where("id", "=", planId)
      .where("status", "=", paused ? "active" : "paused")
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Revokes a plan and its open mandate: no run starts after this. */
  async revoke(userId: string, planId: string): Promise<boolean> {
    const { context, store } = this.options;
    const result = await context.db
      .updateTable("agent_recurring_orders")
      .set({ status: "revoked", updated_at: context.clock.now() })
      .where("id", "=", planId)
      .where("user_id", "=", userId)
      .where("status", "in", ["active", "paused"])
      .executeTakeFirst();
    await this.options.guard?.revokeOpen?.(userId, planId);
    await store.transition(planId, ["scheduled"], "cancelled");
    return Number(result.numUpdatedRows) === 1;
  }

  /** When the next run is due: an unfinished claimed run at once, else the earliest active plan's. */
  async nextDueAt(): Promise<number | undefined> {
    const { db } = this.options.context;
    const unfinished = await db
      .selectFrom("agent_recurring_runs")
      .select((eb) => eb.fn.min("occurrence_at").as("next"))
      .where("status", "=", "claimed")
      .executeTakeFirst();
    const plan = await db
      .selectFrom("agent_recurring_orders")
      .select((eb) => eb.fn.min("next_run_at").as("next"))
      .where("status", "=", "active")
      .executeTakeFirst();
    const announce = await db
      .selectFrom("agent_recurring_orders")
      .select((eb) => eb.fn.min("next_run_at").as("next"))
      .where("status", "=", "active")
      .where((eb) => eb.or([eb("heads_up_at", "is", null), eb("heads_up_at", "!=", eb.ref("next_run_at"))]))
      .executeTakeFirst();
    const headsUp =
      announce?.next === null || announce?.next === undefined
        ? undefined
        : Number(announce.next) - HEADS_UP_MS;
    const times = [unfinished?.next, plan?.next, headsUp].filter(
      (value): value is number => value !== null && value !== undefined,
    );
    return times.length ? Math.min(...times.map(Number)) : undefined;
  }

  /**
   * Runs what is due at `now`: first any run claimed but not finished (a crash between claim and
   * charge), then every due occurrence, earliest first. Returns how many runs it drove.
   */
  async runDue(now: number): Promise<number> {
    const { db } = this.options.context;
    let driven = 0;
    const unfinished = await db
      .selectFrom("agent_recurring_runs")
      .selectAll()
      .where("status", "=", "claimed")
      .orderBy("occurrence_at")
      .execute();
    for (const run of unfinished) {
      await this.#driver.drive(run, (await this.#plan(run.plan_id)) as RecurringPlanRow);
      driven++;
    }
    await this.#headsUp(now);
    for (;;) {
      const plan = await db
        .selectFrom("agent_recurring_orders")
        .selectAll()
        .where("status", "=", "active")
        .where("next_run_at", "<=", now)
        .orderBy("next_run_at")
        .orderBy("id")
        .executeTakeFirst();
      if (!plan) return driven;
      const run = await this.claim(plan, now);
      if (run) {
        await this.#driver.drive(run, plan);
        driven++;
      }
    }
  }

  /** Tells the user of every run coming within HEADS_UP_MS, once per run, with a way to skip it. */
  async #headsUp(now: number): Promise<void> {
    const { db } = this.options.context;
    const coming = await db
      .selectFrom("agent_recurring_orders")
      .selectAll()
      .where("status", "=", "active")
      .where("next_run_at", "<=", now + HEADS_UP_MS)
      .where("next_run_at", ">", now)
      .where((eb) => eb.or([eb("heads_up_at", "is", null), eb("heads_up_at", "!=", eb.ref("next_run_at"))]))
      .orderBy("next_run_at")
      .execute();
    for (const plan of coming) {
      const told = await db
        .updateTable("agent_recurring_orders")
        .set({ heads_up_at: plan.next_run_at })
        .where("id", "=", plan.id)
        .where("next_run_at", "=", plan.next_run_at)
        .where((eb) => eb.or([eb("heads_up_at", "is", null), eb("heads_up_at", "!=", eb.ref("next_run_at"))]))
        .executeTakeFirst();
      if (Number(told.numUpdatedRows) !== 1 || plan.next_run_at === null) continue;
      await tell(
        this.options.notifier,
        plan,
        `${atLabel(plan.next_run_at, "zh", planZone(plan))} 将按定期订单下单：${title(plan, "zh")}。这次不要的话，说「跳过这次」。`,
        `At ${atLabel(plan.next_run_at, "en", planZone(plan))} I'll place your recurring order: ${title(plan, "en")}. Say "skip this one" to skip it.`,
      );
    }
  }

  /** Skips the plan's next run (the user said so); returns its time, or undefined when none is left. */
  async skipNext(
    userId: string,
    planId: string,
  ): Promise<{ skipped: number; next: number | null } | undefined> {
    const plan = await this.#plan(planId);
    if (!plan || plan.user_id !== userId || plan.status !== "active") return undefined;
    const run = await this.claim(plan, this.options.context.clock.now(), "skip");
    if (!run) return undefined;
    const after = await this.#plan(planId);
    return { skipped: run.occurrence_at, next: after?.next_run_at ?? null };
  }

  /**
   * Claims the plan's next occurrence: its run row and the plan's next time are written in one
   * transaction, and the unique (plan, occurrence) lets only one claimer win. Returns the run to
   * drive, or undefined when someone else claimed it or it is too late to run.
   */
  async claim(plan: RecurringPlanRow, now: number, skip?: "skip"): Promise<RecurringRunRow | undefined> {
    const { context } = this.options;
    const occurrence = plan.next_run_at;
    if (occurrence === null) return undefined;
    const following = nextOccurrence(plan.rule, plan.created_at, occurrence, planZone(plan));
    const ends = following === undefined || following > plan.expires_at;
    const late = now - occurrence > LATE_RUN_MS || skip === "skip";
    const run: RecurringRunRow = {
      id: runId(plan.id, occurrence),
      plan_id: plan.id,
      occurrence_at: occurrence,
      task_id: runId(plan.id, occurrence),
      status: late ? "skipped" : "claimed",
      amount_fen: 0,
      claimed_at: now,
      finished_at: late ? now : null,
    };
    const claimed = await context.db
      .transaction()
      .execute(async (transaction) => {
        const moved = await transaction
          .updateTable("agent_recurring_orders")
          .set({
            next_run_at: ends ? null : following,
            status: ends ? "ended" : "active",
            updated_at: now,
          })
          .where("id", "=", plan.id)
          .where("next_run_at", "=", occurrence)
          .where("status", "=", "active")
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== 1) return false;
        await transaction.insertInto("agent_recurring_runs").values(run).execute();
        return true;
      })
      .catch(() => false);
    if (!claimed) return undefined;
    if (ends) await this.options.store.transition(plan.id, ["scheduled"], "completed");
    if (skip) return run;
    if (late) {
      await tell(
        this.options.notifier,
        plan,
        `「${title(plan, "zh")}」${atLabel(occurrence, "zh", planZone(plan))} 那次错过了（当时系统未运行），已跳过，没有扣款。`,
        `Skipped the ${atLabel(occurrence, "en", planZone(plan))} run of "${title(plan, "en")}" (the system was down then); nothing was charged.`,
      );
      return undefined;
    }
    return run;
  }

  /** A plan's runs, newest first (its history). */
  async runs(planId: string, limit = 20): Promise<RecurringRunRow[]> {
    return this.options.context.db
      .selectFrom("agent_recurring_runs")
      .selectAll()
      .where("plan_id", "=", planId)
      .orderBy("occurrence_at", "desc")
      .limit(limit)
      .execute();
  }

  async #plan(planId: string): Promise<RecurringPlanRow | undefined> {
    return this.options.context.db
      .selectFrom("agent_recurring_orders")
      .selectAll()
      .where("id", "=", planId)
      .executeTakeFirst();
  }
}

/** The order's own title from the card's ("每个工作日 09:00 · 拿铁 ×1 · 瑞幸" → "拿铁 ×1 · 瑞幸"). */
function stripRule(
  titles: { zh: string; en: string },
  rule: { zh: string; en: string },
): { zh: string; en: string } {
  return {
    zh: titles.zh.replace(`${rule.zh} · `, ""),
    en: titles.en.replace(`${rule.en} · `, ""),
  };
}
