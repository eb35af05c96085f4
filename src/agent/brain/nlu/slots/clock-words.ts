import { EN_TENS, EN_UNITS } from "./numbers.ts";

/**
 * Clock times as people say them in words, rewritten to the digits chrono reads: "quarter past
 * eight" → "8:15", "half past seven" → "7:30", "twenty to nine" → "8:40", "eight thirty" → "8:30";
 * and the Chinese shorthand "晚8点" / "早七点半" → "晚上8点" / "早上七点半". chrono reads none of these:
 * it fell back on the day's default hour ("tomorrow" → 09:00), a ride or a delivery at a time the
 * user never said.
 */

// An hour, not a count of something ("five to ten minutes", "ten to twelve people").
const HOUR = String.raw`(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?!\s*(?:min|hour|hr|day|week|month|year|people|person|guest|yuan|kuai|rmb|cup|item|piece|bag|box|%|-))`;
const PAST = new RegExp(
  String.raw`\b(five|ten|(?:a\s+)?quarter|twenty(?:[- ]five)?|half|[1-5]?[0-9])\s+(?:minutes?\s+)?past\s+${HOUR}\b`,
  "giu",
);
const TO = new RegExp(
  String.raw`\b(five|ten|(?:a\s+)?quarter|twenty(?:[- ]five)?)\s+(?:minutes?\s+)?(?:to|of)\s+${HOUR}\b`,
  "giu",
);
// "eight thirty", "seven-fifteen", "nine forty-five": an hour word and the minutes in words.
const SPOKEN =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](fifteen|thirty|forty[- ]five)\b(?!-|\s*(?:yuan|kuai|rmb|dollars?|bucks|people|persons?|cups?|items?|pieces?|min|hour))/giu;

/** An hour or minutes in digits or number words ("eight", "twenty-five"); a quarter and a half of an hour. */
function minutesOf(said: string): number {
  const words = said.toLowerCase().replace(/^a\s+/u, "").split(/[- ]+/u);
  if (words[0] === "quarter") return 15;
  if (words[0] === "half") return 30;
  return words.reduce((sum, word) => sum + (EN_UNITS[word] ?? EN_TENS[word] ?? Number(word)), 0);
}

const two = (value: number) => String(value).padStart(2, "0");

/** English clock words as digits; the rest of the text as it was. */
export function englishClockDigits(text: string): string {
  return text
    .replace(PAST, (_all, minutes: string, hour: string) => {
      const m = minutesOf(minutes);
      return Number.isInteger(m) && m < 60 ? `${minutesOf(hour)}:${two(m)}` : _all;
    })
    .replace(TO, (_all, minutes: string, hour: string) => {
      const h = minutesOf(hour);
      return `${h === 1 ? 12 : h - 1}:${two(60 - minutesOf(minutes))}`;
    })
    .replace(SPOKEN, (_all, hour: string, minutes: string) => {
      return `${minutesOf(hour)}:${two(minutesOf(minutes))}`;
    });
}

/** "晚8点", "明早七点半" (after a day, or alone): the half of the day said short, written out for chrono. */
export function chineseDayHalf(text: string): string {
  return text.replace(
    /(^|[天日一二三四五六\s，,。])(早|晚)(?=\s*[0-9零一二两三四五六七八九十]+\s*[点:：])/gu,
    (_all, before: string, half: string) => `${before}${half === "早" ? "早上" : "晚上"}`,
  );
}

const LATE_HALF = /\b(?:evening|tonight|night|afternoon|p\.?m\.?)(?![a-z])/iu;
const EARLY_HALF = /\b(?:morning|a\.?m\.?|dawn)(?![a-z])|\bearly\b/iu;

/**
 * "at 7 tomorrow evening", "7:30 in the evening": chrono leaves a bare hour in the morning when the
 * half of the day is said apart from it; the afternoon or evening said moves it twelve hours on.
 */
export function laterHalfMeant(text: string, hour: number, meridiemCertain: boolean): boolean {
  return !meridiemCertain && hour >= 1 && hour <= 11 && LATE_HALF.test(text) && !EARLY_HALF.test(text);
}
