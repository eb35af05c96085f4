import * as chrono from "chrono-node";
import { dayStartMs, wallTime, zoneDay } from "../../../../kernel/time-zone.ts";
import { extractWhen, impossibleDate } from "../../nlu/slots/later-acts.ts";
import { extractRecurrence } from "../../nlu/slots/recurrence.ts";
import type { BrainDecision, LaterPick, TaskBrief } from "../../types.ts";
import { say } from "../say.ts";
import type { DialogueState } from "../state.ts";
import { DAY_WORDS, onDay, timeOnBookingDay } from "./booking-day.ts";
import type { SkillContext } from "./context.ts";
import { whenLabel } from "./later.ts";
import { continueRecurring, pendingRecurring, recurringOrder } from "./recurring-order.ts";
import { kindHint } from "./task-pick.ts";

/** A reminder asked for without a usable time, kept until the user says when. */
interface PendingReminder {
  note: string;
  /** The day already said ("明天提醒我…" without an hour), its local midnight in epoch ms. */
  dayMs?: number;
  /** The repeat already said without a time ("每天提醒我吃药"): its words, read again with the answer. */
  repeat?: string;
}

/**
 * Reads the brain's whole turn again on other words (the order inside a recurring request), without
 * its acts about time; `keepState` keeps the dialogue state (an answer to the order's question).
 */
export type DecideAgain = (text: string, options?: { keepState?: boolean }) => Promise<BrainDecision>;

const MERIDIEM =
  /早上|早晨|上午|凌晨|中午|下午|傍晚|晚上|今晚|明早|夜里|半夜|\b(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|night|tonight|noon|midnight)\b|\d(?:am|pm)\b/iu;
/**
 * Turns about time, decided before anything else: reminders (set, list, cancel, and the answer to
 * "when?"), recurring orders (set up as a card, listed, paused, resumed, cancelled) and moving a
 * booking ("改到9点"). Undefined when the turn is about none of these.
 */
export async function laterActs(
  context: SkillContext,
  decideAgain: DecideAgain,
): Promise<BrainDecision | undefined> {
  const { nlu, state } = context;
  const pending = state.skill?.reminder as PendingReminder | undefined;
  const act = nlu.slots.later;
  const recurring = pendingRecurring(state);
  if (!act && recurring) return continueRecurring(context, decideAgain, recurring);
  if (!act && pending) return answerWhen(context, pending);
  if (!act) return timeGone(context);
  const cleared: DialogueState = {
    ...state,
    skill: { ...state.skill, reminder: undefined, recurring: undefined },
  };
  switch (act) {
    case "remind":
      return remind(context, { ...context, state: cleared });
    case "list_reminders":
      return { type: "later", text: "", act: { op: "list_reminders" }, state: cleared };
    case "cancel_reminder":
      return {
        type: "later",
        text: "",
        act: {
          op: "cancel_reminder",
          pick: pickOf(context, "reminder"),
          ...(ONE_OCCURRENCE.test(context.turn.text) ? { occurrence: "next" as const } : {}),
        },
        state: cleared,
      };
    case "list_recurring":
      return { type: "later", text: "", act: { op: "list_recurring" }, state: cleared };
    case "pause_recurring":
    case "resume_recurring":
    case "cancel_recurring":
    case "skip_recurring":
      return {
        type: "later",
        text: "",
        act: { op: act, pick: pickOf(context, "recurring") },
        state: cleared,
      };
    case "recur":
      return recurringOrder({ ...context, state: cleared }, decideAgain);
    case "move":
      return move({ ...context, state: cleared });
    default:
      return undefined;
  }
}

// A clock time on a day already gone ("昨天早上8点", "yesterday at 8am"): "和昨天一样" is no such time.
const PAST_CLOCK =
  /(?:昨天|前天|昨晚|昨早)(?:早上|上午|中午|下午|傍晚|晚上)?\s*[0-9零一二两三四五六七八九十]+\s*(?:点|:|：)|\byesterday\b[^.,;!?]{0,12}?\d{1,2}(?::\d{2})?\s*(?:am|pm|o'clock)?|\d{1,2}(?::\d{2})?\s*(?:am|pm)\s+yesterday\b/iu;
// Intents that act at a time (a past one cannot be done), and those that only read a day.
const SERVICE_INTENTS = new Set(["order_delivery", "ride_hail", "buy_tickets", "payment"]);
const DAY_INTENTS = new Set(["weather", "search_events"]);
const ASKS_FOR_SERVICE =
  /叫车|打车|送|点|买|订|预约|票|\b(?:book|deliver|order|taxi|cab|ride|tickets?|get me)\b/iu;

/**
 * A request for a time already gone or a date that does not exist ("昨天早上8点帮我叫车", "2月30日送到公司"):
 * a question, never a task for some other time.
 */
function timeGone(context: SkillContext): BrainDecision | undefined {
  const { turn, lang, state, nlu } = context;
  const slot = nlu.slots.datetime;
  const service = ASKS_FOR_SERVICE.test(turn.text) || SERVICE_INTENTS.has(nlu.intent);
  // A date no calendar has is asked about for anything that reads a day (the weather, shows) too.
  const impossible =
    service || DAY_INTENTS.has(nlu.intent)
      ? (impossibleDate(turn.text) ?? (slot?.problem === "impossible" ? slot.text : undefined))
      : undefined;
  if (impossible)
    return {
      type: "ask",
      slot: "when",
      text: say(
        lang,
        `没有「${impossible}」这一天，你想定在哪天${service ? "几点" : ""}？`,
        `There's no such date as "${impossible}" — which day${service ? " and time" : ""} did you mean?`,
      ),
      state,
    };
  // "yesterday's latte arrived spilled": a past time in a complaint says when it happened, not when to book.
  if (!service || nlu.slots.afterSaleKind) return undefined;
  const past = PAST_CLOCK.exec(turn.text)?.[0] ?? (slot?.problem === "past" ? slot.text : undefined);
  if (!past) return undefined;
  return {
    type: "ask",
    slot: "when",
    text: say(
      lang,
      `「${past.trim()}」已经过去了，我没有下单。要改成什么时候？`,
      `"${past.trim()}" has already passed, so I haven't booked anything. When would you like it instead?`,
    ),
    state,
  };
}

// Said of one occurrence of a reminder, not of all of them: "明天不用提醒", "跳过下一次", "skip tomorrow's".
const ONE_OCCURRENCE =
  /这次|这一次|下一次|下次|明天|今天|明早|今晚|跳过|\bnext one\b|\bthis one\b|\bjust the next\b|\bonly the next\b|\btomorrow'?s\b|\btoday'?s\b|\bskip\b/iu;

/**
 * "提醒我明天下午3点取快递": a reminder at a future time; "每天早上8点提醒我吃药": one that repeats; or a
 * question when the time is missing or gone.
 */
function remind(context: SkillContext, _cleared: SkillContext): BrainDecision {
  const { turn, lang } = context;
  const repeat = extractRecurrence(turn.text, lang, turn.now, turn.profile.timeZone);
  if (repeat) {
    let rest = turn.text;
    for (const words of "said" in repeat ? repeat.said : []) rest = rest.replace(words, " ");
    const repeatWords = RECURRENCE_WORDS.exec(turn.text)?.[0] ?? "";
    return repeatDecision(
      context,
      { note: noteOf(rest.replace(repeatWords, " "), lang), repeat: repeatWords },
      turn.text,
    );
  }
  return whenDecision(context, { note: noteOf(turn.text, lang) }, turn.text);
}

// The words that say a reminder repeats ("每天", "每个工作日", "every Monday"), kept while its time is asked.
const RECURRENCE_WORDS =
  /每(?:个)?(?:天|日|工作日|周末|(?:周|星期|礼拜)[一二三四五六日天、和及]+)|\bevery\s+(?:day|weekday|workday|weekend|morning|evening|(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?:\s*,\s*|\s+and\s+)?)+)|\bdaily\b|\bon\s+weekdays\b/iu;

/** A repeating reminder: its rule, or the question "what time?" when only the days were said. */
function repeatDecision(context: SkillContext, pending: PendingReminder, text: string): BrainDecision {
  const { turn, lang, state } = context;
  const recurrence = extractRecurrence(text, lang, turn.now, turn.profile.timeZone);
  const what = pending.note || say(lang, "这件事", "this");
  if (!recurrence || "missing" in recurrence)
    return {
      type: "ask",
      slot: "reminder_time",
      text: say(lang, `每次几点提醒你「${what}」？`, `What time should I remind you to ${what} each time?`),
      state: { ...state, skill: { ...state.skill, reminder: pending } },
    };
  return {
    type: "later",
    text: "",
    act: { op: "remind_every", note: pending.note, rule: recurrence.rule, ruleText: recurrence.text },
    state: { ...state, skill: { ...state.skill, reminder: undefined } },
  };
}

/** The user answers "when?" for a pending reminder ("明天下午3点", "in 10 minutes", "8点"). */
function answerWhen(context: SkillContext, pending: PendingReminder): BrainDecision | undefined {
  const { turn, lang } = context;
  if (pending.repeat) {
    const both = `${pending.repeat} ${turn.text}`;
    const recurrence = extractRecurrence(both, lang, turn.now, turn.profile.timeZone);
    return recurrence && !("missing" in recurrence) ? repeatDecision(context, pending, both) : undefined;
  }
  const when = extractWhen(turn.text, lang, turn.now, turn.profile.timeZone);
  // Not an answer about time: the reminder is dropped and the turn is read on its own.
  if (!when) return undefined;
  return whenDecision(context, pending, context.turn.text);
}

function whenDecision(context: SkillContext, pending: PendingReminder, text: string): BrainDecision {
  const { turn, lang, state } = context;
  const zone = turn.profile.timeZone;
  const when = extractWhen(text, lang, turn.now, zone);
  const keep = (next: PendingReminder): DialogueState => ({
    ...state,
    skill: { ...state.skill, reminder: next },
  });
  const done: DialogueState = { ...state, skill: { ...state.skill, reminder: undefined } };
  const what = pending.note || say(lang, "这件事", "this");
  if (!when) {
    return {
      type: "ask",
      slot: "reminder_time",
      text: say(lang, `什么时候提醒你「${what}」？`, `When should I remind you to ${what}?`),
      state: keep(pending),
    };
  }
  if ("impossible" in when) {
    return {
      type: "ask",
      slot: "reminder_time",
      text: say(
        lang,
        `没有「${when.impossible}」这一天，你想定在哪天几点？`,
        `There's no such date as "${when.impossible}" — which day and time did you mean?`,
      ),
      state: keep(pending),
    };
  }
  let atMs = when.atMs;
  // "明天" then "下午3点": the day said before, at the time said now.
  if (pending.dayMs !== undefined && !DAY_WORDS.test(text) && when.timeKnown)
    atMs = onDay(pending.dayMs, when.atMs, zone);
  // "5点半提醒我开会", "remind me at 2" said in the day, with no am/pm or day: this afternoon, not
  // the small hours of tomorrow.
  const HALF_DAY = 12 * 3_600_000;
  const smallHours = wallTime(atMs, zone).hour >= 1 && wallTime(atMs, zone).hour <= 6;
  if (
    when.timeKnown &&
    smallHours &&
    !MERIDIEM.test(text) &&
    !DAY_WORDS.test(text) &&
    atMs - HALF_DAY > turn.now
  )
    atMs -= HALF_DAY;
  if (atMs <= turn.now) {
    return {
      type: "ask",
      slot: "reminder_time",
      text: say(
        lang,
        `${whenLabel(atMs, turn.now, lang, zone)} 已经过去了，要改成什么时候提醒你「${what}」？`,
        `That time (${whenLabel(atMs, turn.now, lang, zone).replace(/^on /u, "")}) has already passed — when should I remind you to ${what} instead?`,
      ),
      state: keep(pending),
    };
  }
  if (!when.timeKnown && pending.dayMs === undefined) {
    const dayMs = dayStartMs(zoneDay(atMs, zone), zone);
    return {
      type: "ask",
      slot: "reminder_time",
      text: say(lang, `那天几点提醒你「${what}」？`, `What time that day should I remind you to ${what}?`),
      state: keep({ ...pending, dayMs }),
    };
  }
  return { type: "later", text: "", act: { op: "remind", note: pending.note, atMs }, state: done };
}

const ZH_TIME_WORDS =
  /(?:今天|明天|后天|大后天|昨天|前天|今晚|明早|今早|下(?:个)?(?:周|星期|礼拜)[一二三四五六日天]?|(?:这|本)?(?:周|星期|礼拜)[一二三四五六日天]|[0-9一二三四五六七八九十]+\s*月\s*[0-9一二三四五六七八九十]+\s*[日号]|早上|上午|中午|下午|傍晚|晚上|凌晨|[0-9零一二两三四五六七八九十]+\s*(?:点|:|：)\s*(?:半|一刻|三刻|[0-9零一二三四五六七八九十]+\s*分?)?|(?:半|[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(?:分钟|小时|钟头|天)\s*(?:后|以后|之后)|的时候)/gu;

/** What to remind of, in the user's words without the time and the request ("取快递", "call mom"). */
export function noteOf(text: string, lang: "zh" | "en"): string {
  if (lang === "zh" || /\p{Script=Han}/u.test(text)) {
    const cleaned = text
      .replace(/(?:请|麻烦|帮我|记得)?(?:提醒我|提醒一下|叫我一声)(?:一下)?/gu, " ")
      .replace(ZH_TIME_WORDS, " ")
      .replace(/^[\s,，。:：的在要去]+|[\s,，。!！?？吧哦啊呀]+$/gu, "")
      .replace(/\s+/gu, "");
    return cleaned.replace(/^去/u, "");
  }
  let cleaned = text.replace(
    /\b(?:please\s+)?(?:can you\s+)?(?:set (?:a |an )?reminder|remind me)\b/giu,
    " ",
  );
  for (const result of chrono.parse(cleaned)) cleaned = cleaned.replace(result.text, " ");
  return cleaned
    .replace(/\bin\s+(?:\d+|a|an|one|two|half an?)\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\b/giu, " ")
    .replace(/\s+/gu, " ")
    .replace(/^[\s,.:;-]*(?:to|that|about|of|at|on)\b\s*/iu, "")
    .replace(/[\s,.!?;:]+(?:at|on|in)?\s*$/iu, "")
    .replace(/\bmy\b/giu, "your")
    .trim();
}

/** Which reminder or plan a cancel/pause means: "第一个", "the one about mom", "取快递的提醒". */
function pickOf(context: SkillContext, what: "reminder" | "recurring"): LaterPick {
  const text = context.turn.text;
  const ordinal = context.nlu.slots.ordinal;
  const about =
    /\b(?:about|for|to)\s+(.+?)(?:\s+(?:reminder|one|order))?[\s.!?]*$/iu.exec(text)?.[1] ??
    /(?:取消|删除|删掉|去掉|暂停|恢复|停掉|停止|撤销|把)(.+?)(?:那个|那条|这个|的)(?:提醒|定期|订单|自动)/u.exec(
      text,
    )?.[1] ??
    /(?:取消|删除|删掉|暂停|恢复|停掉|停止)(?:每(?:个)?(?:天|工作日|周[一二三四五六日天])(?:早上|上午|中午|下午|晚上)?)?的?(.+?)(?:订单)?$/u.exec(
      text,
    )?.[1];
  const cleanedAbout = about
    ?.replace(/^(?:the|my)\s+/iu, "")
    .replace(what === "reminder" ? /提醒/gu : /定期|订单|自动/gu, "")
    .trim();
  return {
    ...(ordinal !== undefined ? { ordinal } : {}),
    ...(cleanedAbout && !/^(?:it|that|this|all)$/iu.test(cleanedAbout) ? { about: cleanedAbout } : {}),
    said: text,
  };
}

/** "改到9点", "make it 9 instead": a booking moved to another time (free until it starts). */
function move(context: SkillContext): BrainDecision | undefined {
  const { turn, lang, state } = context;
  const task = bookingMeant(turn.tasks, turn.text);
  if (!task?.scheduledFor) return undefined;
  const zone = turn.profile.timeZone;
  const atMs = timeOnBookingDay(turn.text, lang, turn.now, task.scheduledFor, zone);
  if (atMs === undefined) return undefined;
  if (atMs <= turn.now) {
    return {
      type: "ask",
      slot: "move_time",
      text: say(
        lang,
        `${whenLabel(atMs, turn.now, lang, zone)} 已经过去了，要改到什么时候？`,
        `That time (${whenLabel(atMs, turn.now, lang, zone).replace(/^on /u, "")}) has already passed — what time should I move it to?`,
      ),
      state,
    };
  }
  return { type: "later", text: "", act: { op: "move_task", taskId: task.taskId, atMs }, state };
}

/** The booking a move is about: the newest one waiting for its time, of the kind the words name. */
function bookingMeant(tasks: TaskBrief[], text: string): TaskBrief | undefined {
  const bookings = [...tasks]
    .filter(
      (task) =>
        task.scheduledFor !== undefined && ["scheduled", "awaiting_confirmation"].includes(task.status),
    )
    .filter((task) => task.kind !== "recurring_order")
    .sort((a, b) => b.createdAt - a.createdAt);
  const hint = kindHint(text);
  return (hint && bookings.find((task) => task.kind === hint)) ?? bookings[0];
}
