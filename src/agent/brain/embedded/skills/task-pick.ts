import type { TaskKind } from "../../../events.ts";
import type { TaskBrief } from "../../types.ts";

/** Statuses in which a task is still going on. */
export const ACTIVE_STATUSES = ["awaiting_confirmation", "scheduled", "processing", "in_fulfilment"];

// Which kind of task the user means when several are going on ("my coffee", "the ride", "票").
const KIND_WORDS: readonly [kind: TaskKind, pattern: RegExp][] = [
  ["ride_hail", /车|司机|行程|ride|driver|taxi|cab|trip|car\b/iu],
  ["buy_tickets", /票|演出|演唱会|tickets?|show|concert|booking/iu],
  ["payment", /转账|转的钱|transfer|payment to/iu],
  ["order_delivery", /外卖|餐|饭|奶茶|咖啡|骑手|送|delivery|food|coffee|tea|rider|order/iu],
];

/** The kind the text points at, if it names one. */
export function kindHint(text: string): TaskKind | undefined {
  return KIND_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** The task a question or a cancel is about: the newest active one of the hinted kind, else the newest active one. */
export function latestTask(
  tasks: TaskBrief[],
  text: string,
  statuses = ACTIVE_STATUSES,
): TaskBrief | undefined {
  const hint = kindHint(text);
  const newestFirst = [...tasks].sort((a, b) => b.createdAt - a.createdAt);
  // Issued tickets are a completed task that is still going on until the show: they can be given back.
  const issued = (task: TaskBrief) =>
    statuses === ACTIVE_STATUSES && task.kind === "buy_tickets" && task.status === "completed";
  const active = newestFirst.filter((task) => statuses.includes(task.status) || issued(task));
  return (hint && active.find((task) => task.kind === hint)) ?? active[0];
}
