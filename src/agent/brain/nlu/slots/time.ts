import * as chrono from "chrono-node";
import { WORLD_TIME_ZONE, wallTime, zoneDay, zoneOffsetMinutes } from "../../../../kernel/time-zone.ts";
import type { Language } from "../intents.ts";
import { impossibleDate, readCalendarDay } from "./calendar-day.ts";
import { eveningMeant } from "./clock-sense.ts";
import { chineseDayHalf, englishClockDigits, laterHalfMeant } from "./clock-words.ts";
import { parseNumber } from "./numbers.ts";
import type { DateTimeSlot } from "./types.ts";
import { judged, laterFromNow, onCalendarDay } from "./when-reader.ts";
import { withoutZoneWords } from "./zone-words.ts";

const DAY_PART_HOURS: Record<string, number> = { 早上: 8, 上午: 10, 中午: 12, 下午: 3, 傍晚: 6, 晚上: 7 };

/** chrono's Chinese parser misreads a few everyday forms; rewrite them to ones it knows. */
function prepareChinese(text: string): string {
  return (
    chineseDayHalf(text)
      .replace(/(这|本)(周|星期|礼拜)(?=[一二三四五六日天末])/gu, "$2")
      .replace(/明早/gu, "明天早上")
      // "明晚" is tomorrow evening (chrono reads today); "下午场"/"晚场" is a session of that part of the day.
      .replace(/明晚/gu, "明天晚上")
      .replace(/(上午|下午|晚上|早上|中午)场/gu, "$1")
      // chrono has no "周末": a weekend is Saturday to Sunday ("周末音乐派对" is a show's name).
      .replace(/下个?(?:周|星期|礼拜)末(?!音乐|脱口|派对)/gu, "下周六至周日")
      .replace(/(?<![下上])(?:周|星期|礼拜)末(?!音乐|脱口|派对)/gu, "周六至周日")
      // "高一点", "快一点": "a bit", not one o'clock.
      .replace(/([高快慢多少大小宜贵好早晚近远甜辣热冰淡浓轻重])一点/gu, "$1些")
      .replace(/明儿个?/gu, "明天")
      .replace(/今儿个?/gu, "今天")
      .replace(/后儿个?/gu, "后天")
      // chrono reads "明天中午" as today's noon: give a named day's part of the day its usual hour.
      .replace(
        /(明天|后天|大后天|(?:周|星期|礼拜)[一二三四五六日天])(早上|上午|中午|下午|傍晚|晚上)(?![0-9零一二两三四五六七八九十]+\s*[点:：时])/gu,
        (_all, day: string, part: string) => `${day}${part}${DAY_PART_HOURS[part]}点`,
      )
      .replace(/今早/gu, "今天早上")
      // "傍晚六点", "下班前6点", "吃晚饭前六点半": a bare clock said by an evening's moment is the evening's.
      .replace(
        /(?:傍晚|黄昏|(?:吃)?晚饭(?:前|时|的时候)?|下班(?:前|后|的时候)?|放学(?:前|后)?)(?:的)?(?=\s*[0-9一二两三四五六七八九十]+\s*[点:：])/gu,
        "晚上",
      )
      .replace(/(?:(?:吃)?午饭(?:前|时|的时候)?)(?:的)?(?=\s*(?:1[012]|十[一二]?)\s*[点:：])/gu, "中午")
      // "八点一刻" / "三点三刻": quarters of an hour (chrono reads the 一 as a minute).
      .replace(/([0-9]+|[一二两三四五六七八九十]+)\s*点\s*一刻/gu, "$1点15分")
      .replace(/([0-9]+|[一二两三四五六七八九十]+)\s*点\s*三刻/gu, "$1点45分")
      // "下午茶" is a meal, not the afternoon ("下午茶 … 下午三点送到" is for three o'clock).
      .replace(/下午茶/gu, "茶歇")
      .replace(/(\d+|[半一二两三四五六七八九十]+)\s*(分钟|小时|个小时|个钟头|个半?小时)(内|以内|之内)/gu, "")
  );
}

const DURATION = /\b(?:min(?:ute)?s?|hours?|hrs?|half an hour)\b|分钟|小时|钟头/iu;
const CLOCK =
  /[点:：]|\b(?:am|pm|noon|midnight|o'clock)\b|上午|下午|晚上|早上|中午|明天|后天|tomorrow|tonight/iu;

/** chrono's reference for `now` in a zone: the instant and the zone's offset then, in minutes. */
export function chronoReference(now: number, zone: string = WORLD_TIME_ZONE) {
  return { instant: new Date(now), timezone: zoneOffsetMinutes(zone, now) };
}

/**
 * The one time reader every skill uses: the first date/time in the text, resolved relative to `now`
 * in the user's zone (Asia/Shanghai unless given). Days chrono misses are read first ("12号", "月底",
 * "the 12th", "day after tomorrow"); a bare hour already gone today is the coming one ("3点" said at
 * 9 a.m. is 15:00); and the reading says when it cannot be acted on (`problem`: a date that does not
 * exist, or a time already gone) and whether it bounds the act (`bound`: "8点前", "after 8pm").
 */
export function extractDateTime(
  text: string,
  lang: Language,
  now: number,
  zone: string = WORLD_TIME_ZONE,
  options: { clockAsSaid?: boolean } = {},
): DateTimeSlot | undefined {
  const impossible = impossibleDate(text);
  if (impossible) return { text: impossible, startMs: now, timeKnown: false, problem: "impossible" };
  const delay = laterFromNow(text, now, parseNumber);
  if (delay) return delay;
  const day = readCalendarDay(text, now, zone);
  if (day) {
    const rest =
      text.slice(0, day.index) + " ".repeat(day.text.length) + text.slice(day.index + day.text.length);
    return judged(onCalendarDay(day, text, chronoDateTime(rest, lang, now, zone), zone), text, now, zone);
  }
  const slot = chronoDateTime(text, lang, now, zone);
  if (!slot) return undefined;
  // A repeat's clock ("every Monday at 9") is the hour as said, not the coming one today.
  const startMs =
    slot.timeKnown && !options.clockAsSaid
      ? eveningMeant(slot.text, text, slot.startMs, now, zone)
      : slot.startMs;
  return judged({ ...slot, startMs }, text, now, zone);
}

/** chrono's reading of the first date/time in the text, with forward dates. */
function chronoDateTime(
  text: string,
  lang: Language,
  now: number,
  zone: string = WORLD_TIME_ZONE,
): DateTimeSlot | undefined {
  const reference = chronoReference(now, zone);
  const parsed =
    lang === "zh"
      ? prepareChinese(text)
      : withoutZoneWords(englishClockDigits(text), (said) =>
          chrono.parse(said, reference, { forwardDate: true }),
        );
  const results =
    lang === "zh"
      ? chrono.zh.hans.parse(parsed, reference, { forwardDate: true })
      : chrono.parse(parsed, reference, { forwardDate: true });
  // A date said outright ("on Nov 29") outranks a vague one the text also holds ("Weekend" in a title).
  const dated = (result: (typeof results)[number]) =>
    result.start.isCertain("day") ? 0 : result.start.isCertain("weekday") ? 1 : 2;
  const ordered = results.map((result, index) => ({ result, index }));
  ordered.sort((a, b) => dated(a.result) - dated(b.result) || a.index - b.index);
  for (const { result } of ordered) {
    // Bare numbers and durations ("within 30 minutes") are quantities or deadlines, not dates.
    if (/^\s*\d+\s*$/u.test(result.text) || /^(in|within|under)\s/iu.test(result.text)) continue;
    // "一点点辣", "快一点", "便宜一点": "a little", not one o'clock — unless a clock word follows
    // (chrono may keep the comma before it: "两份，一点点辣").
    if (
      result.text.replace(/^[\s，,、；;。]+/u, "") === "一点" &&
      !/^\s*(?:钟|半|整|前|之前|以前|到|送|左右|出发|的时候)/u.test(
        text.slice(result.index + result.text.length),
      )
    )
      continue;
    // "2 a little spicy", "3 a day": a number before the article "a" is no "2 a.m.".
    if (/\d\s*[ap]$/iu.test(result.text)) continue;
    // "in under half an hour", "45 min", "半小时之内": a deadline, unless a clock time is said too.
    if (DURATION.test(result.text) && !CLOCK.test(result.text)) continue;
    // A bare month run into "天" is a name, not a date: "五月天" is a band ("五月天气" stays May's weather).
    if (
      /^[一二三四五六七八九十]+月$/u.test(result.text) &&
      /^天(?!气)/u.test(parsed.slice(result.index + result.text.length))
    )
      continue;
    const before = text.slice(Math.max(0, result.index - 12), result.index);
    if (/\b(?:in|within|under|less than|inside)\s*$/iu.test(before) && !CLOCK.test(result.text)) continue;
    // "at 7 tomorrow evening": the half of the day said apart from the hour.
    const later =
      lang === "en" &&
      laterHalfMeant(parsed, result.start.get("hour") ?? 0, result.start.isCertain("meridiem"))
        ? 12 * 3_600_000
        : 0;
    const slot: DateTimeSlot = {
      text: result.text,
      startMs: mondayWeek(
        text,
        tomorrowMeant(result.text, result.start.date().getTime() + later, now, zone),
        now,
        zone,
      ),
      timeKnown: result.start.isCertain("hour"),
    };
    // A range moved by a week ("下周末") moves whole.
    if (result.end) slot.endMs = result.end.date().getTime() + (slot.startMs - result.start.date().getTime());
    return slot;
  }
  return undefined;
}

const ZH_WITHIN =
  /(半|[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(分钟|小时|钟头|个小时)(?:内|以内|之内|左右)?/u;
const EN_WITHIN =
  /\b(?:within|in|under|less than)\s+(half an|an|a|one|two|three|\d+)\s*(minutes?|mins?|hours?|hrs?|h)\b/iu;
const EN_HALF_HOUR = /\bhalf an hour\b/iu;

/** A deadline or duration in minutes: "半小时内" → 30, "within 30 minutes" → 30, "一个小时以内" → 60. */
export function extractWithinMinutes(text: string): number | undefined {
  const zh = ZH_WITHIN.exec(text);
  if (zh) {
    const amount = zh[1] === "半" ? 0.5 : parseNumber(zh[1] as string);
    if (amount !== undefined) return Math.round(amount * (zh[2] === "分钟" ? 1 : 60));
  }
  if (/半(个)?(小时|钟头)/u.test(text)) return 30;
  const en = EN_WITHIN.exec(text);
  if (en) {
    const word = (en[1] as string).toLowerCase();
    const amount =
      word === "half an"
        ? 0.5
        : word === "an" || word === "a" || word === "one"
          ? 1
          : word === "two"
            ? 2
            : word === "three"
              ? 3
              : Number(word);
    return Math.round(amount * (/^m/iu.test(en[2] as string) ? 1 : 60));
  }
  if (EN_HALF_HOUR.test(text)) return 30;
  return undefined;
}

const WEEK_MS = 7 * 24 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/**
 * chrono's Chinese parser reads a bare "明天" (no clock time: "明天杭州会下雨吗", "明天晚上") as today
 * when given a timezone, though "后天" and "明天下午3点" come out right: "明天" is never today.
 */
function tomorrowMeant(said: string, startMs: number, now: number, zone: string): number {
  return /明天|明日/u.test(said) && zoneDay(startMs, zone) === zoneDay(now, zone)
    ? startMs + DAY_MS
    : startMs;
}

/**
 * Chinese weeks run Monday to Sunday; chrono's start on Sunday. Said on a Sunday, "下周一" is
 * tomorrow, not eight days away, and "这周日" is today.
 */
function mondayWeek(text: string, startMs: number, now: number, zone: string): number {
  const weekday = wallTime(now, zone).weekday;
  const sunday = weekday === 0;
  // Said Monday to Saturday, chrono puts "下周日" / "下周末" in this week (its week ends on Saturday).
  if (
    !sunday &&
    /(?:下|下个)(?:周|星期|礼拜)(?:[日天]|末)/u.test(text) &&
    startMs - now < (8 - weekday) * DAY_MS
  )
    return startMs + WEEK_MS;
  if (!sunday) return startMs;
  if (
    /(?:下|下个)(?:周|星期|礼拜)[一二三四五六日天]/u.test(text) &&
    startMs - now > WEEK_MS - 24 * 60 * 60_000
  )
    return startMs - WEEK_MS;
  if (/(?:这|本|这个)(?:周|星期|礼拜)[日天]/u.test(text) && startMs - now > 24 * 60 * 60_000)
    return startMs - WEEK_MS;
  return startMs;
}
