import { WORLD_TIME_ZONE, wallTime, zoneClock, zoneDate, zoneDay } from "../../../../kernel/time-zone.ts";
import { LATER_AFTER_MS } from "../../../engine/faithfulness.ts";
import type { Lang } from "../../types.ts";
import { say } from "../say.ts";
import type { SkillContext } from "./context.ts";

/** A time the user gave that is well ahead of now ("明天中午12点"): deliveries go now, so it must be named. */
export function laterTime(context: SkillContext): { atMs: number; text: string } | undefined {
  const datetime = context.nlu.slots.datetime;
  if (!datetime || datetime.startMs <= context.turn.now + LATER_AFTER_MS) return undefined;
  // "中午我想吃…", "tonight": a part of today with no clock time is when to eat, ordered now.
  const zone = context.turn.profile.timeZone;
  if (!datetime.timeKnown && zoneDay(datetime.startMs, zone) === zoneDay(context.turn.now, zone))
    return undefined;
  return { atMs: datetime.startMs, text: datetime.text };
}

// Said of the delivery, not of the day: "下午三点送到", "before 6pm", "到了就行" — and its opposite, "尽快".
const DELIVERY_TIME =
  /送|到|前|之前|以后|之后|配送|预约|定时|deliver|arriv|\bby\b|\bbefore\b|\bafter\b|\bfor\b|\bat\b/iu;
const OTHER_EVENT =
  /开会|会议|上课|下班|上班|出发|出门|起飞|登机|面试|考试|飞机|航班|火车|高铁|电影|\b(?:meeting|class|flight|train|appointment|interview|movie|call)\b/iu;
const RIGHT_AWAY = /尽快|马上|立刻|赶紧|现在就|越快越好|\basap\b|right away|right now|as soon as/iu;

// "十点开门就送", "等它十点一开门再送", "十点半营业后送过来": the time is when the shop opens.
const AT_OPENING = /^\s*(?:一|才|就)?\s*(?:开门|营业|开业|开张|开了)/u;

/**
 * When to deliver a pre-order: the time said, or, when that time is the shop's opening, the first
 * time it can arrive after it (cooked from the opening on, rounded up to five minutes).
 */
export function deliverAtFor(
  when: { atMs: number; opens?: boolean },
  etaMinutes: number | undefined,
): number {
  if (!when.opens) return when.atMs;
  const step = 5 * 60_000;
  return Math.ceil((when.atMs + ((etaMinutes ?? 30) + 5) * 60_000) / step) * step;
}

/**
 * The time a delivery is wanted for, if the user gave one: a later day ("明天中午"), or a clock time
 * today said of the delivery ("下午三点送到"). A time said of something else ("我下午三点要开会，尽快送")
 * is no delivery time.
 */
export function deliveryTime(
  context: SkillContext,
): { atMs: number; text: string; opens?: boolean } | undefined {
  const later = laterTime(context);
  const datetime = context.nlu.slots.datetime;
  if (!later || !datetime) return undefined;
  const clock = datetime.text.replace(/^[\s,，.。;；:：]+|[\s,，.。;；:：]+$/gu, "");
  const said = clock ? context.turn.text.indexOf(clock) : -1;
  if (said >= 0 && AT_OPENING.test(context.turn.text.slice(said + clock.length)))
    return { ...later, opens: true };
  const zone = context.turn.profile.timeZone;
  if (zoneDay(later.atMs, zone) !== zoneDay(context.turn.now, zone)) return later;
  const text = context.turn.text;
  if (RIGHT_AWAY.test(text)) return undefined;
  // "两小时后", "in 2 hours", "8点以后": said of when to act, whatever the words around it.
  if (datetime.bound === "after" || /(?:钟|时)\s*(?:以|之)?后|^in\s|from now/iu.test(datetime.text))
    return later;
  const at = text.indexOf(datetime.text);
  const around = at < 0 ? text : text.slice(Math.max(0, at - 10), at + datetime.text.length + 8);
  const beside = around.replace(datetime.text, " ");
  if (DELIVERY_TIME.test(beside)) return later;
  // "3点开会", "my 5pm flight": the time of something else; otherwise a time said is when to deliver
  // ("晚上7点我要吃全家桶"), never silently dropped for an order now.
  return OTHER_EVENT.test(beside) ? undefined : later;
}

/**
 * "明天 08:00" / "tomorrow 08:00" / "11月28日（周六）09:00" / "Sat 11/28 09:00": the day in words
 * when it is not today (with its weekday past tomorrow, so "周末" read as Saturday is seen as
 * Saturday), and the clock time, in the user's zone.
 */
export function whenLabel(atMs: number, now: number, lang: Lang, zone: string = WORLD_TIME_ZONE): string {
  const days = zoneDay(atMs, zone) - zoneDay(now, zone);
  const clock = zoneClock(atMs, zone);
  const [, month, day] = zoneDate(atMs, zone).split("-").map(Number) as [number, number, number];
  const weekday = wallTime(atMs, zone).weekday;
  const date = say(
    lang,
    `${month}月${day}日（周${"日一二三四五六"[weekday]}）`,
    `${["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][weekday]} ${month}/${day}`,
  );
  const label = days === 0 ? say(lang, "今天", "today") : days === 1 ? say(lang, "明天", "tomorrow") : date;
  return `${label} ${clock}`;
}
