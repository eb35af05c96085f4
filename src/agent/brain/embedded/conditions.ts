import type { Lang } from "../types.ts";
import { say } from "./say.ts";

// "如果明天下雨，早上8点帮我叫个车去公司", "book me a cab at 8 if it rains": Dimple cannot wait for a
// condition and then act on its own, so the condition is never quietly dropped: it is named, the
// forecast is looked up when it is about the weather, and the card is left for the user to decide.

/** A request that holds only under a condition: the condition's words and the request without them. */
export interface Conditional {
  condition: string;
  action: string;
  /** What the condition is about, when it is the weather. */
  weather?: "rain" | "dry" | "cold" | "hot" | "snow" | "fine";
}

const ZH_IF = /(?:如果|要是|假如|假设|万一|若是|倘若|如若)/u;
// "如果明天下雨(的话)，(就)…", "明天降温的话给我…", "下班要是下雨的话帮我…".
const ZH_CONDITION =
  /^(?<before>.*?)(?<cond>(?:如果|要是|假如|假设|万一|若是|倘若|如若)[^，,。；;]{1,20}?(?:的话(?![剧题费筒语梅])|(?=[，,])|(?=那?就))|[^，,。；;？?！!]{1,14}?的话(?![剧题费筒语梅]))[，,\s]*(?:那就|就|那)?(?<after>.*)$/u;
// ("in case it rains, take an umbrella" is a precaution, done now: no condition.)
const EN_LEADING =
  /^\s*(?<cond>(?:if|unless|provided(?: that)?|should it)\b[^,;.]{2,60}?)(?:,\s*|\s+then\s+)(?<after>.+)$/iu;
const EN_LEADING_BARE =
  /^\s*(?<cond>(?:if|unless)\b.{2,60}?)\s+(?<after>(?:please |pls |then )?(?:get|book|order|send|pay|buy|call|grab|remind|transfer|deliver|bring|reserve)\b.+)$/iu;
// "book a cab at 8 if it rains" — but "check if it'll rain" / "tell me if …" ask a question.
const EN_TRAILING =
  /^(?!.*\b(?:check|see|tell me|let me know|know|ask|wonder|find out|whether)\b)(?<after>.*\b(?:get|book|order|send|pay|buy|call|grab|remind|transfer|deliver|bring|reserve)\b.*?),?\s+(?<cond>(?:if|unless|provided(?: that)?)\b[^,;]{2,60})$/iu;
const ZH_DAY = /今天|明天|后天|大后天|今晚|明晚|明早|(?:这|下)?(?:周|星期|礼拜)[一二三四五六日天末]|周末/u;
const EN_DAY =
  /\b(?:today|tonight|tomorrow|(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend))\b/iu;

const ZH_CLOCK = /(?:早上|上午|中午|下午|傍晚|晚上|凌晨)?[0-9零一二两三四五六七八九十]+\s*(?:点|:|：)/u;
const EN_CLOCK = /\bat \d{1,2}(?::\d{2})?\s*(?:am|pm)?\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/iu;

/** The day put where the time is read with it: right before a clock time, else at the start (zh) or end. */
export function withDay(action: string, day: string, zh: boolean): string {
  const clock = (zh ? ZH_CLOCK : EN_CLOCK).exec(action);
  if (clock) return `${action.slice(0, clock.index)}${day}${zh ? "" : " "}${action.slice(clock.index)}`;
  return zh ? `${day}${action}` : `${action} ${day}`;
}

/** The day a text names ("明天", "on saturday"), if any. */
export function dayWords(text: string): string | undefined {
  return (ZH_DAY.exec(text) ?? EN_DAY.exec(text))?.[0];
}

const WEATHER_KINDS: [NonNullable<Conditional["weather"]>, RegExp][] = [
  ["dry", /不下雨|没雨|不会下雨|\b(?:doesn'?t|does not|won'?t) rain\b|\bdry\b/iu],
  ["rain", /雨|\brain(?:s|ing|y)?\b|\bwet\b|\bshowers?\b|\bstorm/iu],
  ["snow", /雪|\bsnow/iu],
  ["cold", /冷|降温|低于|\bcold\b|\bchilly\b|\bfreezing\b|\bbelow\b/iu],
  ["hot", /热|高温|\bhot\b|\bwarm\b|\bheat\b/iu],
  [
    "fine",
    /晴|天气好|天气不错|\bsunny\b|\bnice\b|\bgood weather\b|\bclear\b|\bweather'?s? (?:is )?(?:nice|good|fine)\b/iu,
  ],
];

// Conditions Dimple settles by trying (stock, seats, a price cap, politeness): no condition to name.
const SETTLED_BY_TRYING =
  /^(?:如果|要是|假如|若是)?(?:还)?(?:有(?:货|票|位置?|座|的|空)?|可以|方便|能|行|来得及|没问题|不麻烦|可能|便宜|不贵|需要|有需要|这样|那样|不然|否则|要不|不行|没有|没(?:货|票|位置?)|实在不行)(?:的话)?$|块|元|¥|价|预算|以内|以下|超过|不超|便宜|贵|\bif (?:possible|you can|available|they have|there(?:'s| is| are) any|it'?s open|any)\b|\b(?:cheap|under|less than|cost|price|budget|yuan|rmb|bucks|trouble|convenient|you could|in stock|left|open|available|possible)\b|\d/iu;

/** The condition a request is under, if it has one (and something to do besides). */
export function readConditional(text: string): Conditional | undefined {
  const zh = /\p{Script=Han}/u.test(text) && (ZH_IF.test(text) || /的话/u.test(text));
  const match = zh
    ? ZH_CONDITION.exec(text)
    : (EN_LEADING.exec(text) ?? EN_LEADING_BARE.exec(text) ?? EN_TRAILING.exec(text));
  if (!match?.groups) return undefined;
  const condition = (match.groups.cond ?? "").replace(/的话$/u, "").trim();
  let action = `${match.groups.before ?? ""}${match.groups.after ?? ""}`.replace(/^[\s，,]+/u, "").trim();
  if (condition.length < 2 || action.length < 2) return undefined;
  const weather = WEATHER_KINDS.find(([, pattern]) => pattern.test(condition))?.[0];
  if (!weather && SETTLED_BY_TRYING.test(condition)) return undefined;
  // The day said in the condition is the action's day too ("要是周六不下雨就买两张票").
  const day = dayWords(condition);
  if (day && !dayWords(action)) action = withDay(action, day, zh);
  return { condition, action, ...(weather ? { weather } : {}) };
}

/** The weather question that answers a weather condition ("明天下雨" → "明天天气怎么样"). */
export function forecastQuestion(dayText: string | undefined, lang: Lang): string {
  return say(lang, `${dayText ?? "今天"}天气怎么样`, `what's the weather ${dayText ?? "today"}`);
}

/** The words said before the card: the condition named, and what Dimple does about it. */
export function conditionNote(
  conditional: Conditional,
  forecast: string | undefined,
  lang: Lang,
  carded: boolean,
): string {
  const condition = conditional.condition.replace(/^(?:如果|要是|假如|假设|万一|若是|倘若|如若)/u, "");
  const cannot = say(
    lang,
    `你说的是「${condition}」才办——我没法等到那时看情况再自动下单。`,
    `You asked for this only ${conditional.condition.replace(/^\s+/u, "")} — I can't wait and decide on that by myself.`,
  );
  const cast = forecast ? say(lang, `预报：${forecast}`, ` The forecast: ${forecast}`) : "";
  const next = carded
    ? say(
        lang,
        "卡片先给你，要不要确认由你看情况决定。\n",
        " Here's the card; whether to confirm is up to you.\n",
      )
    : say(lang, "", " ");
  return `${cannot}${cast}${next}`;
}

// What a forecast says, for judging a weather condition: rain likely, dry, fine (sunny or clear).
const RAIN_SAID = /(?:小|中|大|阵|雷)?雨(?!伞)|\brain\b|\bshowers?\b/iu;
const NO_RAIN_SAID = /不会下雨|不用带伞|不需要带伞|shouldn'?t rain|no umbrella/iu;
const FINE_SAID = /晴|\bsunny\b|\bclear\b/iu;

/** Whether the forecast meets the condition; undefined when it can't be told from the forecast. */
export function forecastMeets(weather: Conditional["weather"], forecast: string): boolean | undefined {
  const said = forecast.replace(
    /\d+\s*% chance of rain|降水概率\s*\d+\s*%|出门记得带伞|take an umbrella/giu,
    "",
  );
  // A chance of rain said as a figure decides when the words do not: 20% or less is a dry day.
  const chance = Number(
    /(\d+)\s*% chance of rain|降水概率\s*(\d+)\s*%/iu.exec(forecast)?.slice(1).find(Boolean) ?? NaN,
  );
  const unlikely = !RAIN_SAID.test(said) && chance <= 20;
  const rain = RAIN_SAID.test(said) && !NO_RAIN_SAID.test(forecast);
  const fine = FINE_SAID.test(forecast);
  if (unlikely && (weather === "rain" || weather === "dry")) return weather === "dry";
  if (weather === "rain") return rain ? true : fine || NO_RAIN_SAID.test(forecast) ? false : undefined;
  if (weather === "dry") return rain ? false : fine || NO_RAIN_SAID.test(forecast) ? true : undefined;
  if (weather === "fine") return fine && !rain ? true : rain ? false : undefined;
  return undefined;
}

/** The words when the forecast rules the condition out: said before any card, which the user decides on. */
export function unmetNote(conditional: Conditional, forecast: string, lang: Lang, carded: boolean): string {
  const condition = conditional.condition.replace(/^(?:如果|要是|假如|假设|万一|若是|倘若|如若)/u, "");
  const card = carded
    ? say(
        lang,
        "卡片先给你，但按预报不符合条件，建议先别确认；不确认就不会下单扣款。\n",
        " Here's the card, but by the forecast the condition isn't met — I'd leave it unconfirmed; nothing is charged unless you confirm.\n",
      )
    : say(lang, "", " ");
  return say(
    lang,
    `预报：${forecast}不符合你说的「${condition}」。${card}`,
    `The forecast: ${forecast} That doesn't meet your condition (${conditional.condition.trim()}).${card}`,
  );
}
