import { DISTRICTS } from "../../../../ecosystem/world/geography.ts";
import { extractDaySpan } from "../../nlu/slots/day-span.ts";
import type { BrainDecision } from "../../types.ts";
import { say } from "../say.ts";
import type { SkillContext } from "./context.ts";
import { dayLabel, shanghaiDate } from "./shanghai-time.ts";
import { rainAnswer, spanReply } from "./weather-span.ts";

export interface WeatherOutput {
  city: string;
  city_en?: string;
  forecasts: {
    date: string;
    dayweather: string;
    nightweather: string;
    dayweather_en?: string;
    nightweather_en?: string;
    daytemp: number;
    nighttemp: number;
    precipitation_chance?: number;
  }[];
}

/** "the day after", "第二天": the day after the one asked about last. */
const DAY_AFTER = /\bthe day after\b(?! tomorrow)|\bthe next day\b|第二天|次日|再后一天|再往后一天/iu;

/** The world's forecasts reach this many days from today (`maps_weather` gives 1 to 16). */
const FORECAST_DAYS = 16;

/**
 * Which area the user asks about: a district named in the text (the city's districts are fixed
 * geography, like a dictionary), else a place the gazetteer recognised (the map finds its district),
 * else the whole city.
 */
function areaOf(text: string, context: SkillContext): string {
  const lower = text.toLowerCase();
  const district = DISTRICTS.find(
    (candidate) =>
      text.includes(candidate.zh.replace(/区$/u, "")) || lower.includes(candidate.en.toLowerCase()),
  );
  if (district) return district.zh;
  const poi = (context.nlu.slots.entities ?? []).find(
    (match) => match.entity.kind === "poi" && match.score >= 0.8,
  );
  return poi?.entity.zh ?? "杭州";
}

/** "明天杭州天气怎么样" → the day's conditions and temperatures from maps_weather, with advice. */
export async function weather(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang, nlu } = context;
  const state = { ...context.state, lastIntent: "weather", awaiting: undefined };
  const area = areaOf(turn.text, context);
  const result = await turn.tools.call<WeatherOutput>("maps_weather", { city: area, days: FORECAST_DAYS });
  if (!result.ok) {
    return {
      type: "reply",
      text: say(
        lang,
        `抱歉，查不到「${area}」的天气，我只知道杭州各区的天气。`,
        `Sorry, I have no forecast for "${area}"; I cover Hangzhou and its districts.`,
      ),
      state,
    };
  }
  // Several days said as a whole ("这周末", "next week"): every one of them, never just the first.
  const span = extractDaySpan(turn.text, turn.now, turn.profile.timeZone);
  if (span) return { type: "reply", text: spanReply(result.data, span, turn.now, lang, turn.text), state };
  // "and the day after?" / "那第二天呢": the day after the one just told.
  const told = context.state.skill?.weatherDate;
  const date =
    typeof told === "string" && DAY_AFTER.test(turn.text)
      ? new Date(Date.parse(`${told}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
      : nlu.slots.datetime
        ? shanghaiDate(nlu.slots.datetime.startMs)
        : shanghaiDate(turn.now);
  const cast = result.data.forecasts.find((forecast) => forecast.date === date);
  const where = say(lang, result.data.city, result.data.city_en ?? result.data.city);
  if (!cast) {
    return {
      type: "reply",
      text: say(
        lang,
        `天气预报只能看到未来 ${result.data.forecasts.length} 天，${date} 还查不到。`,
        `The forecast only covers the next ${result.data.forecasts.length} days; ${date} isn't available yet.`,
      ),
      state,
    };
  }
  const day = dayLabel(date, turn.now, lang);
  const remembered = { ...state, skill: { ...context.state.skill, weatherDate: date } };
  const chance = cast.precipitation_chance ?? 0;
  const conditions =
    cast.dayweather === cast.nightweather
      ? say(lang, cast.dayweather, (cast.dayweather_en ?? cast.dayweather).toLowerCase())
      : say(
          lang,
          `白天${cast.dayweather}，夜间${cast.nightweather}`,
          `${(cast.dayweather_en ?? cast.dayweather).toLowerCase()} by day, ${(cast.nightweather_en ?? cast.nightweather).toLowerCase()} at night`,
        );
  // "会下雨吗" / "any rain tonight?" gets its yes or no, not only a percentage.
  const advice =
    rainAnswer(turn.text, [cast], lang) ??
    adviceFor(cast.dayweather + cast.nightweather, chance, cast.daytemp, cast.nighttemp, lang);
  const capitalized = day.charAt(0).toUpperCase() + day.slice(1);
  return {
    type: "reply",
    text: say(
      lang,
      `${day}${where}${conditions}，${cast.nighttemp}~${cast.daytemp}°C，降水概率 ${chance}%。${advice}`,
      `${capitalized} in ${where}: ${conditions}, ${cast.nighttemp}–${cast.daytemp}°C, ${chance}% chance of rain.${advice ? ` ${advice}` : ""}`,
    ),
    state: remembered,
  };
}

export function adviceFor(
  conditions: string,
  chance: number,
  high: number,
  low: number,
  lang: "zh" | "en",
): string {
  if (/雨|雪/u.test(conditions) || chance >= 50) return say(lang, "出门记得带伞。", "Take an umbrella.");
  if (low <= 5) return say(lang, "早晚很冷，多穿点。", "It gets cold; dress warmly.");
  if (high >= 33) return say(lang, "天热，注意防晒补水。", "It's hot — sunscreen and water.");
  return "";
}
