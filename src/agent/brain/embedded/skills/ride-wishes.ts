import { parseCount, parseNumber } from "../../nlu/slots/numbers.ts";
import type { Lang } from "../../types.ts";
import { say } from "../say.ts";

// What a rider asks of a trip beyond its two ends: how many travel, how much luggage, a fare cap,
// when (relative: "in 20 minutes"), stops on the way, and extras a car cannot be booked with.

const EN_COUNT = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const ZH_COUNT = "\\d+|[一两二三四五六七八九十]+";

const ZH_LUGGAGE = new RegExp(
  `(${ZH_COUNT}|几|好几|很多|好多)\\s*(?:个|件|只)?\\s*(?:大|很大的|大的)?\\s*(?:行李箱|行李|箱子|拉杆箱|旅行箱)`,
  "u",
);
const EN_LUGGAGE = new RegExp(
  `\\b(${EN_COUNT}|several|many|lots of|a lot of|a bunch of)\\s+(?:big |large |huge |heavy )?(?:suitcases|bags|pieces of luggage|boxes|cases)\\b`,
  "iu",
);

/** How much luggage travels, as a count (a vague "lots" counts as four). */
export function luggageCount(text: string): number | undefined {
  const match = ZH_LUGGAGE.exec(text) ?? EN_LUGGAGE.exec(text);
  if (!match?.[1]) return undefined;
  const word = match[1];
  if (/几|很多|好多|several|many|lots|lot of|bunch/iu.test(word)) return 4;
  return parseCount(word);
}

/** A four-seat car's boot takes about this many big cases. */
export const BOOT_CASES = 2;

const EN_CAP =
  /\b(?:under|below|less than|no more than|not more than|max(?:imum)?|at most|up to|cap(?:ped)? at|within|budget(?: of| is)?)\s*(?:¥|rmb\s*|cny\s*)?(\d+(?:\.\d+)?)(?!\s*(?:min|mins|minutes|hours?|hrs?|h|km|kilometers?|m|meters?|people|of us|passengers|bags|suitcases|stars?)\b)/iu;
const ZH_CAP =
  /(?:不超过|不要超过|别超过|最多|顶多|控制在|预算)\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)\s*(?:块|元|块钱)?|(\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)\s*(?:块|元|块钱)?\s*(?:以内|之内|以下)(?!.{0,2}(?:分钟|小时|公里))/u;

/** A cap on the fare in fen, from the slot or the ride's own words ("under 50", "50块以内"). */
export function fareCapFen(text: string, slotFen: number | undefined): number | undefined {
  if (slotFen !== undefined) return slotFen;
  const zh = ZH_CAP.exec(text);
  const zhWord = zh?.[1] ?? zh?.[2];
  const en = EN_CAP.exec(text);
  const word = zhWord ?? en?.[1];
  const value = word ? parseNumber(word) : undefined;
  return value !== undefined && value > 0 ? Math.round(value * 100) : undefined;
}

// "only if it's under 100", "as long as it's below 80", "超过100就不要": the cap is a condition of
// booking at all, so a fare that may go over it is asked about, never carded.
const CAP_AS_CONDITION =
  /\b(?:only if|as long as|provided|so long as)\b[^.;]{0,20}\b(?:under|below|less than|no more than|cheaper than|within)\b|\b(?:not|don'?t)\b[^.;]{0,16}\bif (?:it'?s |it is )?(?:over|more than|above)\b|(?:超过|超出|高于)[^，。,]{0,8}(?:就|的话)?(?:不要|不用|别|算了)|只要[^，。,]{0,6}(?:不超过|以内|以下)/iu;

/** Whether a fare cap is said as the condition of booking ("only if it's under 100"). */
export function capIsCondition(text: string): boolean {
  return CAP_AS_CONDITION.test(text);
}

const ZH_IN =
  /(半|\d+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(分钟|小时|钟头|个钟|个半小时)\s*(?:以?后|之后|后出发|后走)/u;
const EN_IN =
  /\bin\s+(half an|an|a|one|two|three|\d+)\s*(minutes?|mins?|hours?|hrs?)\b|\b(\d+)\s*(minutes?|mins?|hours?)\s+from now\b/iu;

/** A pick-up said as a delay from now ("20分钟后", "in half an hour"), in minutes. */
export function departInMinutes(text: string): number | undefined {
  const zh = ZH_IN.exec(text);
  if (zh) {
    const amount = zh[1] === "半" ? 0.5 : parseNumber(zh[1] as string);
    if (amount === undefined) return undefined;
    const half = zh[2] === "个半小时" ? 30 : 0;
    return Math.round(amount * (zh[2] === "分钟" ? 1 : 60) + half);
  }
  if (/半(?:个)?(?:小时|钟头)\s*(?:以?后|之后)/u.test(text)) return 30;
  const en = EN_IN.exec(text);
  if (!en) return undefined;
  const word = (en[1] ?? en[3] ?? "").toLowerCase();
  const unit = en[2] ?? en[4] ?? "";
  const amount = word === "half an" ? 0.5 : parseCount(word);
  return amount !== undefined && Number.isFinite(amount)
    ? Math.round(amount * (/^m/iu.test(unit) ? 1 : 60))
    : undefined;
}

const STOP_ON_THE_WAY =
  /中途|顺路|顺便(?:去|到|在|接)|途经|经过.{1,12}(?:停|接)|停一下|停一停|先去.{1,16}再去|先到.{1,16}再到|接(?:一下|上)?.{1,8}(?:再|一起)|\bstop(?:ping)? (?:by|at|off)\b|\bon the way\b|\bvia\b|\bpick up .{1,30} on the way\b|\bfirst .{1,30} then\b/iu;

/** Whether the rider wants a stop on the way (a ride here goes from one place to one place). */
export const wantsStop = (text: string): boolean => STOP_ON_THE_WAY.test(text);

/** Things a ride cannot be booked with, each with its words in both languages. */
const EXTRAS: readonly [RegExp, string, string][] = [
  [/儿童座椅|安全座椅|宝宝座椅|\b(?:child|car|baby|booster|kid'?s?) seat\b/iu, "儿童座椅", "a child seat"],
  [/宠物|带(?:着)?(?:狗|猫)|\b(?:pet|dog|cat)s?\b/iu, "带宠物", "a pet"],
  [/轮椅|\bwheelchair\b/iu, "放轮椅", "a wheelchair"],
  [/女司机|\bfemale driver\b|\bwoman driver\b/iu, "指定女司机", "a female driver"],
  [/会(?:说)?英语的司机|\benglish[- ]speaking driver\b/iu, "会说英语的司机", "an English-speaking driver"],
  [/禁烟|无烟|不抽烟|\bnon[- ]?smoking\b|\bno smoking\b/iu, "无烟车", "a non-smoking car"],
];

/** The extras asked for that a ride cannot be booked with, to be named before the card. */
export function extrasAsked(text: string): { zh: string; en: string }[] {
  return EXTRAS.filter(([pattern]) => pattern.test(text)).map(([, zh, en]) => ({ zh, en }));
}

/** "我没法预约儿童座椅，司机不一定有" in the user's language. */
export function extrasNote(extras: readonly { zh: string; en: string }[], lang: Lang): string {
  if (extras.length === 0) return "";
  return say(
    lang,
    `我没法为这趟车指定${extras.map((extra) => extra.zh).join("、")}，车上不一定有，可以上车前联系司机确认。`,
    `I can't book ${extras.map((extra) => extra.en).join(" or ")} with the ride, so the car may not have it — you can check with the driver once one is assigned. `,
  );
}
