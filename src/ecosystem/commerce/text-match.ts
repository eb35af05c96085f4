import { pinyin } from "pinyin-pro";

/** The searchable forms of a name: Chinese, English and pinyin (full and initials). */
export interface SearchableName {
  zh: string;
  en: string;
  pinyin: string;
  initials: string;
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
  };
}

/**
 * Smallest edit distance between `pattern` and any substring of `text` (Sellers' algorithm), so
 * "lattee" still finds "latte" inside "coconutlatte". Written by hand: it is twenty lines and no
 * installed library offers substring distance.
 */
export function substringDistance(pattern: string, text: string): number {
  if (pattern.length === 0) return 0;
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = new Array<number>(text.length + 1);
    current[0] = i;
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return Math.min(...previous);
}

function scoreOne(query: PreparedQuery, name: SearchableName): number {
  const compact = query.compact;
  if (!compact) return 0;
  const zh = name.zh.toLowerCase();
  const en = name.en.toLowerCase();
  if (zh === compact) return 100;
  if (zh.includes(compact)) return zh.startsWith(compact) ? 85 : 80;
  if (en === query.text) return 95;
  if (new RegExp(`\\b${escapeRegExp(query.text)}`).test(en)) return 75;
  const enCompact = keepAlphanumeric(en);
  // Two letters inside a word match almost anything; short keywords must start a word or syllable.
  if (query.latin && compact.length >= 3 && enCompact.includes(compact)) return 65;
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
  const best = (part: PreparedQuery) =>
    Math.max(scoreOne(part, primary), ...secondary.map((name) => scoreOne(part, name) * 0.6));
  const whole = best(query);
  if (whole > 0 || query.tokens.length < 2) return whole;
  let total = 0;
  for (const token of query.tokens) {
    const score = best(prepareQuery(token));
    if (score === 0) return 0;
    total += score;
  }
  return total / query.tokens.length;
}
