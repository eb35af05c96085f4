import type { BrainDecision } from "../../types.ts";
import { say } from "../say.ts";
import type { SkillContext } from "./context.ts";
import { latestTask } from "./task-pick.ts";

/**
 * "取消刚才的订单": the newest task that is still going on is handed to the engine, which applies the
 * service's cancellation rules and refunds what is due; what was refunded shows on the task event.
 */
export async function cancelOrder(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang } = context;
  const state = { ...context.state, lastIntent: "cancel_order", awaiting: undefined };
  const task = latestTask(turn.tasks, turn.text);
  if (!task)
    return {
      type: "reply",
      text: say(lang, "现在没有进行中的订单可以取消。", "There's nothing in progress to cancel."),
      state,
    };
  const zh = task.titleZh ?? task.title;
  const en = task.titleEn ?? task.title;
  if (task.status === "processing") {
    return {
      type: "reply",
      text: say(
        lang,
        `「${zh}」正在支付下单中，稍等片刻再取消。`,
        `"${en}" is being paid for right now — try cancelling in a moment.`,
      ),
      state,
    };
  }
  return {
    type: "cancel_task",
    taskId: task.taskId,
    text: say(lang, `好的，已取消「${zh}」。`, `OK, cancelled "${en}".`),
    state: { ...state, ...(context.state.lastTaskId === task.taskId ? { lastTaskId: undefined } : {}) },
  };
}
