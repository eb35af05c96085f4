import type { ServiceContext } from "../../kernel/context.ts";

/**
 * Runs a task's state-changing step exactly once in effect. The step row and its idempotency key are
 * persisted before the call; a finished step returns its stored result; a step found "started" (the
 * process died mid-call) is called again with the same key, which the service deduplicates.
 */
export async function runStep<Result>(
  context: ServiceContext,
  taskId: string,
  step: string,
  call: (idempotencyKey: string) => Promise<Result>,
): Promise<Result> {
  const existing = await context.db
    .selectFrom("agent_task_steps")
    .selectAll()
    .where("task_id", "=", taskId)
    .where("step", "=", step)
    .executeTakeFirst();
  if (existing?.status === "done" && existing.result !== null) return JSON.parse(existing.result) as Result;
  const idempotencyKey = existing?.idempotency_key ?? `${taskId}:${step}`;
  if (!existing) {
    await context.db
      .insertInto("agent_task_steps")
      .values({
        task_id: taskId,
        step,
        idempotency_key: idempotencyKey,
        status: "started",
        result: null,
        started_at: context.clock.now(),
        finished_at: null,
      })
      .execute();
  }
  const result = await call(idempotencyKey);
  await context.db
    .updateTable("agent_task_steps")
    .set({ status: "done", result: JSON.stringify(result ?? null), finished_at: context.clock.now() })
    .where("task_id", "=", taskId)
    .where("step", "=", step)
    .execute();
  return result;
}
