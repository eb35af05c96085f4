import { DimpleError } from "../../kernel/errors.ts";
import { WORLD_TIME_ZONE } from "../../kernel/time-zone.ts";
import type { Lang, LaterAct, LaterPick } from "../brain/types.ts";
import type { TaskEngine } from "../engine/engine.ts";
import { planZone, type RecurringPlanRow, title } from "../engine/later/recurring-orders.ts";
import { type ReminderRow, type Reminders, repeatText, zoneOf } from "../engine/later/reminders.ts";
import { atLabel } from "../engine/later/words.ts";
import { quoteOf } from "../engine/task-store.ts";
import type { AgentEvent } from "../events.ts";
import { formatFen } from "../format.ts";

/** The text the user sees for one of their acts about time, and the events that go with it. */
type Say = (zh: string, en: string) => string;

/**
 * Carries out the brain's acts about time against what is stored (reminders, recurring plans,
 * bookings) and words the answer in the message's language. The brain decides; this acts.
 */
export class LaterActs {
  constructor(
    private readonly engine: TaskEngine,
    private readonly reminders: Reminders,
  ) {}

  /** Acts for the user in this session; pushes the reply and any task events. */
  async carryOut(
    userId: string,
    sessionId: string,
    act: LaterAct,
    lang: Lang,
    push: (event: AgentEvent) => void,
    timeZone: string = WORLD_TIME_ZONE,
  ): Promise<string | undefined> {
    const say: Say = (zh, en) => (lang === "zh" ? zh : en);
    const reply = (text: string) => push({ type: "reply", text });
    const at = (ms: number, in_: Lang) => atLabel(ms, in_, timeZone);
    switch (act.op) {
      case "remind": {
        const reminder = await this.reminders.create({
          userId,
          sessionId,
          note: act.note,
          lang,
          dueAt: act.atMs,
          timeZone,
        });
        reply(
          say(
            `好的，${at(reminder.due_at, "zh")} 提醒你：${reminder.note || "这件事"}。`,
            `OK, I'll remind you ${reminder.note ? `to ${reminder.note} ` : ""}on ${at(reminder.due_at, "en")}.`,
          ),
        );
        return;
      }
      case "remind_every": {
        const reminder = await this.reminders.create({
          userId,
          sessionId,
          note: act.note,
          lang,
          rule: act.rule,
          ruleText: act.ruleText,
          timeZone,
        });
        reply(
          say(
            `好的，${act.ruleText.zh} 提醒你：${reminder.note || "这件事"}，第一次是 ${at(reminder.due_at, "zh")}。说「取消${reminder.note}的提醒」就停。`,
            `OK, I'll remind you ${reminder.note ? `to ${reminder.note} ` : ""}${act.ruleText.en}; the first one is ${at(reminder.due_at, "en")}. Say "cancel the ${reminder.note || "reminder"} reminder" to stop it.`,
          ),
        );
        return;
      }
      case "list_reminders": {
        const pending = await this.reminders.pending(userId);
        reply(
          pending.length === 0
            ? say("你现在没有待提醒的事项。", "You have no reminders set.")
            : say(
                `你有 ${pending.length} 个提醒：\n${pending.map((row, index) => `${index + 1}. ${reminderLine(row, "zh")}`).join("\n")}`,
                `You have ${pending.length} reminder${pending.length > 1 ? "s" : ""}:\n${pending.map((row, index) => `${index + 1}. ${reminderLine(row, "en")}`).join("\n")}`,
              ),
        );
        return;
      }
      case "cancel_reminder": {
        const pending = await this.reminders.pending(userId);
        const picked = pick(pending, act.pick, (row) => row.note);
        if (picked.type !== "one") {
          reply(pickProblem(picked, say, "reminder", pending.length));
          return;
        }
        const reminder = picked.item;
        const label = (in_: Lang) => atLabel(reminder.due_at, in_, zoneOf(reminder));
        if (act.occurrence === "next" && reminder.rule) {
          const skipped = await this.reminders.skipNext(userId, reminder.id);
          reply(
            !skipped
              ? say(
                  `「${reminder.note}」的提醒已经不在了。`,
                  `The reminder to ${reminder.note} is no longer set.`,
                )
              : say(
                  `好的，${label("zh")} 那次不提醒「${reminder.note}」${skipped.next === null ? "。" : `，下一次是 ${atLabel(skipped.next, "zh", zoneOf(reminder))}。`}`,
                  `OK, no reminder to ${reminder.note} on ${label("en")}${skipped.next === null ? "." : `; the next one is ${atLabel(skipped.next, "en", zoneOf(reminder))}.`}`,
                ),
          );
          return;
        }
        await this.reminders.cancel(userId, reminder.id);
        const repeat = repeatText(reminder, lang);
        reply(
          repeat
            ? say(
                `已取消提醒：${repeat} ${reminder.note}，之后都不会再提醒。`,
                `Cancelled the reminder to ${reminder.note} (${repeat}); no more of them.`,
              )
            : say(
                `已取消提醒：${label("zh")} ${reminder.note}。`,
                `Cancelled the reminder: ${reminder.note} (${label("en")}).`,
              ),
        );
        return;
      }
      case "list_recurring": {
        const plans = await this.engine.recurring.plans(userId);
        reply(
          plans.length === 0
            ? say("你现在没有定期订单。", "You have no recurring orders.")
            : say(
                `你的定期订单：\n${plans.map((plan, index) => `${index + 1}. ${planLine(plan, "zh")}`).join("\n")}`,
                `Your recurring orders:\n${plans.map((plan, index) => `${index + 1}. ${planLine(plan, "en")}`).join("\n")}`,
              ),
        );
        return;
      }
      case "pause_recurring":
      case "resume_recurring":
      case "cancel_recurring":
      case "skip_recurring": {
        const plans = await this.engine.recurring.plans(userId);
        const picked = pick(
          plans,
          act.pick,
          (plan) =>
            `${title(plan, "zh")} ${title(plan, "en")} ${ruleText(plan, "zh")} ${ruleText(plan, "en")}`,
        );
        if (picked.type !== "one") {
          reply(pickProblem(picked, say, "recurring", plans.length));
          return;
        }
        const plan = picked.item;
        const name = {
          zh: `${ruleText(plan, "zh")} · ${title(plan, "zh")}`,
          en: `${ruleText(plan, "en")} · ${title(plan, "en")}`,
        };
        if (act.op === "skip_recurring") {
          const skipped = await this.engine.recurring.skipNext(userId, plan.id);
          reply(
            !skipped
              ? say(`「${name.zh}」现在没有要跳过的下一次。`, `"${name.en}" has no next run to skip.`)
              : say(
                  `好的，跳过 ${atLabel(skipped.skipped, "zh", planZone(plan))} 那次，不会下单${skipped.next === null ? "。" : `；下一次是 ${atLabel(skipped.next, "zh", planZone(plan))}。`}`,
                  `OK, skipping the ${atLabel(skipped.skipped, "en", planZone(plan))} run — nothing will be ordered${skipped.next === null ? "." : `; the next one is ${atLabel(skipped.next, "en", planZone(plan))}.`}`,
                ),
          );
          return;
        }
        if (act.op === "cancel_recurring") {
          const task = await this.engine.cancel(userId, plan.id);
          reply(
            say(
              `已取消定期订单「${name.zh}」，授权已撤销，之后不会再下单。`,
              `Cancelled "${name.en}": its authorization is revoked and no further run will happen.`,
            ),
          );
          push(await this.engine.eventFor(task));
          return;
        }
        const paused = act.op === "pause_recurring";
        const changed = await this.engine.recurring.setPaused(userId, plan.id, paused);
        reply(
          !changed
            ? say(
                `「${name.zh}」已经是${paused ? "暂停" : "进行中"}状态了。`,
                `"${name.en}" is already ${paused ? "paused" : "running"}.`,
              )
            : paused
              ? say(
                  `已暂停「${name.zh}」，说「恢复」就继续。`,
                  `Paused "${name.en}" — say "resume" to carry on.`,
                )
              : say(`已恢复「${name.zh}」。`, `Resumed "${name.en}".`),
        );
        return;
      }
      case "move_task":
        return this.#move(userId, act.taskId, act.atMs, lang, push, timeZone);
    }
  }

  async #move(
    userId: string,
    taskId: string,
    atMs: number,
    lang: Lang,
    push: (event: AgentEvent) => void,
    timeZone: string,
  ): Promise<string | undefined> {
    const say: Say = (zh, en) => (lang === "zh" ? zh : en);
    try {
      const { old, fresh } = await this.engine.move(userId, taskId, atMs, atLabel(atMs, lang, timeZone));
      push(await this.engine.eventFor(old));
      const quote = quoteOf(fresh);
      push({
        type: "reply",
        text:
          fresh.status === "awaiting_confirmation" && quote
            ? say(
                `好的，改到 ${atLabel(atMs, "zh", timeZone)}。原来的预约已免费取消；新的卡片合计 ${formatFen(quote.totalFen)}，请确认。`,
                `OK, moved to ${atLabel(atMs, "en", timeZone)}. The old booking is cancelled free of charge; the new card is ${formatFen(quote.totalFen)} — please confirm it.`,
              )
            : say(
                `原来的预约已免费取消，但 ${atLabel(atMs, "zh", timeZone)} 的新报价没拿到，要换个时间吗？`,
                `The old booking is cancelled free of charge, but I couldn't get a quote for ${atLabel(atMs, "en", timeZone)}. Try another time?`,
              ),
      });
      push(await this.engine.eventFor(fresh));
      return fresh.id;
    } catch (error) {
      if (!(error instanceof DimpleError)) throw error;
      push({
        type: "reply",
        text: say(
          "这个预约已经开始或结束了，改不了时间。",
          "That booking has already started or ended, so its time can't be changed.",
        ),
      });
      return undefined;
    }
  }
}

type Picked<Item> =
  | { type: "one"; item: Item }
  | { type: "none" }
  | { type: "many"; count: number }
  | { type: "missing" };

/** The one item meant: by position, by words, or the only one there is. */
function pick<Item>(items: Item[], choice: LaterPick, words: (item: Item) => string): Picked<Item> {
  if (items.length === 0) return { type: "none" };
  if (choice.ordinal !== undefined) {
    const item = choice.ordinal === -1 ? items.at(-1) : items[choice.ordinal - 1];
    return item ? { type: "one", item } : { type: "missing" };
  }
  if (choice.about) {
    const about = choice.about.toLowerCase();
    const matches = items.filter((item) => {
      const said = words(item).toLowerCase();
      return (
        said.includes(about) || about.split(/\s+/u).some((word) => word.length > 1 && said.includes(word))
      );
    });
    if (matches.length === 1) return { type: "one", item: matches[0] as Item };
    if (matches.length > 1) return { type: "many", count: matches.length };
  }
  // The one item whose own words the user said ("明天不用提醒我吃药了" names the 吃药 reminder).
  const said = choice.said?.toLowerCase();
  const named = said ? items.filter((item) => mentions(said, words(item).toLowerCase())) : [];
  if (named.length === 1) return { type: "one", item: named[0] as Item };
  if (choice.about) return { type: "missing" };
  return items.length === 1 ? { type: "one", item: items[0] as Item } : { type: "many", count: items.length };
}

/** Whether the user's words name an item by its words: the whole of them, or one of its longer words. */
function mentions(said: string, itemWords: string): boolean {
  const trimmed = itemWords.trim();
  if (trimmed.length >= 2 && said.includes(trimmed)) return true;
  return trimmed
    .split(/[\s,，·]+/u)
    .some(
      (word) => (/\p{Script=Han}/u.test(word) ? word.length >= 2 : word.length >= 4) && said.includes(word),
    );
}

function pickProblem(
  picked: Exclude<Picked<unknown>, { type: "one" }>,
  say: Say,
  what: "reminder" | "recurring",
  count: number,
): string {
  const zhWhat = what === "reminder" ? "提醒" : "定期订单";
  const enWhat = what === "reminder" ? "reminder" : "recurring order";
  switch (picked.type) {
    case "none":
      return say(`你现在没有${zhWhat}。`, `You have no ${enWhat}s.`);
    case "missing":
      return say(
        `没找到你说的那个${zhWhat}（共 ${count} 个）。是哪一个？`,
        `I couldn't find that ${enWhat} (you have ${count}). Which one?`,
      );
    case "many":
      return say(
        `你有 ${count} 个${zhWhat}，是哪一个？可以说「第一个」。`,
        `You have ${count} ${enWhat}s — which one? You can say "the first one".`,
      );
  }
}

/** One reminder in a list: its time (a recurring one: its repeat and next time) and what it is about. */
function reminderLine(row: ReminderRow, lang: Lang): string {
  const next = atLabel(row.due_at, lang, zoneOf(row));
  const repeat = repeatText(row, lang);
  if (lang === "zh") return repeat ? `${repeat} ${row.note}（下次 ${next}）` : `${next} ${row.note}`;
  return repeat ? `${repeat} — ${row.note} (next ${next})` : `${next} — ${row.note}`;
}

function ruleText(plan: RecurringPlanRow, lang: Lang): string {
  return (JSON.parse(plan.rule_text) as { zh: string; en: string })[lang];
}

/** One plan in a list: the rule, the item, the state, the spend and the next run. */
function planLine(plan: RecurringPlanRow, lang: Lang): string {
  const next = plan.next_run_at === null ? undefined : atLabel(plan.next_run_at, lang, planZone(plan));
  if (lang === "zh")
    return `${ruleText(plan, "zh")} · ${title(plan, "zh")}（${plan.status === "paused" ? "已暂停" : `下次 ${next ?? "无"}`}，已花 ${formatFen(plan.spent_fen)}）`;
  return `${ruleText(plan, "en")} · ${title(plan, "en")} (${plan.status === "paused" ? "paused" : `next ${next ?? "none"}`}, spent ${formatFen(plan.spent_fen)})`;
}
