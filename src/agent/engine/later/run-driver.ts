import { WORLD_TIME_ZONE } from "../../../kernel/time-zone.ts";
import type { Lang, TaskRequest } from "../../brain/types.ts";
import type { TaskQuote } from "../../events.ts";
import { formatFen } from "../../format.ts";
import type { Notifier } from "../notifier.ts";
import { quoteOf, requestOf, type TaskRow } from "../task-store.ts";
import type { RecurringOrdersOptions } from "./recurring-options.ts";
import type { RecurringPlanRow, RecurringRunRow } from "./tables.ts";
import { atLabel } from "./words.ts";

/**
 * Carries one claimed run of a recurring order to its end: its order task (id derived from the
 * occurrence), a fresh quote, the risk room's check against the open mandate, and the engine's money
 * path. Every step is safe to repeat after a crash; the run ends (and counts its spend) once.
 */
export class RunDriver {
  constructor(private readonly options: RecurringOrdersOptions) {}

  /** Drives the run as far as it can go now. */
  async drive(run: RecurringRunRow, plan: RecurringPlanRow): Promise<void> {
    const { store, guard, quote, execute } = this.options;
    let task = await store.get(run.task_id);
    if (
      plan.status === "revoked" &&
      (!task || ["needs_info", "awaiting_confirmation"].includes(task.status))
    ) {
      if (task) await store.transition(task.id, ["needs_info", "awaiting_confirmation"], "cancelled");
      await this.#finish(run, "skipped", 0);
      return;
    }
    if (!task) task = await this.#createTask(plan, run);
    const request: TaskRequest = {
      kind: "order_delivery",
      title: title(plan, langOf(plan)),
      args: JSON.parse(plan.order_args) as Record<string, unknown>,
      lang: langOf(plan),
    };
    if (task.status === "needs_info") task = await quote(task, request);
    if (task.status === "awaiting_confirmation" && task.quote) {
      const verdict = guard?.authorizeRun
        ? await guard.authorizeRun(task, quoteOf(task) as TaskQuote, plan.open_mandate_id, plan.spent_fen)
        : { ok: false as const, refusal: { code: "no_guard", zh: "没有风控检查", en: "no risk checks" } };
      if (!verdict.ok) {
        await this.#finish(run, "asked", 0);
        await tell(
          this.options.notifier,
          plan,
          `「${title(plan, "zh")}」这次（${atLabel(run.occurrence_at, "zh", planZone(plan))}）没有付款：${verdict.refusal.zh}。要的话请在卡片上确认。`,
          `I didn't pay the ${atLabel(run.occurrence_at, "en", planZone(plan))} run of "${title(plan, "en")}": ${verdict.refusal.en}. Confirm the card if you still want it.`,
          task.id,
        );
        this.options.notifier.push(plan.user_id, await this.options.eventFor(task));
        return;
      }
      if (
        await store.transition(task.id, ["awaiting_confirmation"], "processing", {
          mandate_id: verdict.mandateId,
        })
      )
        task = await execute(task.id, verdict.token);
      else task = (await store.get(task.id)) as TaskRow;
    }
    if (task.status === "processing") task = await execute(task.id, undefined);
    if (["in_fulfilment", "completed"].includes(task.status)) {
      const amount = requestOf(task).amountFen ?? 0;
      if (await this.#finish(run, "paid", amount))
        await tell(
          this.options.notifier,
          plan,
          `已按定期订单下单：${title(plan, "zh")}，${formatFen(amount)}（${atLabel(run.occurrence_at, "zh", planZone(plan))}）。`,
          `Placed your recurring order: ${title(plan, "en")}, ${formatFen(amount)} (${atLabel(run.occurrence_at, "en", planZone(plan))}).`,
          task.id,
        );
    } else if (["failed", "cancelled"].includes(task.status)) {
      await this.#finish(run, "failed", 0);
      await tell(
        this.options.notifier,
        plan,
        `「${title(plan, "zh")}」这次（${atLabel(run.occurrence_at, "zh", planZone(plan))}）没能下单，没有扣款。`,
        `The ${atLabel(run.occurrence_at, "en", planZone(plan))} run of "${title(plan, "en")}" could not be placed; nothing was charged.`,
        task.id,
      );
    }
  }

  async #createTask(plan: RecurringPlanRow, run: RecurringRunRow): Promise<TaskRow> {
    const { store } = this.options;
    const lang = langOf(plan);
    try {
      return await store.create({
        id: run.task_id,
        userId: plan.user_id,
        sessionId: plan.session_id,
        kind: "order_delivery",
        title: title(plan, lang),
        request: {
          kind: "order_delivery",
          title: title(plan, lang),
          args: JSON.parse(plan.order_args),
          lang,
        },
        parentTaskId: plan.id,
      });
    } catch (error) {
      // Another worker created it first: the derived id makes it the same task.
      const existing = await store.get(run.task_id);
      if (existing) return existing;
      throw error;
    }
  }

  /** Ends a claimed run once; a paid run adds to the plan's spend in the same transaction. */
  async #finish(run: RecurringRunRow, status: string, amountFen: number): Promise<boolean> {
    const { context } = this.options;
    const now = context.clock.now();
    return context.db.transaction().execute(async (transaction) => {
      const ended = await transaction
        .updateTable("agent_recurring_runs")
        .set({ status, amount_fen: amountFen, finished_at: now })
        .where("id", "=", run.id)
        .where("status", "=", "claimed")
        .executeTakeFirst();
      if (Number(ended.numUpdatedRows) !== 1) return false;
      if (amountFen > 0)
        await transaction
          .updateTable("agent_recurring_orders")
          .set((eb) => ({ spent_fen: eb("spent_fen", "+", amountFen), updated_at: now }))
          .where("id", "=", run.plan_id)
          .execute();
      return true;
    });
  }
}

/** Tells the plan's owner, in the plan's language. */
export async function tell(
  notifier: Notifier,
  plan: RecurringPlanRow,
  zh: string,
  en: string,
  taskId?: string,
): Promise<void> {
  await notifier.notify(plan.user_id, langOf(plan) === "en" ? en : zh, taskId);
}

/** The run's id, and its order task's: one per plan and occurrence, the same on every retry. */
export function runId(planId: string, occurrenceAt: number): string {
  return `${planId}_${occurrenceAt.toString(36)}`;
}

/** The language the plan was asked in. */
export function langOf(plan: RecurringPlanRow): Lang {
  return plan.lang === "en" ? "en" : "zh";
}

/** The zone the plan's rule and times are in. */
export function planZone(plan: Pick<RecurringPlanRow, "time_zone">): string {
  return plan.time_zone ?? WORLD_TIME_ZONE;
}

/** The order's title in a language (without the rule: "拿铁 ×1 · 瑞幸咖啡"). */
export function title(plan: Pick<RecurringPlanRow, "order_title">, lang: Lang): string {
  const titles = JSON.parse(plan.order_title) as { zh: string; en: string };
  return titles[lang];
}
