import { WORLD_TIME_ZONE, wallTime } from "../../../../kernel/time-zone.ts";
import { parseNumber } from "./numbers.ts";

/**
 * Days said by their place in the calendar, which chrono does not read (or reads wrong) in the
 * user's zone: a day of the month alone ("12号", "the 12th"), the month's end or start ("月底",
 * "下个月初", "end of the month"), a numeric month/day ("12/20"), and "(the) day after tomorrow"
 * (chrono drops "day after" without "the", and shifts the hour by the zone with it).
 */
export interface CalendarDay {
  /** The words, as said (a substring of the text). */
  text: string;
  index: number;
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const ZH_NUM = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}";
// A day of the month alone: "12号", "十二号", "20日" — not "3号线", "1号楼", "5号门", "周日", "星期日".
const ZH_DAY_OF_MONTH = new RegExp(
  `(?<![0-9一二三四五六七八九十月周期拜/路街道弄巷村区栋幢室第])(${ZH_NUM})\\s*[号日](?![0-9线楼门店厅馆位座口桌房床柜球车])`,
  "u",
);
// "12月20日", "十二月二十号": a month and a day (checked here too, so "12月" is not read without its day).
const ZH_MONTH_DAY = new RegExp(`(${ZH_NUM})\\s*月\\s*(${ZH_NUM})\\s*[号日]?(?![0-9])`, "u");
// "下个月15号", "这个月20号": a day of this month or the next.
const ZH_RELATIVE_MONTH_DAY = new RegExp(`(下(?:个)?|这个|本)月\\s*(${ZH_NUM})\\s*[号日]`, "u");
// "月底", "下个月初", "这个月中": the month's last, first or middle day.
const ZH_MONTH_PART = /(下(?:个)?|这个|本)月(底|末|初|中)|月(底|末|初)/u;
// "12/20", "12-20" said as a date; not a fraction ("1/2") nor a score.
const NUMERIC = /(?<![0-9/.:-])(1[0-2]|0?[1-9])\s*[/／]\s*(3[01]|[12][0-9]|0?[1-9])(?![0-9/.:])/u;
const EN_NTH =
  /\b(?:on\s+|for\s+)?the\s+(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:floor|row|street|st\b|avenue|ave\b|century|time|place|birthday|anniversary|of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))/iu;
const EN_DAY_AFTER = /\b(?:the\s+)?day\s+after\s+tomorrow\b/iu;
const EN_MONTH_END =
  /\b(?:at\s+|by\s+)?(?:the\s+)?(end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+)?(next\s+)?month\b/iu;

// Days named by a holiday on a fixed date ("on christmas day", "new year's eve", "情人节", "元旦"):
// said as a day ("day"/"eve"/"节", or "on"/"for" before it), never a thing's name ("a christmas cake").
const HOLIDAYS: readonly [RegExp, number, number][] = [
  [/\bchristmas eve\b|\bxmas eve\b|平安夜/iu, 12, 24],
  [
    /\bchristmas day\b|\b(?:on|for|at|over) (?:christmas|xmas)\b(?!\s+(?:cake|tree|gift|present|card|party|dinner|market))|圣诞节/iu,
    12,
    25,
  ],
  [/\bnew year'?s eve\b|跨年夜/iu, 12, 31],
  [/\bnew year'?s day\b|\b(?:on|for) new year'?s\b|元旦/iu, 1, 1],
  [/\bvalentine'?s day\b|\b(?:on|for) valentine'?s\b|情人节/iu, 2, 14],
  [/\b(?:on|for) halloween\b|万圣节/iu, 10, 31],
];

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function addDays(year: number, month: number, day: number, days: number) {
  const date = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The next date with this day of the month, today included: "12号" said on the 26th is next month's. */
function nextDayOfMonth(today: { year: number; month: number; day: number }, day: number) {
  let { year, month } = today;
  if (day < today.day) month += 1;
  if (month > 12) {
    month = 1;
    year += 1;
  }
  // "31号" in a 30-day month: the next month that has it.
  for (let guard = 0; guard < 3 && day > daysIn(year, month); guard++) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return { year, month, day };
}

function monthPart(today: { year: number; month: number }, next: boolean, part: string) {
  let { year, month } = today;
  if (next) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const day =
    part === "底" || part === "末" || part === "end"
      ? daysIn(year, month)
      : part === "中" || part === "middle"
        ? 15
        : 1;
  return { year, month, day };
}

/** Whether a month and a day are in no calendar (29 February is: leap years have it). */
export function impossibleMonthDay(month: number, day: number): boolean {
  const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return longest === undefined || day < 1 || day > longest;
}

/** The calendar day the text names in a way chrono misses, resolved forward from `now` in `zone`. */
export function readCalendarDay(
  text: string,
  now: number,
  zone: string = WORLD_TIME_ZONE,
): CalendarDay | undefined {
  const wall = wallTime(now, zone);
  const today = { year: wall.year, month: wall.month, day: wall.day };
  const found = (match: RegExpExecArray, date: { year: number; month: number; day: number }) => ({
    text: match[0],
    index: match.index,
    ...date,
  });
  const after = EN_DAY_AFTER.exec(text);
  if (after) return found(after, addDays(today.year, today.month, today.day, 2));
  for (const [words, month, day] of HOLIDAYS) {
    const holiday = words.exec(text);
    if (!holiday) continue;
    // This year's, or next year's once it has gone by.
    const gone = month < today.month || (month === today.month && day < today.day);
    return found(holiday, { year: today.year + (gone ? 1 : 0), month, day });
  }
  const relative = ZH_RELATIVE_MONTH_DAY.exec(text);
  if (relative) {
    const { year, month } = monthPart(today, /下/u.test(relative[1] as string), "初");
    const day = parseNumber(relative[2] as string);
    if (day !== undefined && !impossibleMonthDay(month, day)) return found(relative, { year, month, day });
  }
  const monthDay = ZH_MONTH_DAY.exec(text);
  if (monthDay) {
    const month = parseNumber(monthDay[1] as string);
    const day = parseNumber(monthDay[2] as string);
    if (month !== undefined && day !== undefined && !impossibleMonthDay(month, day)) {
      // A month already gone this year is next year's ("1月5号" said in November).
      const year = month < today.month ? today.year + 1 : today.year;
      return found(monthDay, { year, month, day });
    }
    return undefined;
  }
  const ofMonth = ZH_DAY_OF_MONTH.exec(text);
  if (ofMonth) {
    const day = parseNumber(ofMonth[1] as string);
    if (day !== undefined && day >= 1 && day <= 31) return found(ofMonth, nextDayOfMonth(today, day));
  }
  const end = ZH_MONTH_PART.exec(text);
  if (end) return found(end, monthPart(today, /下/u.test(end[1] ?? ""), (end[2] ?? end[3]) as string));
  const enEnd = EN_MONTH_END.exec(text);
  if (enEnd) return found(enEnd, monthPart(today, Boolean(enEnd[2]), (enEnd[1] as string).toLowerCase()));
  const nth = EN_NTH.exec(text);
  if (nth) return found(nth, nextDayOfMonth(today, Number(nth[1])));
  const numeric = NUMERIC.exec(text);
  if (numeric && /[\u3400-\u9fff]/u.test(text)) {
    // English "12/20" is chrono's; in Chinese text it is a month and a day too.
    const month = Number(numeric[1]);
    const day = Number(numeric[2]);
    if (!impossibleMonthDay(month, day)) {
      const year = month < today.month ? today.year + 1 : today.year;
      return found(numeric, { year, month, day });
    }
  }
  return undefined;
}

/** A numeric month/day that does not exist ("2/30"): its words, else undefined. */
export function impossibleNumericDate(text: string): string | undefined {
  const numeric = /(?<![0-9/.:-])(1[0-2]|0?[1-9])\s*[/／]\s*(3[01]|[12][0-9])(?![0-9/.:])/u.exec(text);
  if (!numeric) return undefined;
  return impossibleMonthDay(Number(numeric[1]), Number(numeric[2])) ? numeric[0] : undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A month-day that does not exist ("2月30日", "4月31号", "Feb 30", "30 February"); its words, else undefined. */
export function impossibleDate(text: string): string | undefined {
  const zh =
    /([0-9]{1,2}|[一二三四五六七八九十]+)\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]+)\s*[日号]/u.exec(text);
  const en =
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/iu.exec(
      text,
    );
  let month: number | undefined;
  let day: number | undefined;
  let words: string | undefined;
  if (zh) {
    month = parseNumber(zh[1] as string);
    day = parseNumber(zh[2] as string);
    words = zh[0];
  } else if (en) {
    month = MONTHS.indexOf(((en[1] ?? en[4]) as string).toLowerCase().slice(0, 3)) + 1;
    day = Number(en[2] ?? en[3]);
    words = en[0];
  }
  if (month === undefined || day === undefined || !words) return impossibleNumericDate(text);
  // Any year will do for the longest a month can be (29 February exists in leap years).
  return impossibleMonthDay(month, day) ? words : undefined;
}
