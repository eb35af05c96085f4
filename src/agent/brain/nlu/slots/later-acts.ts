import * as chrono from "chrono-node";
import type { Language } from "../intents.ts";
import { impossibleDate } from "./calendar-day.ts";
import { parseNumber } from "./numbers.ts";

export { impossibleDate };

import { chronoReference, extractDateTime } from "./time.ts";

/**
 * Dialogue acts about time, found by rules (like the after-sale act), not by the intent classifier:
 * a reminder asked for, listed or cancelled; a recurring order set up, listed, paused, resumed or
 * cancelled; a scheduled task moved to another time.
 */
export type LaterActSlot =
  | "remind"
  | "list_reminders"
  | "cancel_reminder"
  | "recur"
  | "list_recurring"
  | "pause_recurring"
  | "resume_recurring"
  | "cancel_recurring"
  | "skip_recurring"
  | "move";

const REMINDER = /提醒|叫我一声|\bremind(?:er|ers)?\b/iu;
const REMIND_ME = /提醒我|提醒一下|叫我一声|记得提醒|\bremind me\b|\bset (?:a |an )?reminder\b/iu;
const LIST =
  /哪些|什么|列表|所有|全部|查看|看看|看一下|有几个|有没有|清单|\blist\b|\bshow\b|\bwhat(?:'s| are| is)?\b|\bany\b|\bwhich\b/iu;
const REMOVE =
  /取消|删除|删掉|去掉|不用(?:再)?提醒|别提醒|不要(?:再)?提醒|撤销|\bcancel\b|\bdelete\b|\bremove\b|\bdrop\b|\bforget\b/iu;
/** A repeat said of days: "每个工作日", "每天", "每周一三五", "every weekday", "daily", "on Mondays". */
export const RECURRENCE =
  /每(?:个)?(?:天|日|工作日|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|个?星期|周末|早上?|晚上?|中午)|工作日每天|\bevery\s+(?:day|weekday|morning|evening|noon|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|workday|weekend)s?\b|\beach\s+(?:day|weekday|morning|week)\b|\bdaily\b|\bweekly\b|\bon\s+weekdays\b|\bweekdays\s+at\b|\bon\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b/iu;
const RECURRING_ORDER_WORDS =
  /定期|周期|自动(?:下单|订单|点)|长期订单|每天的|每个工作日的|\brecurring\b|\bstanding orders?\b|\brepeat(?:ing)? orders?\b|\bsubscriptions?\b|\bscheduled orders?\b/iu;
/** "跳过这次", "skip this one", "skip tomorrow's order": the next run of a recurring order, not the plan. */
const SKIP =
  /跳过(?:这次|这一次|下一?次|明天|今天|一次)?|\bskip\s+(?:the\s+|this\s+|my\s+)?(?:next\s+)?(?:one|run|order|time|delivery|today'?s?|tomorrow'?s?)\b/iu;
const PAUSE = /暂停|先停|停一下|停几天|\bpause\b|\bhold off\b|\bsuspend\b/iu;
const RESUME = /恢复|继续|重新开始|\bresume\b|\bunpause\b|\brestart\b/iu;
const STOP = /取消|停止|停掉|不要再|别再|撤销|终止|\bcancel\b|\bstop\b|\brevoke\b|\bend\b|\bno more\b/iu;
/**
 * "改到9点", "推迟到明天10点", "make it 9 instead", "move it to 10am", "reschedule for 9:30" — not a
 * count or a size ("make it 8 inch", "make it 18 pieces", "make it 3 cups").
 */
const MOVE =
  /(?:改到|改成|改为|改在|推迟到|延后到|延迟到|提前到|挪到|换到|调到|改时间到)\s*(?:明天|后天|今天|今晚)?\s*(?:早上|上午|中午|下午|晚上|傍晚)?\s*[0-9零一二两三四五六七八九十]+\s*(?:点|:|：|时)|\b(?:make it|move it to|move (?:the|my) \w+ to|reschedule (?:it )?(?:to|for)|push it (?:back )?to|change (?:it|the time) to)\s+(?:tomorrow\s+)?(?:at\s+)?\d{1,2}(?::\d{2})?(?!\s*-?\s*(?:inch(?:es)?|in\b|"|cm|pieces?|pcs?|pc\b|cups?|x\b|of\b|ml|l\b|kg|g\b|oz|lbs?|packs?|boxes|bags?|bottles?|portions?|servings?|people|persons?|more|less|each|stems?|roses?|bowls?|plates?)|\s*[0-9])\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+instead)?\b/iu;

/**
 * "remind me what I just ordered?", "提醒我一下我刚才买了什么": a question about something done, no
 * reminder to set.
 */
const RECALL =
  /\bremind (?:me|us)\s+(?:again\s+)?(?:of\s+)?(?:what|which|how much|how many|where|who)\s+(?:it was\s+)?(?:i|we)\s+(?:just\s+|already\s+|have\s+|had\s+)?(?:ordered|bought|got|paid|sent|spent|booked|picked|chose)\b|提醒(?:我|一下)+\s*(?:我|我们)?[^，,。？?]{0,4}?(?:刚才|刚刚|方才|之前|上次|早上|今天)[^，,。？?]{0,6}?(?:什么|啥|多少|哪些|哪个|哪家)/iu;

/** The act about time this utterance is, if any. */
export function extractLaterAct(text: string): LaterActSlot | undefined {
  if (RECALL.test(text)) return undefined;
  if (REMINDER.test(text)) {
    // "跳过明天的吃药提醒", "skip the next call mum reminder": one occurrence of it, cancelled.
    if (REMOVE.test(text) || /跳过|\bskip\b/iu.test(text)) return "cancel_reminder";
    if (REMIND_ME.test(text) && !/^\s*(?:what|which|list|show)\b/iu.test(text)) return "remind";
    if (LIST.test(text)) return "list_reminders";
    return undefined;
  }
  if (SKIP.test(text)) return "skip_recurring";
  const recurring = RECURRENCE.test(text) || RECURRING_ORDER_WORDS.test(text);
  if (recurring) {
    if (PAUSE.test(text)) return "pause_recurring";
    if (RESUME.test(text)) return "resume_recurring";
    if (STOP.test(text)) return "cancel_recurring";
    if (RECURRING_ORDER_WORDS.test(text) && LIST.test(text)) return "list_recurring";
    if (RECURRENCE.test(text)) return "recur";
  }
  if (MOVE.test(text)) return "move";
  return undefined;
}

const ZH_RELATIVE =
  /(半|[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(分钟|小时|钟头|天|个半小时)\s*(?:后|以后|之后)/u;

/**
 * When a reminder is for: a relative time ("in 20 minutes", "20分钟后", "半小时后") or a date and
 * time in words, resolved in the user's zone (Asia/Shanghai unless given). `past` when the words name a time already gone
 * ("昨天下午"); `impossible` when they name a date no calendar has ("2月30日", "Feb 30").
 */
export function extractWhen(
  text: string,
  lang: Language,
  now: number,
  zone?: string,
): { atMs: number; text: string; timeKnown: boolean } | { impossible: string } | undefined {
  const impossible = impossibleDate(text);
  if (impossible) return { impossible };
  const zh = ZH_RELATIVE.exec(text);
  if (zh) {
    const amount = zh[1] === "半" ? 0.5 : parseNumber(zh[1] as string);
    const unit = zh[2] as string;
    const minutes = unit === "分钟" ? 1 : unit === "天" ? 1440 : 60;
    if (amount !== undefined)
      return { atMs: now + Math.round(amount * minutes * 60_000), text: zh[0], timeKnown: true };
  }
  if (
    /\bin\s+(?:\d+|a|an|one|two|three|five|ten|fifteen|twenty|thirty|half an?)\s+(?:min|minute|hour|hr|day)/iu.test(
      text,
    )
  ) {
    const results = chrono.parse(text, chronoReference(now, zone));
    const relative = results.find((result) => /^in\s/iu.test(result.text));
    if (relative) return { atMs: relative.start.date().getTime(), text: relative.text, timeKnown: true };
  }
  // Past days are kept as said (no forward date): "昨天下午" must be questioned, not moved to tomorrow.
  const past =
    /昨天|前天|上周|上个?星期|\byesterday\b|\blast (?:week|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bago\b/iu.test(
      text,
    );
  if (past) return pastDateTime(text, lang, now, zone);
  const datetime = extractDateTime(text, lang, now, zone);
  return datetime && { atMs: datetime.startMs, text: datetime.text, timeKnown: datetime.timeKnown };
}

function pastDateTime(text: string, lang: Language, now: number, zone?: string) {
  const reference = chronoReference(now, zone);
  const results = lang === "zh" ? chrono.zh.hans.parse(text, reference) : chrono.parse(text, reference);
  const result = results[0];
  if (!result) return { atMs: now - 86_400_000, text: "", timeKnown: false };
  return {
    atMs: result.start.date().getTime(),
    text: result.text,
    timeKnown: result.start.isCertain("hour"),
  };
}
