import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, invalid } from "../../kernel/errors.ts";
import { floatingDate } from "../../kernel/time-zone.ts";
import { CITY, DISTRICTS, type District } from "../world/geography.ts";
import { resolvePlace } from "./geocode.ts";
import { matchDistrict, namesCity, normalizeText } from "./matching.ts";
import { addDays, shanghaiDate, WIND_DIRECTIONS } from "./weather-model.ts";

/** One day's forecast, with Amap's cast fields (Chinese) and English companions. */
export interface WeatherCast {
  date: string;
  /** ISO weekday, "1" (Monday) to "7" (Sunday), as Amap gives it. */
  week: string;
  dayweather: string;
  nightweather: string;
  dayweatherEn: string;
  nightweatherEn: string;
  daytemp: number;
  nighttemp: number;
  daywind: string;
  nightwind: string;
  daywindEn: string;
  nightwindEn: string;
  daypower: string;
  nightpower: string;
  precipitationChance: number;
}

export interface WeatherForecast {
  province: string;
  city: string;
  cityEn: string;
  adcode: string;
  /** When the forecast was issued: the simulated clock's time in Asia/Shanghai. */
  reporttime: string;
  casts: WeatherCast[];
}

const DISTRICT_SUFFIX = /区$/;

/** Which forecast a `city` argument asks for: the whole city, a district, or the district of a named place. */
async function areaOf(context: ServiceContext, city: string): Promise<{ id: string; district?: District }> {
  if (namesCity(city)) return { id: "hangzhou" };
  const named = matchDistrict(city);
  if (named) return { id: named.district.id, district: named.district };
  // "西湖" asks about the district here, not the lake.
  const normal = normalizeText(city);
  const bare = DISTRICTS.find(
    (district) => normalizeText(district.zh).replace(DISTRICT_SUFFIX, "") === normal,
  );
  if (bare) return { id: bare.id, district: bare };
  const place = await resolvePlace(context, city);
  const district = place && DISTRICTS.find((candidate) => candidate.id === place.districtId);
  if (district) return { id: district.id, district };
  throw new DimpleError(
    "out_of_coverage",
    `no forecast for "${city}"; the sandbox covers Hangzhou and its districts`,
    {
      field: "city",
      status: 404,
    },
  );
}

function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return String(day === 0 ? 7 : day);
}

/**
 * Forecasts for Hangzhou, a district or the district of a place, from today (the simulated clock's
 * date in Asia/Shanghai) for `days` days (Amap gives 4), like Amap's weatherInfo with extensions=all.
 */
export async function weatherForecast(
  context: ServiceContext,
  city: string,
  options: { days?: number; from?: string } = {},
): Promise<WeatherForecast> {
  if (city.trim() === "") throw invalid("city", "city must name Hangzhou, one of its districts or an adcode");
  const days = options.days ?? 4;
  if (!Number.isInteger(days) || days < 1 || days > 16)
    throw invalid("days", "days must be an integer from 1 to 16");
  const now = context.clock.now();
  const from = options.from ?? shanghaiDate(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw invalid("from", "from must be a date like 2026-11-26");
  const area = await areaOf(context, city);
  const rows = await context.db
    .selectFrom("maps_weather")
    .selectAll()
    .where("district_id", "=", area.id)
    .where("date", ">=", from)
    .where("date", "<", addDays(from, days))
    .orderBy("date")
    .execute();
  const local = floatingDate(now).toISOString();
  return {
    province: "浙江",
    city: area.district ? area.district.zh : CITY.zh,
    cityEn: area.district ? `${area.district.en} District` : CITY.en,
    adcode: area.district ? area.district.adcode : CITY.adcode,
    reporttime: `${local.slice(0, 10)} ${local.slice(11, 19)}`,
    casts: rows.map((row) => ({
      date: row.date,
      week: isoWeek(row.date),
      dayweather: row.day_weather_zh,
      nightweather: row.night_weather_zh,
      dayweatherEn: row.day_weather_en,
      nightweatherEn: row.night_weather_en,
      daytemp: row.temp_high,
      nighttemp: row.temp_low,
      daywind: row.wind_direction,
      nightwind: row.wind_direction,
      daywindEn: WIND_DIRECTIONS[row.wind_direction] ?? row.wind_direction,
      nightwindEn: WIND_DIRECTIONS[row.wind_direction] ?? row.wind_direction,
      daypower: row.wind_power,
      nightpower: row.wind_power,
      precipitationChance: row.precipitation_chance,
    })),
  };
}
