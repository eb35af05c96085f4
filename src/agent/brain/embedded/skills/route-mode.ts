import type { Lang } from "../../types.ts";
import { say } from "../say.ts";

/** A way of travelling a person can ask for by name. */
export type TravelMode = "walk" | "transit" | "metro" | "bus" | "drive" | "taxi" | "bike";

const MODE_WORDS: readonly [TravelMode, RegExp][] = [
  ["metro", /地铁|\bmetro\b|\bsubway\b|\bunderground\b/iu],
  ["bus", /公交|巴士|\bbus(?:es)?\b/iu],
  ["transit", /公共交通|\b(?:public transport|public transit|transit)\b/iu],
  ["bike", /骑|单车|自行车|\bbik(?:e|es|ing)\b|\bcycl(?:e|ing)\b|\bby bicycle\b/iu],
  ["walk", /走路|步行|走过去|走着|\bwalk(?:ing)?\b|\bon foot\b/iu],
  ["taxi", /打车|打的|出租车?|\btaxi\b|\bcab\b|\buber\b/iu],
  ["drive", /开车|驾车|自驾|\bdriv(?:e|ing)\b|\bby car\b/iu],
];

/** The ways of travelling the turn names, in the order it names them ("地铁和打车哪个快" → metro, taxi). */
export function askedModes(text: string): TravelMode[] {
  return MODE_WORDS.map(([mode, pattern]) => ({ mode, at: text.search(pattern) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((found) => found.mode);
}

/** Which line of the comparison answers a mode (metro and bus are transit; a taxi is driven). */
export function lineOf(mode: TravelMode): "transit" | "drive" | "walk" | "bike" {
  if (mode === "metro" || mode === "bus" || mode === "transit") return "transit";
  if (mode === "taxi" || mode === "drive") return "drive";
  return mode;
}

const AVOID_HIGHWAYS =
  /不走高速|避开高速|别走高速|不上高速|\bavoid(?:ing)? (?:the )?(?:highways?|motorways?|freeways?|expressways?)\b|\bno (?:highways?|motorways?|freeways?)\b/iu;
const AVOID_TOLLS = /不走收费|避开收费|\bavoid(?:ing)? tolls?\b|\bno tolls?\b|\btoll[- ]free\b/iu;
const TRAFFIC_AT = /堵不堵|堵车|拥堵|路况|高峰|\btraffic\b|\brush hour\b|\bcongest/iu;
const SCENIC = /风景好|好看的路|\bscenic\b/iu;

/**
 * What the user asked of the route that the map cannot plan for, in words to say before the answer:
 * avoiding highways or tolls, traffic at a given hour, a scenic way. Never dropped silently.
 */
export function unplannable(text: string, lang: Lang): string[] {
  const out: string[] = [];
  if (AVOID_HIGHWAYS.test(text))
    out.push(
      say(
        lang,
        "我没法按「不走高速」规划路线，下面是常规路线的时间",
        "I can't plan a route that avoids highways; these are the usual routes",
      ),
    );
  if (AVOID_TOLLS.test(text)) out.push(say(lang, "我没法避开收费路段规划", "I can't plan around toll roads"));
  if (TRAFFIC_AT.test(text))
    out.push(
      say(
        lang,
        "我看不到实时或某个时段的路况，下面的驾车时间是平常路况下的估计",
        "I can't see traffic for a given time, so the driving time is a typical estimate",
      ),
    );
  if (SCENIC.test(text)) out.push(say(lang, "我没法挑风景好的路线", "I can't pick a scenic route"));
  return out;
}

/** Whether a transit summary rides a metro line. */
export const usesMetro = (summary: string): boolean => /地铁|metro/iu.test(summary);
