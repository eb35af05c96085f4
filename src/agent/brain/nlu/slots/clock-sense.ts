import { WORLD_TIME_ZONE, wallTime, zoneDay } from "../../../../kernel/time-zone.ts";

const HOUR_MS = 3_600_000;
// Waking up, or changing a time already set ("改成7点半" of a morning booking): the hour stays as said.
const CHANGE =
  /起床|叫醒|改|换|提前|推迟|延后|挪|每|工作日|\b(?:every|daily|weekdays?|wake|make it|change|move|instead|actually|push|bring)\b/iu;
// Words that fix the half of the day or the day itself: the reading is then the user's, not a guess.
const HALF_OR_DAY =
  /[上下]午|早|晚|夜|凌晨|中午|傍晚|明|后天|周|星期|礼拜|号|日|月|\d\s*[ap]\.?m\b|\b(?:a\.?m\.?|p\.?m\.?|morning|evening|night|tonight|noon|midnight|tomorrow)(?![a-z])|\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|nesday|sday|urday|rsday)?\b/iu;

/**
 * A bare clock time already past today ("6点叫车" said at 9 a.m., "at 6") means this evening, the
 * way people say it, not tomorrow at dawn: chrono's forward reading is moved to today's afternoon
 * hour when that is still ahead and nothing in the text fixes the morning or another day.
 */
export function eveningMeant(
  said: string,
  text: string,
  startMs: number,
  now: number,
  zone: string = WORLD_TIME_ZONE,
): number {
  if (HALF_OR_DAY.test(said) || HALF_OR_DAY.test(text.replace(said, " ")) || CHANGE.test(text))
    return startMs;
  const wall = wallTime(startMs, zone);
  if (wall.hour < 1 || wall.hour > 11) return startMs;
  if (zoneDay(startMs, zone) !== zoneDay(now, zone) + 1) return startMs;
  const evening = startMs - 24 * HOUR_MS + 12 * HOUR_MS;
  return evening > now ? evening : startMs;
}
