import type { Lang } from "../../brain/types.ts";

const FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    month: "numeric",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Shanghai",
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }),
};

/** An absolute time in Asia/Shanghai, as a person reads it: "12月7日周一 15:00" / "Mon 7 Dec, 15:00". */
export function atLabel(ms: number, lang: Lang): string {
  const parts = Object.fromEntries(
    FORMATS[lang].formatToParts(new Date(ms)).map((part) => [part.type, part.value]),
  );
  const clock = `${parts.hour}:${parts.minute}`;
  return lang === "zh"
    ? `${parts.month}月${parts.day}日${parts.weekday} ${clock}`
    : `${parts.weekday} ${parts.day} ${parts.month}, ${clock}`;
}
