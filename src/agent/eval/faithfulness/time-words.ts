import type { TimeAsk } from "./asks.ts";

const ZH_DIGITS = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** Ways a reply may name an asked time (day word, hour in either language), for the mentions test. */
export function timeWords(time: TimeAsk): string[] {
  const { hour, minute } = time;
  const twelve = hour > 12 ? hour - 12 : hour;
  const mm = String(minute).padStart(2, "0");
  const words = [
    `${hour}:${mm}`,
    `${String(hour).padStart(2, "0")}:${mm}`,
    `${twelve}:${mm}`,
    `${twelve}点`,
    `${ZH_DIGITS[twelve] ?? twelve}点`,
    `${twelve}am`,
    `${twelve} am`,
    `${twelve}pm`,
    `${twelve} pm`,
    `${twelve} a.m.`,
    `${twelve} p.m.`,
  ];
  if (hour === 12 && minute === 0) words.push("noon", "中午");
  if (time.day.offset === 1) words.push("明天", "明早", "tomorrow");
  if (time.day.offset === 0) words.push("今晚", "今天", "tonight", "today");
  return words;
}
