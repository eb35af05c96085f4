import type { ToolClient } from "../../../tools/client.ts";
import type { DateTimeSlot } from "../../nlu/slots/types.ts";
import { slotDays } from "./shanghai-time.ts";

/** An event as tickets_search_events lists it (only the fields planning reads). */
export interface EventSummary {
  id: string;
  nameZh: string;
  nameEn: string;
  category: string;
  performer: string;
  venue: { nameZh: string; nameEn: string; lng: number; lat: number; poiId?: string | null };
  minPriceFen: number;
  maxPriceFen: number;
  sessions: { sessionId: string; startsAt: number; startsAtLocal: string }[];
}

// The tickets service's categories and the words people use for them. A small vocabulary, like the
// option words of the ordering skill: the NLU has no event-category slot.
const CATEGORY_WORDS: readonly [category: string, pattern: RegExp][] = [
  ["concert", /演唱会|音乐节|livehouse|concerts?|gigs?|live music/iu],
  ["classical", /音乐会|交响|钢琴|古典|symphony|orchestra|recital|classical|piano/iu],
  ["drama", /话剧|音乐剧|舞台剧|戏剧|越剧|京剧|\bplays?\b|drama|musical|theatre|theater|opera/iu],
  ["crosstalk", /相声|crosstalk/iu],
  ["sports", /比赛|球赛|篮球|足球|体育|\bgames?\b|match|basketball|football|soccer|sports?/iu],
  ["movie", /电影|影院|movies?|films?|cinema/iu],
  ["show", /脱口秀|歌舞|stand-?up|comedy/iu],
];

/** The event category the text asks for, if any ("演唱会" → concert). */
export function categoryOf(text: string): string | undefined {
  return CATEGORY_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** The ways an event can be named: its performer in either script and its title. */
function namesOf(event: EventSummary): string[] {
  const names = new Set<string>();
  const performer = event.performer;
  for (const run of performer.match(/[\p{Script=Han}·]{2,}/gu) ?? []) names.add(run);
  const latin = performer.replace(/[\p{Script=Han}·]+/gu, " ").trim();
  if (latin.length >= 3) names.add(latin.toLowerCase());
  const title = /《([^》]+)》/u.exec(event.nameZh)?.[1];
  if (title) {
    names.add(title);
    names.add(title.replace(/[0-9一二三四五六七八九十]+$/u, ""));
  }
  const english = event.nameEn.split(/\s[(–:-]\s?|:\s/u)[0]?.trim();
  if (english && english.length >= 4) names.add(english.toLowerCase());
  return [...names].filter((name) => name.length >= 2);
}

/** How well the text names the event: the length of the longest of its names found in the text. */
export function nameScore(text: string, event: EventSummary): number {
  const lower = text.toLowerCase();
  return Math.max(
    0,
    ...namesOf(event)
      .filter((name) => lower.includes(name))
      .map((name) => name.length),
  );
}

/** Upcoming events, optionally within a date slot's days and a category. */
export async function listEvents(
  tools: ToolClient,
  filters: { datetime?: DateTimeSlot; category?: string; maxPriceFen?: number },
): Promise<EventSummary[] | undefined> {
  const days = filters.datetime ? slotDays(filters.datetime) : undefined;
  const result = await tools.call<{ events: EventSummary[] }>("tickets_search_events", {
    ...(days ? { dateFrom: days.from, dateTo: days.to } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.maxPriceFen ? { maxPriceFen: filters.maxPriceFen } : {}),
    limit: 50,
  });
  return result.ok ? result.data.events : undefined;
}

/** The events the text names (best match first); empty when it names none. */
export function namedEvents(text: string, events: EventSummary[]): EventSummary[] {
  const scored = events
    .map((event) => ({ event, score: nameScore(text, event) }))
    .filter((entry) => entry.score > 0);
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  return scored.filter((entry) => entry.score === best).map((entry) => entry.event);
}
