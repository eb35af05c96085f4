import type { Lang } from "../types.ts";
import type { Conditional } from "./conditions.ts";
import { say } from "./say.ts";

// What a weather condition is judged on, and what the user said should happen when it fails.
// "明天早上要是下雨就帮我叫车去公司，不下就算了": the user said what to do when it does not rain —
// nothing — so when the forecast rules the rain out, no card is made (the forecast is said, and the
// user can still ask for it). Without such words the card stays the user's to decide (conditions.ts).

// "不下就算了", "没雨就不用了", "不然算了", "否则别叫了", "otherwise forget it", "if not, never mind".
const ELSE_NOTHING =
  /(?:^|[，,。；;\s])(?:(?:要是|如果)?(?:不|没)[^，,。；;]{0,6}?|不然|否则|要不然)(?:的话)?(?:那)?(?:就)?(?:算了|不用了?|不要了?|别[^，,。；;]{0,4}?了|拉倒)|\b(?:otherwise|if not|else)\b,?\s*(?:just\s+)?(?:forget (?:it|about it)|never ?mind|skip it|don'?t(?: bother)?|do not|no need|nothing)/iu;

/** Whether the user said that nothing should be done when the condition fails. */
export function elseNothing(text: string): boolean {
  return ELSE_NOTHING.test(text);
}

/** The action without the words for when the condition fails ("帮我叫车去公司，不下就算了" → "帮我叫车去公司"). */
export function withoutElse(action: string): string {
  const match = ELSE_NOTHING.exec(action);
  if (!match) return action;
  const cut = action.slice(0, match.index).replace(/[，,。；;\s]+$/u, "");
  return cut.length >= 2 ? cut : action;
}

// "白天多云，夜间晴" / "cloudy by day, clear at night": the part of the day the action is in.
const ZH_PARTS = /白天([^，,。]+)[，,]\s*夜间([^，,。]+)/u;
const EN_PARTS = /([a-z][a-z ]*?) by day, ([a-z][a-z ]*?) at night/iu;
const NIGHT =
  /晚上|夜|今晚|明晚|傍晚|\b(?:tonight|night|evening)\b|(?:下午|晚上)?(?:[6-9]|1[0-2]|六|七|八|九|十)点.*(?:晚|夜)|\b(?:[6-9]|1[01])\s*pm\b/iu;

/** The forecast with only the part of the day the action happens in, when it names day and night. */
export function forecastForPart(forecast: string, action: string): string {
  const night = NIGHT.test(action);
  const zh = ZH_PARTS.exec(forecast);
  if (zh) return forecast.replace(zh[0], night ? `夜间${zh[2]}` : `白天${zh[1]}`);
  const en = EN_PARTS.exec(forecast);
  if (en) return forecast.replace(en[0], night ? `${en[2]} at night` : `${en[1]} by day`);
  return forecast;
}

/** The words after the forecast when the condition fails and the user said to do nothing then. */
export function nothingDoneText(lang: Lang): string {
  return say(
    lang,
    "按你说的，这次就不办了；要是还想办，跟我说一声。",
    " As you said, I've left it — tell me if you still want it.",
  );
}

/** "要是晴天…" with a cloudy or overcast forecast: sunshine asked for, none forecast. */
export function sunshineMissing(condition: string, forecastPart: string): boolean {
  return (
    /晴|\bsunny\b|\bclear\b/iu.test(condition) &&
    !/晴|\bsunny\b|\bclear\b/iu.test(forecastPart) &&
    /阴|多云|雨|雪|\b(?:overcast|cloudy|rain|snow)/iu.test(forecastPart)
  );
}

/** Rain asked for, none named and a low chance of it (≤ 20 %): "多云，降水概率 15%". */
export function rainUnlikely(condition: Conditional["weather"], forecastPart: string): boolean {
  if (condition !== "rain") return false;
  const chance = /降水概率\s*(\d+)\s*%|(\d+)\s*% chance of rain/iu.exec(forecastPart);
  const percent = Number(chance?.[1] ?? chance?.[2] ?? Number.NaN);
  const rainSaid = /雨(?!伞)|\brain(?:y)?\b|\bshowers?\b/iu.test(
    forecastPart.replace(/降水概率\s*\d+\s*%|\d+\s*% chance of rain/giu, ""),
  );
  return !rainSaid && percent <= 20;
}
