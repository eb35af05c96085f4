import { wallTime } from "../../../../kernel/time-zone.ts";
import type { Language } from "../intents.ts";
import { parseNumber } from "./numbers.ts";
import { extractDateTime } from "./time.ts";

/** A repeat in words, as RRULE options (the user's wall clock) and the words to show for it. */
export interface RecurrenceSlot {
  /** RRULE options without DTSTART, e.g. "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0". */
  rule: string;
  text: { zh: string; en: string };
  /** The words that said it (removed before the rest is read as an order). */
  said: string[];
}

const DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const ZH_DAYS: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };
const EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const ZH_DAY_NAMES = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const EN_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DAY_PART_HOURS: [RegExp, number][] = [
  [/早上|早晨|上午|\bmorning\b/iu, 8],
  [/中午|\bnoon\b|\blunch\b/iu, 12],
  [/晚上|傍晚|\bevening\b|\bdinner\b/iu, 19],
];

/** Which days the words repeat on: weekdays, weekends, every day, or named days ("每周一三五", "every Monday and Thursday"). */
function days(text: string): { days: number[] | "daily"; said: string; also?: string } | undefined {
  const weekdays =
    /每(?:个)?工作日|工作日每天|\bevery\s+(?:weekday|workday)s?\b|\beach\s+weekday\b|\bon\s+weekdays\b|\bweekdays\b/iu.exec(
      text,
    );
  if (weekdays) return { days: [0, 1, 2, 3, 4], said: weekdays[0] };
  const weekend = /每(?:个)?周末|\bevery\s+weekend\b|\bon\s+weekends\b/iu.exec(text);
  if (weekend && !NO_WEEKEND.test(text)) return { days: [5, 6], said: weekend[0] };
  const zhNamed = /每(?:个)?(?:周|星期|礼拜)([一二三四五六日天、和及]+)/u.exec(text);
  if (zhNamed) {
    const named = [...(zhNamed[1] as string)].flatMap((char) =>
      char in ZH_DAYS ? [ZH_DAYS[char] as number] : [],
    );
    if (named.length) return { days: [...new Set(named)].sort(), said: zhNamed[0] };
  }
  const enNamed =
    /\b(?:every|each|on)\s+((?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?:\s*,\s*|\s+and\s+|\s+)?)+)/iu.exec(
      text,
    );
  // "on Saturday" is one Saturday; "on Saturdays" and "every Saturday" repeat.
  if (enNamed && /^on\b/iu.test(enNamed[0]) && !/(?:day)s\b/iu.test(enNamed[1] as string)) return undefined;
  if (enNamed) {
    const named = EN_DAYS.flatMap((day, index) =>
      new RegExp(day, "iu").test(enNamed[1] as string) ? [index] : [],
    );
    if (named.length) return { days: named, said: enNamed[0] };
  }
  const daily =
    /每(?:一)?天|每日|每(?:天)?(?:早上?|晚上?|中午)|\bevery\s+(?:day|morning|evening|noon)\b|\beach\s+(?:day|morning)\b|\bdaily\b/iu.exec(
      text,
    );
  if (daily) {
    // "每天早上8点…周末就不用了", "every day at 8pm except weekends": weekdays, not every day.
    const noWeekend = NO_WEEKEND.exec(text);
    if (noWeekend) return { days: [0, 1, 2, 3, 4], said: daily[0], also: noWeekend[0] };
    return { days: "daily", said: daily[0] };
  }
  return undefined;
}

const NO_WEEKEND =
  /[，,\s]*(?:但是?|不过)?(?:周末|星期六(?:和|、)?(?:星期)?日|周六(?:和|、)?(?:周)?日)(?:就|都|的话)?(?:不用|不要|除外|不需要|别|免了|跳过)(?:了|提醒)?|[，,\s]*除了?周末(?:以外|之外)?|,?\s*(?:except|but not|not on|excluding|skip(?:ping)?)\s+(?:on\s+)?(?:the\s+)?weekends?\b|,?\s*weekdays only\b|,?\s*only on weekdays\b/iu;

/**
 * The repeat the user asked for, with its time of day; `missing: "time"` when the days are said but
 * no time ("每个工作日给我点杯拿铁" — asked, not guessed), undefined when nothing repeats.
 */
export function extractRecurrence(
  text: string,
  lang: Language,
  now: number,
  zone?: string,
): RecurrenceSlot | { missing: "time" } | undefined {
  const repeat = days(text);
  if (!repeat) return undefined;
  const rest = text.replace(repeat.said, " ").replace(repeat.also ?? "\u0000", " ");
  const datetime = extractDateTime(rest, lang, now, zone, { clockAsSaid: true });
  let hour: number | undefined;
  let minute = 0;
  const said = repeat.also ? [repeat.said, repeat.also] : [repeat.said];
  if (datetime?.timeKnown) {
    const wall = wallTime(datetime.startMs, zone);
    hour = wall.hour;
    minute = wall.minute;
    said.push(datetime.text);
  } else {
    hour = DAY_PART_HOURS.find(([pattern]) => pattern.test(text))?.[1];
  }
  // "at 9" in English, which chrono may leave unread after "every weekday".
  const bare = /\b(?:at|@)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/iu.exec(rest);
  if (hour === undefined && bare) {
    hour = (Number(bare[1]) % 12) + (bare[3]?.toLowerCase() === "pm" ? 12 : Number(bare[1]) === 12 ? 12 : 0);
    minute = Number(bare[2] ?? 0);
    said.push(bare[0]);
  }
  if (hour === undefined || hour > 23) return { missing: "time" };
  const clock = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  const byTime = `BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0`;
  if (repeat.days === "daily")
    return { rule: `FREQ=DAILY;${byTime}`, text: { zh: `每天 ${clock}`, en: `every day at ${clock}` }, said };
  const codes = repeat.days.map((day) => DAY_CODES[day]).join(",");
  const weekdays = repeat.days.join() === "0,1,2,3,4";
  const weekend = repeat.days.join() === "5,6";
  const zh = weekdays
    ? "每个工作日"
    : weekend
      ? "每个周末"
      : `每${repeat.days.map((day) => ZH_DAY_NAMES[day]).join("、")}`;
  const en = weekdays
    ? "every weekday"
    : weekend
      ? "every weekend day"
      : `every ${repeat.days.map((day) => EN_DAY_NAMES[day]).join(" and ")}`;
  return {
    rule: `FREQ=WEEKLY;BYDAY=${codes};${byTime}`,
    text: { zh: `${zh} ${clock}`, en: `${en} at ${clock}` },
    said,
  };
}

const NUMBER = "(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)";
const ZH_RUN_CAP = new RegExp(
  `(?:每次|每单|单次|每回|每杯|每份)(?:都)?(?:不超过|别超过|不要超过|不能超过|最多|上限|控制在)?\\s*(?:¥|￥)?\\s*${NUMBER}\\s*(?:元|块)?(?:钱)?(?:以内|之内|以下)?`,
  "u",
);
const ZH_TOTAL_CAP = new RegExp(
  `(?:总共|一共|总计|合计|总预算|累计|总额|总上限)(?:不超过|别超过|不要超过|最多|上限|控制在)?\\s*(?:¥|￥)?\\s*${NUMBER}\\s*(?:元|块)?(?:钱)?(?:以内|之内)?`,
  "u",
);
const EN_TOTAL_CAP =
  /(?:[¥$]\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:yuan|rmb|kuai))\s*(?:in total|total|overall|altogether)|\btotal\s+(?:of\s+|budget\s+(?:of\s+)?|cap\s+(?:of\s+)?)?(?:[¥$]\s*)?(\d+(?:\.\d+)?)/iu;
const EN_RUN_CAP =
  /\b(?:never more than|no more than|not more than|at most|max(?:imum)?(?:\s+of)?|up to|under|below|less than|capped at|cap(?:\s+of)?)\s*(?:[¥$]\s*|rmb\s*)?(\d+(?:\.\d+)?)(?:\s*(?:yuan|rmb|kuai))?(?:\s+(?:a|per|each)\s+(?:time|run|order|day))?/iu;

/** The caps said for a recurring order, in fen, and the words that said them. */
export function extractCaps(text: string): { perRunFen?: number; totalFen?: number; said: string[] } {
  const said: string[] = [];
  const fen = (value: string | undefined) => {
    const yuan = value === undefined ? undefined : parseNumber(value);
    return yuan !== undefined && yuan > 0 ? Math.round(yuan * 100) : undefined;
  };
  const total = ZH_TOTAL_CAP.exec(text) ?? EN_TOTAL_CAP.exec(text);
  const totalFen = total ? fen(total[1] ?? total[2] ?? total[3]) : undefined;
  if (total) said.push(total[0]);
  const rest = total ? text.replace(total[0], " ") : text;
  const run = ZH_RUN_CAP.exec(rest) ?? EN_RUN_CAP.exec(rest);
  const perRunFen = run ? fen(run[1]) : undefined;
  if (run) said.push(run[0]);
  return {
    ...(perRunFen ? { perRunFen } : {}),
    ...(totalFen ? { totalFen } : {}),
    said,
  };
}

const DEFAULT_DAYS = 30;

/** How long the user wants it to run ("持续两周", "for a month"); default 30 days. Returns the end (epoch ms). */
export function extractRunsUntil(text: string, now: number): { untilMs: number; said?: string } {
  const zh =
    /(?:持续|为期|连续|未来|接下来)\s*([0-9一二两三四五六七八九十]+)\s*(?:个)?\s*(天|周|星期|礼拜|月)/u.exec(
      text,
    );
  const en = /\bfor\s+(?:the\s+next\s+)?(\d+|a|one|two|three|four|six)\s+(days?|weeks?|months?)\b/iu.exec(
    text,
  );
  const match = zh ?? en;
  if (!match) return { untilMs: now + DEFAULT_DAYS * 86_400_000 };
  const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, six: 6 };
  const amount = words[(match[1] as string).toLowerCase()] ?? parseNumber(match[1] as string) ?? 1;
  const unit = match[2] as string;
  const dayCount = /天|day/iu.test(unit) ? 1 : /月|month/iu.test(unit) ? 30 : 7;
  return { untilMs: now + amount * dayCount * 86_400_000, said: match[0] };
}
