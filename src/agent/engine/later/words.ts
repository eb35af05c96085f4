import { WORLD_TIME_ZONE, zoneFormat } from "../../../kernel/time-zone.ts";
import type { Lang } from "../../brain/types.ts";

const ZH_PARTS = {
  month: "numeric",
  day: "numeric",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
} as const;
const EN_PARTS = { ...ZH_PARTS, month: "short" } as const;

/**
 * An absolute time in the user's zone, as a person reads it: "12月7日周一 15:00" / "Mon 7 Dec, 15:00".
 * Outside the world's zone the zone is named ("Mon 7 Dec, 07:00 (Europe/London)"), so a card never
 * leaves it to be guessed.
 */
export function atLabel(ms: number, lang: Lang, zone: string = WORLD_TIME_ZONE): string {
  const parts = Object.fromEntries(
    (lang === "zh" ? zoneFormat("zh-CN", zone, ZH_PARTS) : zoneFormat("en-GB", zone, EN_PARTS))
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
