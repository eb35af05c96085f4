import { parseCount } from "../../nlu/slots/numbers.ts";
import type { DialogueState } from "../state.ts";

// How long before: "一小时", "一个半小时", "1.5小时", "半个小时", "90分钟", "an hour and a half", "1.5 hours".
const ZH_SPAN =
  "([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十]+|半)\\s*(个?\\s*半)?\\s*个?\\s*(小时|钟头|分钟|分)";
const EN_SPAN =
  "(\\d+(?:\\.\\d+)?|an?|one|two|three|half an?)(\\s+and\\s+a\\s+half)?\\s*(hours?|hrs?|minutes?|mins?)(\\s+and\\s+a\\s+half)?";
// What is done then: said of the hailing or leaving it is the pick-up, said with 到 / 送到 the arrival.
const ZH_DEED = "(?:[^，,。！!？?]{0,8}?(送到|到|出发|上车|打车|打个车|叫车|叫个车|动身|出门|走|接我))?";
// "开场前一小时到奥体", "开演前半小时出发", "演出开始前一个半小时到": counted back from the show's start.
const ZH_BEFORE_SHOW = new RegExp(
  `(?:开场|开演|演出开始|演出|入场|比赛开始|开赛)(?:前|之前)\\s*(?:提前)?\\s*${ZH_SPAN}${ZH_DEED}`,
  "u",
);
// "要提前一个半小时到" — only of a show the dialogue holds, there is nothing else it can be before.
const ZH_EARLY = new RegExp(`提前\\s*${ZH_SPAN}${ZH_DEED}`, "u");
const EN_BEFORE_SHOW = new RegExp(
  `\\b${EN_SPAN}\\s+(?:before|ahead of|prior to)\\s+(?:the\\s+)?(?:show(?:time)?|concert|gig|game|match|performance|recital|play|movie|film|screening|it (?:starts|begins)|start|kick-?off|curtain)`,
  "iu",
);
// "so I'm at the venue 90 minutes early" — only of a show the dialogue holds.
const EN_EARLY = new RegExp(`\\b${EN_SPAN}\\s+early\\b`, "iu");
const EN_LEAVE = /\b(?:leave|leaving|pick (?:me|us) up|pickup|pick-up|depart)\b[^.]{0,30}$/iu;

export interface ShowRelative {
  /** The time counted back from the show's start: when to arrive, or when to leave. */
  atMs: number;
  /** Whether that is the time to be there (then the pick-up is earlier by the trip). */
  arrive: boolean;
  text: string;
  /** How long before the start, in minutes. */
  minutes: number;
}

function amount(word: string): number | undefined {
  if (word === "半" || /^half an?$/iu.test(word)) return 0.5;
  if (/^\d+\.\d+$/u.test(word)) return Number(word);
  return /^an?$/iu.test(word) ? 1 : parseCount(word);
}

/** Whether the text counts a time back from a show's start ("开场前一小时"). */
export function saysBeforeShow(text: string): boolean {
  return ZH_BEFORE_SHOW.test(text) || EN_BEFORE_SHOW.test(text);
}

/**
 * How long before a show's start the text asks to arrive or leave ("开演前90分钟到现场", "提前一个半小时
 * 到", "there an hour and a half before it starts", "90 minutes early"); none when it counts nothing
 * back. "提前…" and "… early" are read only when the words are all of a show (`ofShowOnly`: a ride asked
 with the tickets), not of a ride that may go somewhere else ("叫车去机场，提前两小时到").
 */
export function leadBeforeShow(text: string, ofShowOnly = true): Omit<ShowRelative, "atMs"> | undefined {
  const zh = ZH_BEFORE_SHOW.exec(text) ?? (ofShowOnly ? ZH_EARLY.exec(text) : null);
  const en = zh ? undefined : (EN_BEFORE_SHOW.exec(text) ?? (ofShowOnly ? EN_EARLY.exec(text) : null));
  const match = zh ?? en;
  if (!match) return undefined;
  const count = amount((match[1] ?? "").trim());
  if (count === undefined) return undefined;
  const unit = match[3] ?? "小时";
  const half = match[2] || (en ? match[4] : undefined) ? 0.5 : 0;
  const hours = /小时|钟头|hour|hr/iu.test(unit);
  const minutes = Math.round(hours ? (count + half) * 60 : count + half);
  const leave = zh
    ? match[4] !== undefined && match[4] !== "到" && match[4] !== "送到"
    : EN_LEAVE.test(text.slice(0, match.index));
  return { minutes, arrive: !leave, text: match[0] };
}

/** The time the text counts back from the start of the show carded before; none when it says none. */
export function showRelative(text: string, state: DialogueState): ShowRelative | undefined {
  const startsAt = (state.skill?.tickets as { startsAt?: number } | undefined)?.startsAt;
  const lead = startsAt === undefined ? undefined : leadBeforeShow(text, false);
  if (startsAt === undefined || !lead) return undefined;
  return { ...lead, atMs: startsAt - lead.minutes * 60_000 };
}

/** The pick-up for arriving by `arriveMs` on a trip this long, on a five-minute mark, with ten minutes spare. */
export function pickUpFor(arriveMs: number, tripSeconds: number): number {
  const step = 5 * 60_000;
  return Math.floor((arriveMs - tripSeconds * 1000 - 10 * 60_000) / step) * step;
}
