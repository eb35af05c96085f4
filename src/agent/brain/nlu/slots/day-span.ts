import { WORLD_TIME_ZONE, wallTime } from "../../../../kernel/time-zone.ts";

/**
 * A span of days said as a whole ("这周末", "next week", "未来几天"), as offsets from today in the
 * user's zone: `from` and `to` inclusive (0 = today). A single day is left to the date slot; this is
 * for the words that mean several days, which a single date would silently shorten to one.
 */
export interface DaySpan {
  text: string;
  from: number;
  to: number;
}

// Chinese weeks run Monday (1) to Sunday (7); JavaScript's weekday is 0 for Sunday.
const isoWeekday = (weekday: number) => (weekday === 0 ? 7 : weekday);

const ZH_NEXT_WEEKEND = /下(?:个)?(?:周末|礼拜末|星期末)/u;
const ZH_WEEKEND = /(?:这|本|这个)?(?:周末|礼拜天和礼拜六|星期六和星期天|周六周日|周六和周日|周六日)/u;
const EN_NEXT_WEEKEND = /\bnext weekend\b/iu;
const EN_WEEKEND = /\b(?:this|the|over the|on the)?\s*weekend\b/iu;
// "下周" alone, not "下周三" (a day, which the date slot reads).
const ZH_NEXT_WEEK = /下(?:个)?(?:周|星期|礼拜)(?![一二三四五六日末]|天(?!气))/u;
const EN_NEXT_WEEK = /\bnext week\b(?!end)|\bthe week ahead\b|\bcoming week\b/iu;
const ZH_THIS_WEEK = /(?:这|本)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日末]|天(?!气))/u;
const EN_THIS_WEEK = /\bthis week\b(?!end)|\brest of the week\b/iu;
const ZH_FEW_DAYS = /(?:这|接下来|未来|最近|往后|后面)(?:的)?(?:几|两|三|[0-9]+)\s*天|这两天|近几天|近期/u;
const EN_FEW_DAYS =
  /\b(?:next|coming|following)\s+(?:few|couple(?: of)?|2|3|4|5|two|three|four|five)\s+days\b|\bdays ahead\b|\bthis coming days\b|\bfew days\b/iu;
const NUMBER_WORDS: Record<string, number> = {
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  couple: 2,
};

function spanLength(said: string): number {
  const digit = /[0-9]+/u.exec(said)?.[0];
  if (digit) return Math.max(1, Math.min(7, Number(digit)));
  const word = /两|二|三|四|五|two|three|four|five|couple/iu.exec(said)?.[0]?.toLowerCase();
  return word ? (NUMBER_WORDS[word] ?? 3) : 3;
}

/** The span of days a text asks about as a whole, if it says one. */
export function extractDaySpan(
  text: string,
  now: number,
  zone: string = WORLD_TIME_ZONE,
): DaySpan | undefined {
  const today = isoWeekday(wallTime(now, zone).weekday);
  const toSaturday = 6 - today;
  const nextWeekend = ZH_NEXT_WEEKEND.exec(text) ?? EN_NEXT_WEEKEND.exec(text);
  if (nextWeekend) return { text: nextWeekend[0], from: toSaturday + 7, to: toSaturday + 8 };
  const weekend = ZH_WEEKEND.exec(text) ?? EN_WEEKEND.exec(text);
  if (weekend) {
    // Said on a Sunday, "this weekend" is what is left of it: today.
    if (today === 7) return { text: weekend[0].trim(), from: 0, to: 0 };
    return { text: weekend[0].trim(), from: Math.max(0, toSaturday), to: toSaturday + 1 };
  }
  const nextWeek = ZH_NEXT_WEEK.exec(text) ?? EN_NEXT_WEEK.exec(text);
  if (nextWeek) return { text: nextWeek[0], from: 8 - today, to: 14 - today };
  const thisWeek = ZH_THIS_WEEK.exec(text) ?? EN_THIS_WEEK.exec(text);
  if (thisWeek) return { text: thisWeek[0], from: 0, to: 7 - today };
  const few = ZH_FEW_DAYS.exec(text) ?? EN_FEW_DAYS.exec(text);
  if (few) {
    const length = spanLength(few[0]);
    // "这两天" is today and tomorrow; "未来三天" / "the next 3 days" are the days after today.
    const ahead = /未来|接下来|往后|后面|next|coming|following|ahead/iu.test(few[0]) ? 1 : 0;
    return { text: few[0], from: ahead, to: ahead + length - 1 };
  }
  return undefined;
}
