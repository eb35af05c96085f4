import { parseCount } from "../../nlu/slots/numbers.ts";
import type { DialogueState } from "../state.ts";

// "开场前一小时到奥体", "开演前半小时出发", "get me there an hour before the show": a time counted back
// from the start of the show the user just bought tickets for; said of the hailing or leaving
// ("开场前一小时从家打车过去", "开演前半小时出门") it is the pick-up, said with 到 the arrival.
const ZH_BEFORE_SHOW =
  /(?:开场|开演|演出开始|演出|入场|比赛开始|开赛)(?:前|之前)\s*(?:提前)?\s*([0-9一二两三四五六七八九十半]+)\s*个?\s*(小时|钟头|分钟)?(?:[^，,。！!？?]{0,8}?(到|出发|上车|打车|打个车|叫车|叫个车|动身|出门|走|接我))?/u;
const EN_BEFORE_SHOW =
  /\b(\d+|an?|one|two|three|half an?)\s*(hours?|hrs?|minutes?|mins?)\s+(?:before|ahead of|prior to)\s+(?:the\s+)?(?:show|concert|gig|game|match|performance|recital|play|film|movie|screening|it (?:starts|begins)|start|kick-?off|curtain)/iu;
const EN_LEAVE = /\b(?:leave|leaving|pick (?:me|us) up|pickup|pick-up|depart)\b[^.]{0,30}$/iu;

export interface ShowRelative {
  /** The time counted back from the show's start: when to arrive, or when to leave. */
  atMs: number;
  /** Whether that is the time to be there (then the pick-up is earlier by the trip). */
  arrive: boolean;
  text: string;
}

function amount(word: string): number | undefined {
  if (word === "半" || /^half an?$/iu.test(word)) return 0.5;
  return /^an?$/iu.test(word) ? 1 : parseCount(word);
}

/** Whether the text counts a time back from a show's start ("开场前一小时"). */
export function saysBeforeShow(text: string): boolean {
  return ZH_BEFORE_SHOW.test(text) || EN_BEFORE_SHOW.test(text);
}

/** The time the text counts back from the start of the show carded before; none when it says none. */
export function showRelative(text: string, state: DialogueState): ShowRelative | undefined {
  const startsAt = (state.skill?.tickets as { startsAt?: number } | undefined)?.startsAt;
  const zh = ZH_BEFORE_SHOW.exec(text);
  const en = zh ? undefined : EN_BEFORE_SHOW.exec(text);
  const match = zh ?? en;
  if (startsAt === undefined || !match) return undefined;
  const count = amount((match[1] ?? "").trim());
  if (count === undefined) return undefined;
  const unit = match[2] ?? "小时";
  const minutes = /小时|钟头|hour|hr/iu.test(unit) ? count * 60 : count;
  const leave = zh ? match[3] !== undefined && match[3] !== "到" : EN_LEAVE.test(text.slice(0, match.index));
  return { atMs: startsAt - minutes * 60_000, arrive: !leave, text: match[0] };
}

/** The pick-up for arriving by `arriveMs` on a trip this long, on a five-minute mark, with ten minutes spare. */
export function pickUpFor(arriveMs: number, tripSeconds: number): number {
  const step = 5 * 60_000;
  return Math.floor((arriveMs - tripSeconds * 1000 - 10 * 60_000) / step) * step;
}
