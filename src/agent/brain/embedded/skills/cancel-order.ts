import type { BrainDecision, TaskBrief } from "../../types.ts";
import { say } from "../say.ts";
import { nothingNamedText, ticketRefundNote } from "./cancel-words.ts";
import type { SkillContext } from "./context.ts";
import { ACTIVE_STATUSES, cancelTarget, isNamedBy, latestTask } from "./task-pick.ts";

// "cancel all my orders", "全部取消", "都不要了": every task still going on.
const ALL_ASKED =
  /\ball\b|\beverything\b|\bevery (?:order|one)\b|\bboth\b|全部|都(?:取消|不要|退)|所有|统统|两[个单]都/iu;

/**
 * "取消刚才的订单": the task the words name (by what it is: "the coffee", "车"), else the newest one
 * still going on, is handed to the engine, which applies the service's cancellation rules and refunds
 * what is due; "but keep the burger" keeps that one out; "all" calls off every one. An order already
 * delivered cannot be cancelled: that is said, with what can be done instead.
 */
export async function cancelOrder(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang } = context;
  const state = { ...context.state, lastIntent: "cancel_order", awaiting: undefined };
  const { target, keep } = cancelTarget(turn.text);
  const kept = (task: TaskBrief) => keep.some((words) => isNamedBy(task, words));
  const candidates = turn.tasks.filter((task) => !kept(task));
  const keptTitles = turn.tasks
    .filter((task) => ACTIVE_STATUSES.includes(task.status) && kept(task))
    .map((task) => titleIn(task, lang));
  const keptNote = keptTitles.length
    ? say(lang, `「${keptTitles.join("」「")}」照常进行。`, ` "${keptTitles.join('", "')}" carries on.`)
    : "";
  if (ALL_ASKED.test(target)) {
    const active = candidates
      .filter((task) => ACTIVE_STATUSES.includes(task.status) && task.status !== "processing")
      .sort((a, b) => b.createdAt - a.createdAt);
    const [first, ...rest] = active;
    if (first && rest.length > 0) {
      const titles = active.map((task) => titleIn(task, lang));
      return {
        type: "cancel_task",
        taskId: first.taskId,
        alsoCancel: rest.map((task) => task.taskId),
        text: say(
          lang,
          `好的，已全部取消：「${titles.join("」「")}」。${keptNote}`,
          `OK, cancelled all of them: "${titles.join('", "')}".${keptNote}`,
        ),
        state: { ...state, lastTaskId: undefined },
      };
    }
  }
  const task = latestTask(candidates, target || turn.text);
  if (!task) return nothingToCancel(context, state);
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
  const refund = await ticketRefundNote(context, task);
  return {
    type: "cancel_task",
    taskId: task.taskId,
    text: say(lang, `好的，已取消「${zh}」。${keptNote}`, `OK, cancelled "${en}".${keptNote}`) + refund,
    state: { ...state, ...(context.state.lastTaskId === task.taskId ? { lastTaskId: undefined } : {}) },
  };
}

const titleIn = (task: TaskBrief, lang: "zh" | "en") =>
  lang === "zh" ? (task.titleZh ?? task.title) : (task.titleEn ?? task.title);

/** Nothing going on: an order just delivered is named (it can no longer be cancelled), else plainly nothing. */
function nothingToCancel(context: SkillContext, state: Record<string, unknown>): BrainDecision {
  const { turn, lang } = context;
  const delivered = latestTask(turn.tasks, turn.text, ["completed"]);
  if (delivered && delivered.kind !== "payment")
    return {
      type: "reply",
      text: say(
        lang,
        `「${titleIn(delivered, "zh")}」已经完成，取消不了了。如果有问题（洒了、少送、送错、太慢），告诉我，我帮你申请售后退款。`,
        `"${titleIn(delivered, "en")}" is already completed, so it can't be cancelled. If something was wrong with it (spilled, missing, wrong item, late), tell me and I'll file a refund claim.`,
      ),
      state,
    };
  return {
    type: "reply",
    text: nothingNamedText(turn.text, lang),
    state,
  };
}
