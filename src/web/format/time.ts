import type { Lang } from "../api/types.ts";

/** Formats an epoch-ms timestamp as a short local time ("14:05"). */
export function formatClock(epochMs: number, lang: Lang): string {
  return new Date(epochMs).toLocaleTimeString(lang === "zh" ? "zh-CN" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** Formats an epoch-ms timestamp as a short local date and time ("5 Mar, 14:05" / "3月5日 14:05"). */
export function formatDateTime(epochMs: number, lang: Lang): string {
  return new Date(epochMs).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
