import type { Lang } from "../api/types.ts";

/** The sandbox world is in Hangzhou, so its times read in China time whatever the browser's zone. */
const WORLD_TIME_ZONE = "Asia/Shanghai";

/**
 * The zone the signed-in user's times show in: their profile's (GET /api/me `timeZone`), else the
 * world's. Set once the profile loads; module state because every time on screen follows it.
 */
let displayTimeZone = WORLD_TIME_ZONE;

/** Shows times in the user's zone from now on (undefined: the world's). */
export function setDisplayTimeZone(zone: string | undefined): void {
  displayTimeZone = zone ?? WORLD_TIME_ZONE;
}

/** The zone times show in now. */
export function shownTimeZone(): string {
  return displayTimeZone;
}

/** "11/27 08:00" in the user's zone, for a scheduled time on a card. */
export function formatScheduled(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: displayTimeZone,
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(Date.parse(iso)))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.month}/${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Formats an epoch-ms timestamp as a short time in the world's zone ("14:05"). */
export function formatClock(epochMs: number, lang: Lang): string {
  return new Date(epochMs).toLocaleTimeString(lang === "zh" ? "zh-CN" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: displayTimeZone,
  });
}

/** Formats an epoch-ms timestamp as a short date and time ("5 Mar, 14:05" / "3月5日 14:05"). */
export function formatDateTime(epochMs: number, lang: Lang): string {
  return new Date(epochMs).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: displayTimeZone,
  });
}
