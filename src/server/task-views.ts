import { taskEvent } from "../agent/engine/task-store.ts";
import type { Agent } from "../agent/runtime.ts";

/** One task as the API shows it: its event plus the model tokens spent on it. */
export async function taskView(agent: Agent, userId: string, taskId: string) {
  const task = await agent.engine.store.getOwned(userId, taskId);
  return { ...(await agent.engine.eventFor(task)), tokens: await agent.taskTokens.get(task.id) };
}

/** The user's tasks, newest first, as the API shows them. */
export async function taskViews(agent: Agent, userId: string) {
  const tasks = await agent.engine.store.listForUser(userId);
  const tokens = await agent.taskTokens.getMany(tasks.map((task) => task.id));
  return Promise.all(
    tasks.map(async (task) => ({ ...(await agent.engine.eventFor(task)), tokens: tokens.get(task.id) })),
  );
}

/** The user's orders (tasks that placed one), newest first. */
export async function orderViews(agent: Agent, userId: string) {
  const tasks = await agent.engine.store.listForUser(userId, 100);
  return tasks
    .filter((task) => task.order_id)
    .map((task) => {
      const event = taskEvent(task);
      return {
        orderId: task.order_id,
        taskId: task.id,
        kind: task.kind,
        title: task.title,
        merchant: event.quote?.merchant ?? "",
        ...(event.quote?.merchantEn ? { merchantEn: event.quote.merchantEn } : {}),
        lines: event.quote?.lines ?? [],
        totalFen: event.quote?.totalFen ?? 0,
        paidFen: task.paid_fen,
        refundedFen: task.refunded_fen,
        status: task.status,
        createdAt: task.created_at,
      };
    });
}
