import { WORLD_TIME_ZONE } from "../../../ecosystem/kernel/time-zone.ts";
import type { Lang } from "../../brain/types.ts";

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: Lang, zone: string): Intl.DateTimeFormat {
  const key = `${lang} ${zone}`;
  let format = formats.get(key);
  if (!format) {
    format =
      lang === "zh"
        ? new Intl.DateTimeFormat("zh-CN", {
            timeZone: zone,
            month: "numeric",
            day: "numeric",
            weekday: "short",
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
          })
        : new Intl.DateTimeFormat("en-GB", {
            timeZone: zone,
            weekday: "short",
            day: "numeric",
            month: "short",
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
          });
    formats.set(key, format);
  }
  return format;
}

/**
 * An absolute time in the user's zone, as a person reads it: "12月7日周一 15:00" / "Mon 7 Dec, 15:00".
 * Outside the world's zone the zone is named ("Mon 7 Dec, 07:00 (Europe/London)"), so a card never
 * leaves it to be guessed.
 */
export function atLabel(ms: number, lang: Lang, zone: string = WORLD_TIME_ZONE): string {
  const parts = Object.fromEntries(
    formatFor(lang, zone)
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  const clock = `${parts.hour}:${parts.minute}`;
  const label =
    lang === "zh"
      ? `${parts.month}月${parts.day}日${parts.weekday} ${clock}`
      : `${parts.weekday} ${parts.day} ${parts.month}, ${clock}`;
  return zone === WORLD_TIME_ZONE ? label : `${label} (${zone})`;
}
