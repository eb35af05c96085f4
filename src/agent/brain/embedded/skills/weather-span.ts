import type { DaySpan } from "../../nlu/slots/day-span.ts";
import type { Lang } from "../../types.ts";
import { say } from "../say.ts";
import { dayLabel, shanghaiDate } from "./shanghai-time.ts";
import type { WeatherOutput } from "./weather.ts";

type Forecast = WeatherOutput["forecasts"][number];

const DAY_MS = 86_400_000;
const RAIN_ASKED = /下雨|有雨|雨吗|雨不|带伞|要伞|伞|\brain(?:y|ing)?\b|\bumbrella\b|\bshowers?\b|\bwet\b/iu;
const RAINY = /雨|雪/u;

/** Whether a day's forecast is for rain: rain or snow in its words, or an even chance or more. */
const wet = (cast: Forecast) =>
  RAINY.test(cast.dayweather + cast.nightweather) || (cast.precipitation_chance ?? 0) >= 50;

/**
 * The yes or no to a question about rain ("后天下雨吗", "do I need an umbrella"), over the days asked
 * about; undefined when the turn asks no such thing.
 */
export function rainAnswer(text: string, casts: readonly Forecast[], lang: Lang): string | undefined {
  if (!RAIN_ASKED.test(text) || casts.length === 0) return undefined;
  const rainy = casts.filter(wet);
  if (rainy.length === 0) {
    const most = Math.max(...casts.map((cast) => cast.precipitation_chance ?? 0));
    return most >= 30
      ? say(lang, "有可能下点雨，带把伞更稳妥。", "Rain is possible, so an umbrella wouldn't hurt.")
      : say(lang, "应该不会下雨，不用带伞。", "It shouldn't rain; no umbrella needed.");
  }
  if (rainy.length === casts.length)
    return say(lang, "会下雨，出门记得带伞。", "Yes, rain is likely — take an umbrella.");
  return undefined;
}

function conditions(cast: Forecast, lang: Lang): string {
  return cast.dayweather === cast.nightweather
    ? say(lang, cast.dayweather, (cast.dayweather_en ?? cast.dayweather).toLowerCase())
    : say(
        lang,
        `白天${cast.dayweather}，夜间${cast.nightweather}`,
        `${(cast.dayweather_en ?? cast.dayweather).toLowerCase()} by day, ${(cast.nightweather_en ?? cast.nightweather).toLowerCase()} at night`,
      );
}

/**
 * Several days asked about as a whole ("这周末", "next week", "未来三天"): one line a day, the days
 * the forecast does not reach yet named, and the rain question answered for the span.
 */
export function spanReply(data: WeatherOutput, span: DaySpan, now: number, lang: Lang, text: string): string {
  const where = say(lang, data.city, data.city_en ?? data.city);
  const dates: string[] = [];
  for (let offset = span.from; offset <= span.to; offset += 1)
    dates.push(shanghaiDate(now + offset * DAY_MS));
  const casts = dates
    .map((date) => data.forecasts.find((forecast) => forecast.date === date))
    .filter((cast): cast is Forecast => cast !== undefined);
  const missing = dates.filter((date) => !data.forecasts.some((forecast) => forecast.date === date));
  if (casts.length === 0) {
    return say(
      lang,
      `天气预报只能看到未来 ${data.forecasts.length} 天，${span.text}的还查不到。`,
      `The forecast only covers the next ${data.forecasts.length} days; ${span.text} isn't available yet.`,
    );
  }
  const lines = casts.map((cast) => {
    const day = dayLabel(cast.date, now, lang);
    const chance = cast.precipitation_chance ?? 0;
    return say(
      lang,
      `${day}${conditions(cast, lang)}，${cast.nighttemp}~${cast.daytemp}°C，降水概率 ${chance}%`,
      `${day.charAt(0).toUpperCase()}${day.slice(1)}: ${conditions(cast, lang)}, ${cast.nighttemp}–${cast.daytemp}°C, ${chance}% chance of rain`,
    );
  });
  const last = missing[0] && dayLabel(missing[0], now, lang);
  const beyond = last
    ? say(
        lang,
        `（预报只到 ${data.forecasts.length} 天内，${last}起还看不到。）`,
        ` (The forecast only reaches ${data.forecasts.length} days ahead; nothing yet from ${last} on.)`,
      )
    : "";
  const rainy = casts.filter(wet).map((cast) => dayLabel(cast.date, now, lang));
  const rain =
    rainAnswer(text, casts, lang) ??
    (rainy.length > 0
      ? say(
          lang,
          `${rainy.join("、")}可能下雨，记得带伞。`,
          `Rain is likely on ${rainy.join(", ")} — take an umbrella.`,
        )
      : "");
  const lows = casts.map((cast) => cast.nighttemp);
  const cold =
    Math.min(...lows) <= 5
      ? say(lang, "早晚很冷，多穿点。", "Mornings and nights get cold; dress warmly.")
      : "";
  return say(
    lang,
    `${where}${span.text}的天气：\n${lines.join("；\n")}。${beyond}${rain}${cold}`,
    `${where}, ${span.text}:\n${lines.join(";\n")}.${beyond}${rain ? ` ${rain}` : ""}${cold ? ` ${cold}` : ""}`,
  );
}
