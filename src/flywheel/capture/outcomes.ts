import { failureOf, quoteOf } from "../../agent/engine/task-store.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { chunks } from "../chunks.ts";

/** A card still awaiting confirmation this long after it was shown counts as abandoned. */
export const ABANDON_AFTER_MS = 60 * 60_000;

/**
 * Appends, for each task touched since `since`, the status it has now (one row per task and status,
 * so running this twice adds nothing). Status changes are read from the tasks the engine persists,
 * which keeps the engine free of flywheel code; `at` is when the task reached that status.
 * Returns the newest `updated_at` seen, the caller's next `since`.
 */
export async function syncTaskOutcomes(
  context: ServiceContext,
  options: { since?: number; taskIds?: readonly string[] } = {},
): Promise<number> {
  let query = context.db
    .selectFrom("agent_tasks")
    .select([
      "id",
      "user_id",
      "session_id",
      "kind",
      "status",
      "quote",
      "paid_fen",
      "refunded_fen",
      "error",
      "updated_at",
    ]);
  if (options.taskIds) {
    if (options.taskIds.length === 0) return options.since ?? 0;
    query = query.where("id", "in", options.taskIds);
  } else if (options.since !== undefined) query = query.where("updated_at", ">=", options.since);
  const tasks = await query.execute();
  let newest = options.since ?? 0;
  if (tasks.length === 0) return newest;
  const seen = [];
  for (const chunk of chunks(tasks.map((task) => task.id)))
    seen.push(
      ...(await context.db
        .selectFrom("flywheel_task_outcomes")
        .select(["task_id", "status"])
        .where("task_id", "in", chunk)
        .execute()),
    );
  const known = new Set(seen.map((row) => `${row.task_id}:${row.status}`));
  const rows = [];
  for (const task of tasks) {
    newest = Math.max(newest, Number(task.updated_at));
    if (known.has(`${task.id}:${task.status}`)) continue;
    known.add(`${task.id}:${task.status}`);
    const quote = quoteOf(task);
    const error = failureOf(task);
    rows.push({
      id: context.ids.next("fwo"),
      task_id: task.id,
      user_id: task.user_id,
      session_id: task.session_id,
      kind: task.kind,
      status: task.status,
      quoted_fen: quote?.totalFen ?? 0,
      paid_fen: task.paid_fen,
      refunded_fen: task.refunded_fen,
      error_code: error?.code ?? null,
      at: Number(task.updated_at),
    });
  }
  for (let index = 0; index < rows.length; index += 200) {
    await context.db
      .insertInto("flywheel_task_outcomes")
      .values(rows.slice(index, index + 200))
      .onConflict((conflict) => conflict.columns(["task_id", "status"]).doNothing())
      .execute();
  }
  return newest;
}

/** Records cards left awaiting confirmation past ABANDON_AFTER_MS, once each. Returns how many. */
export async function detectAbandonedConfirmations(context: ServiceContext): Promise<number> {
  const now = context.clock.now();
  const stale = await context.db
    .selectFrom("agent_tasks")
    .select(["id", "user_id", "session_id", "kind", "updated_at"])
    .where("status", "=", "awaiting_confirmation")
    .where("updated_at", "<", now - ABANDON_AFTER_MS)
    .execute();
  if (stale.length === 0) return 0;
  const recorded = [];
  for (const chunk of chunks(stale.map((task) => task.id)))
    recorded.push(
      ...(await context.db
        .selectFrom("flywheel_signals")
        .select("task_id")
        .where("kind", "=", "abandoned_confirmation")
        .where("task_id", "in", chunk)
        .execute()),
    );
  const done = new Set(recorded.map((row) => row.task_id));
  const rows = stale
    .filter((task) => !done.has(task.id))
    .map((task) => ({
      id: context.ids.next("fws"),
      user_id: task.user_id,
      session_id: task.session_id,
      turn_id: null,
      task_id: task.id,
      kind: "abandoned_confirmation",
      detail: JSON.stringify({ kind: task.kind, shownAt: Number(task.updated_at) }),
      at: now,
    }));
  for (let index = 0; index < rows.length; index += 200)
    await context.db
      .insertInto("flywheel_signals")
      .values(rows.slice(index, index + 200))
      .execute();
  return rows.length;
}
