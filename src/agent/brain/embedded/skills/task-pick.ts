import type { TaskKind } from "../../../events.ts";
import type { TaskBrief } from "../../types.ts";
import { topicOf } from "./spending.ts";

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
  return namedTask(active, text) ?? (hint && active.find((task) => task.kind === hint)) ?? active[0];
}

const TITLE_STOP =
  /^(?:cancel|the|my|order|orders|but|keep|please|pls|just|want|don't|dont|all|not|and|that|this|one|where|when|how|long|till|until|get|gets|here|arrive|still|coming|status|it's|its|is|are|was|for|any|more|anymore)$/iu;

/** Whether a task's title (in either language) is what the words name ("the coffee", "汉堡"). */
function titleNamed(task: TaskBrief, text: string): boolean {
  const titles = `${task.titleZh ?? ""} ${task.titleEn ?? ""} ${task.title}`;
  const topic = topicOf(text);
  if (topic && topic.words.source !== "×") return topic.words.test(titles);
  const words = (text.toLowerCase().match(/[a-z]{3,}/gu) ?? [])
    .filter((word) => !TITLE_STOP.test(word))
    .map((word) => word.replace(/(?<=[a-z]{3})s$/u, ""));
  if (words.some((word) => titles.toLowerCase().includes(word))) return true;
  const han = text.match(/\p{Script=Han}{2,}/gu) ?? [];
  return han.some((run) =>
    [...run].some(
      (_, at) =>
        at + 2 <= run.length &&
        titles.includes(run.slice(at, at + 2)) &&
        !/取消|还要|多久|订单|外卖/u.test(run.slice(at, at + 2)),
    ),
  );
}

/** Of several tasks, the one the words name by what it is, when exactly one kind of thing is named. */
export function namedTask(tasks: TaskBrief[], text: string): TaskBrief | undefined {
  if (tasks.length < 2) return undefined;
  const named = tasks.filter((task) => titleNamed(task, text));
  return named.length > 0 && named.length < tasks.length ? named[0] : undefined;
}

// What is to stay ("but keep the burger", "not the coffee", "汉堡留着", "咖啡照旧", "除了奶茶").
const KEEP_EN =
  /(?:,?\s*(?:but|and)\s+)?\b(?:keep|leave)\s+([^,.;!?]+)|,?\s*\bnot\s+(?:the|my)\s+([^,.;!?]+)|\bexcept\s+(?:for\s+)?([^,.;!?]+)/giu;
const KEEP_ZH_CLAUSE =
  /[^，,。；;！!]*(?:留着|保留|照旧|照常|不用取消|别取消|不要取消|不取消|继续送|还要)[^，,。；;！!]*/gu;
const EXCEPT_ZH = /除了([^，,。；;！!]{1,12}?)(?:以外|之外|外)?(?=[，,。都全]|$)/gu;

/** The words that say what to cancel, and those that say what to keep. */
export function cancelTarget(text: string): { target: string; keep: string[] } {
  const keep: string[] = [];
  let target = text.replace(KEEP_EN, (_whole, a?: string, b?: string, c?: string) => {
    keep.push(a ?? b ?? c ?? "");
    return " ";
  });
  target = target.replace(KEEP_ZH_CLAUSE, (clause) => {
    keep.push(clause);
    return " ";
  });
  target = target.replace(EXCEPT_ZH, (_whole, what: string) => {
    keep.push(what);
    return " ";
  });
  return { target: target.trim(), keep: keep.filter((words) => words.trim().length > 0) };
}

/** Whether the words name this task among the others (for "keep the burger"). */
export function isNamedBy(task: TaskBrief, words: string): boolean {
  return titleNamed(task, words);
}
