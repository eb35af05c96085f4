/** What a kind of event is judged on: the tickets service's category and the event's tags. */
export interface KindedEvent {
  category: string;
  tags?: readonly string[];
}

/**
 * A kind of event a person asks for ("脱口秀", "musicals", "展览"), the words for it, and which events
 * are of it. Narrower kinds come first: "stand-up comedy" is stand-up, not every comedy; "音乐剧" is
 * a musical, not every play. A kind the world has none of (exhibitions, kids' shows) still matches
 * nothing, so a search for it says there is none instead of listing other things as if they were it.
 */
export interface EventKind {
  id: string;
  zh: string;
  en: string;
  said: RegExp;
  fits: (event: KindedEvent) => boolean;
}

const tagged =
  (...words: string[]) =>
  (event: KindedEvent) =>
    (event.tags ?? []).some((tag) => words.includes(tag.toLowerCase()));
const ofCategory =
  (...categories: string[]) =>
  (event: KindedEvent) =>
    categories.includes(event.category);

export const EVENT_KINDS: readonly EventKind[] = [
  {
    id: "standup",
    zh: "脱口秀",
    en: "stand-up comedy",
    said: /脱口秀|stand-?up/iu,
    fits: tagged("standup", "stand-up", "脱口秀"),
  },
  {
    id: "crosstalk",
    zh: "相声",
    en: "crosstalk",
    said: /相声|crosstalk|comedy dialogues?|comic dialogues?|xiangsheng/iu,
    fits: ofCategory("crosstalk"),
  },
  {
    id: "comedy",
    zh: "喜剧",
    en: "comedy",
    said: /喜剧|搞笑|爆笑|comed(?:y|ies)|comic\b|funny/iu,
    fits: (event) => ofCategory("crosstalk")(event) || tagged("comedy", "喜剧", "standup", "脱口秀")(event),
  },
  {
    id: "musical",
    zh: "音乐剧",
    en: "musical",
    said: /音乐剧|musicals?\b/iu,
    fits: tagged("musical", "音乐剧"),
  },
  {
    id: "opera",
    zh: "戏曲",
    en: "opera",
    said: /越剧|京剧|昆曲|戏曲|黄梅戏|\bopera\b(?!\s+house)/iu,
    fits: tagged("opera", "越剧", "京剧", "昆曲", "戏曲"),
  },
  {
    id: "exhibition",
    zh: "展览",
    en: "exhibition",
    said: /展览|展会|画展|美术展|艺术展|摄影展|博览会|exhibitions?|exhibits?|art shows?|\bgaller(?:y|ies)\b/iu,
    fits: (event) => ofCategory("exhibition")(event) || tagged("exhibition", "展览")(event),
  },
  {
    id: "kids",
    zh: "儿童/亲子",
    en: "kids'",
    said: /儿童|亲子|少儿|小朋友|孩子|童话剧|\bkids?\b|children|family shows?|for the family/iu,
    fits: (event) => ofCategory("kids")(event) || tagged("kids", "children", "family", "儿童", "亲子")(event),
  },
  {
    id: "dance",
    zh: "舞蹈",
    en: "dance",
    said: /舞剧|芭蕾|舞蹈|ballet|dance (?:shows?|performances?)/iu,
    fits: (event) => ofCategory("dance")(event) || tagged("dance", "ballet", "舞剧", "芭蕾")(event),
  },
  {
    id: "circus",
    zh: "杂技/魔术",
    en: "circus or magic",
    said: /杂技|魔术|马戏|circus|acrobat|magic shows?/iu,
    fits: tagged("circus", "acrobatics", "magic", "杂技", "魔术", "马戏"),
  },
  {
    id: "classical",
    zh: "音乐会",
    en: "classical concert",
    said: /音乐会|交响|钢琴|古典|symphony|orchestra|recital|classical|piano/iu,
    fits: ofCategory("classical"),
  },
  {
    id: "concert",
    zh: "演唱会",
    en: "concert",
    said: /演唱会|音乐节|livehouse|concerts?|gigs?|live music/iu,
    fits: ofCategory("concert"),
  },
  {
    id: "drama",
    zh: "话剧",
    en: "play",
    said: /话剧|舞台剧|戏剧|\bplays?\b|drama|theatre|theater/iu,
    fits: ofCategory("drama"),
  },
  {
    id: "basketball",
    zh: "篮球赛",
    en: "basketball game",
    said: /篮球|\bCBA\b|basketball/iu,
    fits: tagged("basketball", "篮球"),
  },
  {
    id: "football",
    zh: "足球赛",
    en: "football match",
    said: /足球|中超|\bCSL\b|football|soccer/iu,
    fits: tagged("football", "足球"),
  },
  {
    id: "sports",
    zh: "体育比赛",
    en: "sports",
    said: /比赛|球赛|体育|赛事|\bgames?\b|match(?:es)?\b|sports?/iu,
    fits: ofCategory("sports"),
  },
  {
    id: "movie",
    zh: "电影",
    en: "film",
    said: /电影|影院|movies?|films?|cinema/iu,
    fits: ofCategory("movie"),
  },
  { id: "show", zh: "歌舞演出", en: "variety show", said: /歌舞|演艺秀/iu, fits: ofCategory("show") },
];

/** The kind of event the text asks for, the narrowest said; none when it names no kind. */
export function kindOf(text: string): EventKind | undefined {
  return EVENT_KINDS.find((kind) => kind.said.test(text));
}

// Children named with something to watch or do ("带小朋友看什么", "what's on for the kids").
const TO_WATCH =
  /看|演出|表演|节目|活动|玩|去哪|\bwatch\b|\bshows?\b|what'?s on|\bto do\b|\bmovies?\b|\bfilms?\b|\bevents?\b/iu;

/** Whether the turn asks after a kind of event (children's only with something to watch or do). */
export function showKindAsked(text: string): boolean {
  const kind = kindOf(text);
  return kind !== undefined && (kind.id !== "kids" || TO_WATCH.test(text));
}
