import type { SeededRandom } from "../../kernel/random.ts";
import { zoneDate } from "../../kernel/time-zone.ts";
import type { MapsWeatherTable } from "./tables.ts";

/** Weather kinds the late-autumn sandbox knows, mildest first, with Amap's Chinese words. */
export const WEATHER_KINDS = [
  { zh: "晴", en: "Sunny", rainChance: 5, spread: 10, warmth: 2 },
  { zh: "多云", en: "Cloudy", rainChance: 15, spread: 8, warmth: 1 },
  { zh: "阴", en: "Overcast", rainChance: 35, spread: 5, warmth: 0 },
  { zh: "小雨", en: "Light rain", rainChance: 75, spread: 4, warmth: -2 },
  { zh: "中雨", en: "Moderate rain", rainChance: 90, spread: 3, warmth: -3 },
] as const;

export const WIND_DIRECTIONS: Readonly<Record<string, string>> = {
  北: "North",
  东北: "Northeast",
  西北: "Northwest",
  东: "East",
  东南: "Southeast",
};

// Day-to-day transitions between kinds (rows sum to 1): settled spells with the odd front moving through.
const TRANSITIONS: readonly (readonly number[])[] = [
  [0.55, 0.3, 0.1, 0.05, 0],
  [0.3, 0.35, 0.2, 0.12, 0.03],
  [0.15, 0.3, 0.25, 0.22, 0.08],
  [0.1, 0.2, 0.3, 0.3, 0.1],
  [0.05, 0.15, 0.35, 0.35, 0.1],
];

function nextKind(current: number, random: SeededRandom): number {
  const row = TRANSITIONS[current] ?? TRANSITIONS[0]!;
  let roll = random.float();
  for (let index = 0; index < row.length; index++) {
    roll -= row[index] ?? 0;
    if (roll < 0) return index;
  }
  return row.length - 1;
}

// Districts away from the lake and the old centre run a little cooler at night.
const NIGHT_OFFSET: Readonly<Record<string, number>> = {
  shangcheng: 1,
  gongshu: 1,
  xihu: 0,
  binjiang: 0,
  xiaoshan: -1,
  yuhang: -1,
  linping: -1,
  qiantang: -1,
};

/** Asia/Shanghai calendar date (YYYY-MM-DD) of an instant; China keeps UTC+8 all year. */
export function shanghaiDate(epochMs: number): string {
  return zoneDate(epochMs);
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Forecast rows for the whole city ("hangzhou") and every district, `days` days from `startDate`:
 * a Markov chain of weather kinds with temperatures that drift down through late autumn; districts
 * follow the city with small local differences.
 */
export function generateForecasts(
  random: SeededRandom,
  startDate: string,
  days: number,
  districtIds: readonly string[],
): MapsWeatherTable[] {
  const rows: MapsWeatherTable[] = [];
  let kind = random.int(0, 2);
  let baseHigh = random.int(13, 17);
  for (let day = 0; day < days; day++) {
    const date = addDays(startDate, day);
    // Highs drift back toward the seasonal normal (about 15°C falling to 12°C over the fortnight);
    // a cold front knocks a few degrees off for a day or two.
    const normal = 15 - (3 * day) / 16;
    const front = random.chance(0.12);
    baseHigh += (normal - baseHigh) * 0.35 + random.pick([-1, 0, 0, 1]) * 0.5;
    if (front) baseHigh -= random.int(3, 5);
    baseHigh = Math.min(20, Math.max(7, baseHigh));
    const nightKind = Math.min(4, Math.max(0, kind + random.pick([-1, 0, 0, 1])));
    const info = WEATHER_KINDS[kind]!;
    const high = Math.round(baseHigh + info.warmth);
    const low = Math.max(1, high - info.spread - random.int(0, 2));
    const wind = front ? random.pick(["北", "西北"]) : random.pick(Object.keys(WIND_DIRECTIONS));
    const power = front ? "4-5" : random.chance(0.8) ? "1-3" : "4-5";
    const cityRow = row("hangzhou", date, kind, nightKind, high, low, wind, power);
    rows.push(cityRow);
    for (const districtId of districtIds) {
      // One district in six sees the neighbouring kind of weather; temperatures shift by a degree or so.
      const shift = random.chance(1 / 6) ? random.pick([-1, 1]) : 0;
      const districtKind = Math.min(4, Math.max(0, kind + shift));
      rows.push(
        row(
          districtId,
          date,
          districtKind,
          nightKind,
          high + random.int(-1, 1),
          low + (NIGHT_OFFSET[districtId] ?? 0),
          wind,
          power,
        ),
      );
    }
    kind = nextKind(kind, random);
  }
  return rows;
}

function row(
  districtId: string,
  date: string,
  kind: number,
  nightKind: number,
  high: number,
  low: number,
  wind: string,
  power: string,
): MapsWeatherTable {
  const day = WEATHER_KINDS[kind]!;
  const night = WEATHER_KINDS[nightKind]!;
  return {
    district_id: districtId,
    date,
    day_weather_zh: day.zh,
    day_weather_en: day.en,
    night_weather_zh: night.zh,
    night_weather_en: night.en,
    temp_high: Math.max(high, low + 1),
    temp_low: low,
    wind_direction: wind,
    wind_power: power,
    precipitation_chance: Math.max(day.rainChance, night.rainChance),
  };
}
