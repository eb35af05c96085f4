import type { ToolClient } from "../../../tools/client.ts";
import type { DateTimeSlot } from "../../nlu/slots/types.ts";
import { kindOf } from "./event-kinds.ts";
import { eventNicknames } from "./event-nicknames.ts";
import { slotDays } from "./shanghai-time.ts";

/** An event as tickets_search_events lists it (only the fields planning reads). */
export interface EventSummary {
  id: string;
  nameZh: string;
  nameEn: string;
  category: string;
  /** The service's tags ("standup", "musical", "family"): what kind of show it is, beyond its category. */
  tags?: string[];
  performer: string;
  venue: { nameZh: string; nameEn: string; lng: number; lat: number; poiId?: string | null };
  minPriceFen: number;
  maxPriceFen: number;
  sessions: { sessionId: string; startsAt: number; startsAtLocal: string; endsAt?: number }[];
}

// The tickets service's categories and the words people use for them. A small vocabulary, like the
// option words of the ordering skill: the NLU has no event-category slot.
const CATEGORY_WORDS: readonly [category: string, pattern: RegExp][] = [
  ["concert", /演唱会|音乐节|livehouse|concerts?|gigs?|live music/iu],
  ["classical", /音乐会|交响|钢琴|古典|symphony|orchestra|recital|classical|piano/iu],
  ["drama", /话剧|音乐剧|舞台剧|戏剧|越剧|京剧|\bplays?\b|drama|musical|theatre|theater|opera/iu],
  ["crosstalk", /相声|crosstalk|comedy dialogues?|comic dialogues?|xiangsheng/iu],
  [
    "sports",
    /比赛|球赛|篮球|足球|体育|\bCBA\b|\bCSL\b|中超|\bgames?\b|match|basketball|football|soccer|sports?/iu,
  ],
  ["movie", /电影|影院|movies?|films?|cinema/iu],
  ["show", /脱口秀|歌舞|stand-?up|comedy/iu],
];

/** The event category the text asks for, if any ("演唱会" → concert). */
export function categoryOf(text: string): string | undefined {
  return CATEGORY_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * The shows of a list that the kind said picks out ("the stand-up" of a comedy night and an
 * acrobatics show): those whose title holds the word said, else the only one of its category.
 */
export function eventsOfKindSaid(text: string, events: readonly EventSummary[]): EventSummary[] {
  const kind = kindOf(text);
  const word = kind?.said.exec(text)?.[0];
  if (!kind || !word) return [];
  const loose = (value: string) => value.toLowerCase().replace(/[-\s]+/gu, "");
  const titled = events.filter((event) => loose(`${event.nameZh} ${event.nameEn}`).includes(loose(word)));
  if (titled.length > 0) return titled;
  return events.filter(kind.fits);
}

// Words of event titles that name a kind of event or a place, not one event ("tour", "演唱会", "杭州站").
const GENERIC_WORDS = new Set([
  // Function words of titles ("Back to That Day") that any sentence holds.
  "to",
  "that",
  "this",
  "day",
  "back",
  "in",
  "on",
  "at",
  "for",
  "my",
  "me",
  "is",
  "it",
  // Counts in titles ("Dune: Part Three") are counts in requests ("three tickets").
  "one",
  "two",
  "three",
  "four",
  "five",
  "the",
  "of",
  "and",
  "a",
  "an",
  "vs",
  "no",
  "tour",
  "world",
  "live",
  "film",
  "re",
  "release",
  "show",
  "night",
  "special",
  "gala",
  "concert",
  "hangzhou",
  "music",
  "production",
  "comedy",
  "cba",
  "league",
  "chinese",
  "super",
  "theatre",
  "theater",
  "opera",
  "stand",
  "up",
  "weekend",
  "part",
  "people",
  "art",
  "local",
  "company",
  "ticket",
  "seat",
  "mandarin",
  "performance",
  "event",
  "culture",
]);
const GENERIC_GRAMS = new Set([
  "超联",
  "州专",
  "乐剧",
  "演唱",
  "唱会",
  "巡回",
  "回演",
  "世界",
  "界巡",
  "杭州",
  "州站",
  "专场",
  "场杭",
  "电影",
  "话剧",
  "音乐",
  "乐会",
  "相声",
  "声专",
  "巡演",
  "常规",
  "规赛",
  "联赛",
  "中超",
  "重映",
  "映",
  "中文",
  "文版",
  "周末",
  "末脱",
]);

/** A name's distinctive tokens: English words (no digits, no plural "s") and Chinese character bigrams. */
function tokensOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words = (lower.match(/[a-z]+/gu) ?? [])
    .map((word) => (word.length > 4 ? word.replace(/s$/u, "") : word))
    .filter((word) => word.length >= 2 && !GENERIC_WORDS.has(word));
  const grams = (lower.match(/\p{Script=Han}{2,}/gu) ?? []).flatMap((run) =>
    Array.from({ length: run.length - 1 }, (_, index) => run.slice(index, index + 2)),
  );
  return [...new Set([...words, ...grams.filter((gram) => !GENERIC_GRAMS.has(gram))])];
}

/**
 * The parts of an event's titles a person would say on their own: "浙江队 vs 上海申花" of
 * "中超联赛 浙江队 vs 上海申花", "Teahouse" of "Beethoven People's Art Theatre: Teahouse", "周末脱口秀"
 * of "周末脱口秀 杭州专场". Parts made only of generic words ("杭州站", "film") are left out.
 */
export function eventAliases(nameZh: string, nameEn: string): string[] {
  const parts = new Set<string>();
  const zhParts = nameZh.split(/[《》（）()：:]+/u).flatMap((part) => {
    const words = part.trim().split(/\s+/u).filter(Boolean);
    // "浙江队 vs 上海申花": the two sides together, without the league before them.
    const versus = words.indexOf("vs");
    return versus > 0 ? [words.slice(versus - 1, versus + 2).join(" "), ...words] : words;
  });
  const enParts = nameEn.split(/\s*(?:[:(),]|\s[–-]\s)\s*/u);
  for (const part of [...zhParts, ...enParts, ...eventNicknames(nameZh)].map((text) => text.trim()))
    if (part.length >= 2 && tokensOf(part).length > 0 && part !== nameZh && part !== nameEn) parts.add(part);
  return [...parts];
}

/** The tokens that name each event: its titles in both languages and its performer. */
function eventTokens(event: EventSummary): string[] {
  return tokensOf(
    `${event.nameZh} ${event.nameEn} ${event.performer} ${eventNicknames(event.nameZh).join(" ")}`,
  );
}

/**
 * How strongly the text names each event: the summed rarity of the event's tokens the text holds (a
 * word only one event has — "teahouse", "宋城", "Mayday" — counts most; "浙江", shared by four, little).
 */
export function nameScores(text: string, events: EventSummary[]): number[] {
  const perEvent = events.map(eventTokens);
  const frequency = new Map<string, number>();
  for (const tokens of perEvent)
    for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const said = new Set(tokensOf(text));
  const lower = text.toLowerCase();
  const total = Math.max(events.length, 8);
  return events.map((event, index) => {
    const rarity = (perEvent[index] ?? [])
      .filter((token) => said.has(token))
      .reduce((sum, token) => sum + Math.log(1 + total / (frequency.get(token) ?? 1)), 0);
    // A title said in full names the show even when its words are common ("Weekend Stand-up Comedy Night").
    const titled = [event.nameZh, event.nameEn, ...eventAliases(event.nameZh, event.nameEn)].some(
      (alias) => alias.length >= 4 && lower.includes(alias.toLowerCase()),
    );
    return rarity + (titled ? 10 : 0);
  });
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

/** The events the text names (the best-named, ties together); empty when it names none. */
export function namedEvents(text: string, events: EventSummary[]): EventSummary[] {
  const scores = nameScores(text, events);
  const best = Math.max(0, ...scores);
  // Enough to name an event: a word at most two events share, or several shared more widely.
  if (best < Math.log(1 + Math.max(events.length, 8) / 2) - 1e-9) return [];
  return events.filter((_, index) => (scores[index] ?? 0) >= best - 1e-9);
}
