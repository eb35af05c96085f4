import type { Lang } from "../api/types.ts";

/** The sandbox world is in Hangzhou, so its times read in China time whatever the browser's zone. */
const WORLD_TIME_ZONE = "Asia/Shanghai";

/** Formats an epoch-ms timestamp as a short time in the world's zone ("14:05"). */
export function formatClock(epochMs: number, lang: Lang): string {
  return new Date(epochMs).toLocaleTimeString(lang === "zh" ? "zh-CN" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: WORLD_TIME_ZONE,
  });
}

/** Formats an epoch-ms timestamp as a short date and time ("5 Mar, 14:05" / "3月5日 14:05"). */
export function formatDateTime(epochMs: number, lang: Lang): string {
  return new Date(epochMs).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: WORLD_TIME_ZONE,
  });
}
