import { pinyin } from "pinyin-pro";

/** The searchable forms of a name: Chinese, English and pinyin (full and initials). */
export interface SearchableName {
  zh: string;
  en: string;
  pinyin: string;
  initials: string;
  /** Matched only as written (whole, substring, word start), never by pinyin or typo. */
  literal?: boolean;
  /** Lower-cased forms, when built once with `searchableName`. */
  forms?: NameForms;
}

interface NameForms {
  zh: string;
  en: string;
  enCompact: string;
  /** The English name is plain ASCII: a keyword with other characters cannot match it. */
  enAscii: boolean;
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

/** A name with its lower-cased forms built now, for names scored again and again (the catalogue's). */
export function searchableName(name: Omit<SearchableName, "forms">): SearchableName & { forms: NameForms } {
  const en = name.en.toLowerCase();
  return {
    ...name,
    forms: {
      zh: name.zh.toLowerCase(),
      en,
      enCompact: keepAlphanumeric(en),
      enAscii: isAscii(en),
    },
  };
}

const keepAlphanumeric = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

// Chains repeat their menus in every branch, so the same names are spelled many times while seeding.
const spelled = new Map<string, { full: string; initials: string }>();

/**
 * Pinyin of a Chinese name for search, from pinyin-pro (which reads polyphonic characters in
 * context): "生椰拿铁" → { full: "shengyenatie", initials: "synt" }. Latin parts are kept as they are.
 */
export function pinyinOf(text: string): { full: string; initials: string } {
  const known = spelled.get(text);
  if (known) return known;
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" });
  const result = {
    full: keepAlphanumeric(syllables.join("")),
    initials: keepAlphanumeric(syllables.map((syllable) => syllable.trim().charAt(0)).join("")),
  };
  if (spelled.size < 5000) spelled.set(text, result);
  return result;
}

/** A keyword prepared once per search. */
export interface PreparedQuery {
  text: string;
  compact: string;
  latin: boolean;
  /** Pinyin of a Chinese query, so homophones such as "那铁" still find 拿铁. */
  pinyin: string;
  tokens: string[];
  /** The keyword at the start of an English word. */
  wordStart: RegExp;
  /** Each token prepared on its own, for keywords of several words (built on first use). */
  parts?: PreparedQuery[];
  /**
   * Scores already computed for this keyword, by name object. Branches of a chain share their
   * menu's name objects (see `internedName`), so one search scores each distinct name once.
   */
  scores: Map<SearchableName, number>;
}

/** Lower-cases and splits a keyword once, so matching each row is cheap. */
export function prepareQuery(keyword: string): PreparedQuery {
  const text = keyword.trim().toLowerCase();
  const latin = /^[\x20-\x7e]+$/.test(text);
  return {
    text,
    compact: latin ? keepAlphanumeric(text) : text.replace(/\s+/g, ""),
    latin,
    pinyin: latin ? "" : pinyinOf(text).full,
    tokens: text.split(/\s+/).filter(Boolean),
    wordStart: new RegExp(`\\b${escapeRegExp(text)}`),
    scores: new Map(),
  };
}

const interned = new Map<string, SearchableName & { forms: NameForms }>();

/**
 * The one shared `searchableName` for these names: a chain's branches list the same menu, and a
 * search scores each shared name object once (`PreparedQuery.scores`). The table is bounded; past
 * its size names are built afresh, which only costs the sharing.
 */
export function internedName(name: Omit<SearchableName, "forms">): SearchableName & { forms: NameForms } {
  const key = `${name.zh}\u0000${name.en}\u0000${name.pinyin}\u0000${name.initials}`;
  let shared = interned.get(key);
  if (!shared) {
    shared = searchableName(name);
    if (interned.size < 20_000) interned.set(key, shared);
  }
  return shared;
}

function normalise(name: SearchableName): NameForms {
  return name.forms ?? searchableName(name).forms;
}

/**
 * Smallest edit distance between `pattern` and any substring of `text` (Sellers' problem), so
 * "lattee" still finds "latte" inside "coconutlatte". Patterns up to 31 characters use Myers'
 * bit-parallel algorithm (one pass over the text, the pattern's column held in the bits of an
 * integer); longer ones the plain dynamic programme. Written by hand: no installed library offers
 * substring distance.
 */
export function substringDistance(pattern: string, text: string): number {
  if (pattern.length === 0) return 0;
  return pattern.length <= 31
    ? myersSubstringDistance(pattern, text)
    : sellersSubstringDistance(pattern, text);
}

/** Myers (1999) as Hyyrö states it, with a free start anywhere in the text. */
export function myersSubstringDistance(pattern: string, text: string): number {
  const length = pattern.length;
  const masks = new Map<number, number>();
  for (let index = 0; index < length; index++) {
    const code = pattern.charCodeAt(index);
    masks.set(code, (masks.get(code) ?? 0) | (1 << index));
  }
  const last = 1 << (length - 1);
  let positive = length === 31 ? 0x7fffffff : (1 << length) - 1;
  let negative = 0;
  let score = length;
  let best = length;
  for (let index = 0; index < text.length; index++) {
    const equal = masks.get(text.charCodeAt(index)) ?? 0;
    const vertical = equal | negative;
    const horizontal = (((equal & positive) + positive) ^ positive) | equal;
    let up = negative | ~(horizontal | positive);
    let down = positive & horizontal;
    if (up & last) score++;
    else if (down & last) score--;
    up <<= 1;
    down <<= 1;
    positive = down | ~(vertical | up);
    negative = up & vertical;
    if (score < best) best = score;
  }
  return best;
}

/** The dynamic programme behind `substringDistance`, for any pattern length. */
export function sellersSubstringDistance(pattern: string, text: string): number {
  let previous = new Uint16Array(text.length + 1);
  let current = new Uint16Array(text.length + 1);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    const char = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const cost = char === text.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    [previous, current] = [current, previous];
  }
  let best = previous[0] as number;
  for (let j = 1; j <= text.length; j++) best = Math.min(best, previous[j] as number);
  return best;
}

function scoreOne(query: PreparedQuery, name: SearchableName): number {
  let score = query.scores.get(name);
  if (score === undefined) {
    score = scoreName(query, name);
    query.scores.set(name, score);
  }
  return score;
}

function scoreName(query: PreparedQuery, name: SearchableName): number {
  const compact = query.compact;
  if (!compact) return 0;
  const { zh, en, enCompact, enAscii } = normalise(name);
  if (zh === compact) return 100;
  if (zh.includes(compact)) return zh.startsWith(compact) ? 85 : 80;
  if (query.latin || !enAscii) {
    if (en === query.text) return 95;
    if (query.wordStart.test(en)) return 75;
  }
  // Two letters inside a word match almost anything; short keywords must start a word or syllable.
  if (query.latin && compact.length >= 3 && enCompact.includes(compact)) return 65;
  if (name.literal) return 0;
  if (query.latin) {
    if (name.pinyin.startsWith(compact)) return 62;
    if (compact.length >= 3 && name.pinyin.includes(compact)) return 58;
    if (compact.length >= 2 && name.initials === compact) return 56;
    if (compact.length >= 2 && name.initials.startsWith(compact)) return 50;
    if (compact.length >= 2 && name.initials.includes(compact)) return 42;
    if (compact.length >= 4) {
      const allowed = compact.length >= 8 ? 2 : 1;
      const distance = Math.min(
        substringDistance(compact, enCompact),
        substringDistance(compact, name.pinyin),
      );
      if (distance <= allowed) return 30 - distance * 5;
    }
    return 0;
  }
  if (query.pinyin.length >= 2 && name.pinyin.includes(query.pinyin)) return 45;
  return 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The best score of a keyword over a row's names, secondary names counting 0.6. */
function bestOf(query: PreparedQuery, primary: SearchableName, secondary: readonly SearchableName[]): number {
  let best = scoreOne(query, primary);
  for (const name of secondary) best = Math.max(best, scoreOne(query, name) * 0.6);
  return best;
}

/**
 * How well a row matches a keyword, 0 for no match: exact Chinese or English names score highest,
 * then substrings, full pinyin, pinyin initials, homophones and small typos. `secondary` names (an
 * item's merchant, a merchant's category) count for less. A keyword of several words matches when
 * every word matches one of the names; the score is their average.
 */
export function matchScore(
  query: PreparedQuery,
  primary: SearchableName,
  secondary: readonly SearchableName[] = [],
): number {
  const whole = bestOf(query, primary, secondary);
  if (whole > 0 || query.tokens.length < 2) return whole;
  let total = 0;
  query.parts ??= query.tokens.map((token) => prepareQuery(token));
  for (const part of query.parts) {
    const score = bestOf(part, primary, secondary);
    if (score === 0) return 0;
    total += score;
  }
  return total / query.tokens.length;
}
