import { pinyin } from "pinyin-pro";
import { editDistance } from "./edit-distance.ts";
import { grams, keys, TextView, wholeSyllables, windowDice } from "./gazetteer-text.ts";
import { PartialNames, preferFullerNames } from "./partial-names.ts";
import { shopKindOnly } from "./shop-kind-words.ts";

/** One named thing of the world: a menu item, a merchant, a place, an event or a category. */
export interface GazetteerEntry {
  kind: "item" | "merchant" | "poi" | "event" | "category";
  id: string;
  zh: string;
  en: string;
  /** Toneless pinyin without spaces; computed from `zh` when absent. */
  pinyin?: string;
  /** The English name `en` is another way of saying ("McDonald's" for "Mickey D's"), for replies. */
  canonicalEn?: string;
  /** The Chinese name `zh` is a nickname of ("星巴克" for "星爸爸"), for searches and replies. */
  canonicalZh?: string;
  category?: string; // a menu item's catalogue category ("fruit", "coffee")
}

/** A span of the text that names an entry. `score` is 1 for an exact name, lower for fuzzy ways. */
export interface GazetteerMatch {
  entity: GazetteerEntry;
  start: number;
  end: number;
  text: string;
  score: number;
  method: "exact" | "pinyin" | "fuzzy";
}

interface IndexedEntry {
  entry: GazetteerEntry;
  zh: string;
  en: string;
  pinyin: string;
  /** Words in the English name: fuzzy English windows span as many words of the text. */
  enWords: number;
  /** Character bigrams of the Chinese name, for the overlap score of partial names. */
  zhGrams: string[];
  /**
   * Per way of matching (Chinese name, English name, pinyin): the fewest distinct bigrams of the
   * name the text must share (0: always scored, -1: this way cannot match the entry).
   */
  fewest: [number, number, number];
  /** Distinct bigrams over all of the entry's names, for the overall overlap floor (as key ids). */
  allKeys: Uint32Array;
}

/** Fewest distinct shared bigrams when a match needs `shared` bigrams counted with repeats. */
function distinctNeeded(name: string, shared: number): number {
  const counts = new Map<string, number>();
  for (const key of keys(name)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Math.max(0, Math.ceil(shared / Math.max(1, ...counts.values())));
}

function toPinyin(text: string): string {
  return pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" })
    .join("")
    .replace(/[^a-z]/gu, "")
    .toLowerCase();
}

/** The ways an entry can be matched, in the order of `IndexedEntry.fewest`. */
const WAYS = ["zh", "en", "pinyin"] as const;

/** Per way, the distinct bigrams the index files an entry under: Chinese lowered, English compacted. */
function wayKeys(zh: string, en: string, pinyin: string): [string[], string[], string[]] {
  return [
    [...new Set(keys(zh.toLowerCase()))],
    [...new Set(keys(en.replace(/\s/gu, "")))],
    [...new Set(keys(pinyin))],
  ];
}

/**
 * What each way of matching an entry needs from the text's bigrams, so that entries that cannot
 * match are never scored. Exact and pinyin matches need every bigram of the name; an English name
 * within edit distance k of a window shares at least n − 1 − 2k of its n − 1 bigrams (the q-gram
 * lemma); a partial Chinese name with bigram Dice ≥ 0.6 shares at least 0.3 × (window + name
 * bigrams). Names too short for bigrams, or Chinese names with spaces, are always scored.
 */
function fewestShared(zh: string, en: string, pinyin: string): IndexedEntry["fewest"] {
  const enCompact = en.replace(/\s/gu, "");
  let zhWay = -1;
  if (zh && (zh.replace(/\s/gu, "").length < 2 || /\s/u.test(zh))) zhWay = 0;
  else if (zh.length >= 2) {
    const window = Math.max(2, zh.length - 1);
    const shared = Math.ceil(0.3 * (window - 1 + zh.length - 1) - 1e-9);
    zhWay = Math.max(1, distinctNeeded(zh.toLowerCase(), shared));
  }
  let enWay = -1;
  if (en && enCompact.length < 2) enWay = 0;
  else if (en.length >= 4)
    enWay = distinctNeeded(enCompact, enCompact.length - 1 - 2 * (en.length >= 8 ? 2 : 1));
  else if (en) enWay = new Set(keys(enCompact)).size;
  const pinyinWay = pinyin.length >= 3 ? new Set(keys(pinyin)).size : -1;
  return [zhWay, enWay, pinyinWay];
}

/**
 * Finds the world's named things in user text: exact names in either language, pinyin typed
 * without tones or spaces ("natie" → 拿铁, "xihu" → 西湖), Chinese homophones written with the
 * wrong characters, and English typos (edit distance) or partial Chinese names (bigram overlap).
 * An inverted index of character bigrams keeps matching cheap with thousands of entries.
 */
export class Gazetteer {
  readonly #entries: IndexedEntry[];
  /** Per way of matching, the entries filed under each bigram of that way's name. */
  readonly #index = WAYS.map(() => new Map<string, number[]>());
  /** Per entry, the fewest shared bigrams over all its names (40% of its shortest key set). */
  readonly #minimumHits: number[] = [];
  /** Scratch counters per way and entry, zeroed after each call. */
  readonly #counts: Uint16Array[];
  /** A number for each bigram of an entry's names, so the overlap floor reads marks, not sets. */
  readonly #keyIds = new Map<string, number>();
  /** Scratch marks of the bigram ids the text has, cleared after each call. */
  readonly #textMarks: Uint8Array;
  /** English menu names said in part ("egg tarts", "zinger"). */
  readonly #partial: PartialNames;

  constructor(entries: readonly GazetteerEntry[]) {
    this.#partial = new PartialNames(entries);
    this.#entries = entries.map((entry) => {
      const en = entry.en.toLowerCase();
      const pinyin = (entry.pinyin ?? toPinyin(entry.zh)).toLowerCase().replace(/[^a-z]/gu, "");
      return {
        entry,
        zh: entry.zh,
        en,
        pinyin,
        enWords: en.split(" ").length,
        zhGrams: grams(entry.zh),
        fewest: fewestShared(entry.zh, en, pinyin),
        allKeys: Uint32Array.from(
          new Set([...keys(entry.zh), ...keys(en.replace(/ /gu, "")), ...keys(pinyin)]),
          (key) => this.#keyId(key),
        ),
      };
    });
    this.#counts = WAYS.map(() => new Uint16Array(this.#entries.length));
    this.#textMarks = new Uint8Array(this.#keyIds.size);
    this.#entries.forEach((indexed, position) => {
      const sizes = [indexed.zh, indexed.en.replace(/ /gu, ""), indexed.pinyin]
        .map((name) => new Set(keys(name)).size)
        .filter((size) => size > 0);
      this.#minimumHits.push(Math.max(1, Math.floor(Math.min(...sizes) * 0.4)));
      wayKeys(indexed.zh, indexed.en, indexed.pinyin).forEach((wayKeys, way) => {
        if ((indexed.fewest[way] as number) <= 0) return;
        const index = this.#index[way] as Map<string, number[]>;
        for (const key of wayKeys) {
          const bucket = index.get(key);
          if (bucket) bucket.push(position);
          else index.set(key, [position]);
        }
      });
    });
  }

  #keyId(key: string): number {
    let id = this.#keyIds.get(key);
    if (id === undefined) {
      id = this.#keyIds.size;
      this.#keyIds.set(key, id);
    }
    return id;
  }

  /** Number of entries. */
  get size(): number {
    return this.#entries.length;
  }

  /** Non-overlapping matches in the text, best first by score then length. */
  match(text: string): GazetteerMatch[] {
    const view = new TextView(text.normalize("NFKC").toLowerCase());
    const found: GazetteerMatch[] = [];
    for (const position of this.#candidates(view)) {
      const best = this.#bestSpan(this.#entries[position] as IndexedEntry, view);
      if (best) found.push({ ...best, text: text.slice(best.start, best.end) });
    }
    // The same name said twice ("四杯冰的厚乳拿铁和两杯热的厚乳拿铁", "an Oden Set and two Oden Sets").
    for (const match of [...found]) {
      if (match.method !== "exact") continue;
      const indexed = this.#entries.find((candidate) => candidate.entry === match.entity);
      if (!indexed) continue;
      for (const span of laterMentions(indexed, view.lower, match.end))
        found.push({ ...match, ...span, text: text.slice(span.start, span.end) });
    }
    const named = found.filter((match) => match.method === "exact").map((match) => match.entity);
    for (const partial of this.#partial.match(view.lower, named))
      found.push({ ...partial, text: text.slice(partial.start, partial.end) });
    found.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: GazetteerMatch[] = [];
    for (const match of found) {
      if (chosen.some((other) => match.start < other.end && other.start < match.end)) continue;
      chosen.push(match);
    }
    return preferFullerNames(chosen, found);
  }

  /**
   * The entries worth scoring, in entry order: those sharing enough bigrams with the text for at
   * least one way of matching. Common English bigrams ("th", "er", and pinyin's "an", "ng") would
   * otherwise send most entries through the fuzzy matcher on every turn.
   */
  #candidates(view: TextView): number[] {
    const textKeys = new Set(keys(view.lower.replace(/ /gu, "")));
    const letterKeys = new Set(keys(view.pinyin.letters));
    const pools = [textKeys, textKeys, letterKeys];
    const counts = this.#counts;
    const marked: number[] = [];
    for (const pool of [textKeys, letterKeys])
      for (const key of pool) {
        const id = this.#keyIds.get(key);
        if (id !== undefined && this.#textMarks[id] === 0) {
          this.#textMarks[id] = 1;
          marked.push(id);
        }
      }
    this.#index.forEach((index, way) => {
      const wayCounts = counts[way] as Uint16Array;
      for (const key of pools[way] as Set<string>) {
        const bucket = index.get(key);
        if (bucket) for (const position of bucket) wayCounts[position] = (wayCounts[position] as number) + 1;
      }
    });
    const [zhCounts, enCounts, pinyinCounts] = counts as [Uint16Array, Uint16Array, Uint16Array];
    const candidates: number[] = [];
    for (let position = 0; position < this.#entries.length; position++) {
      const [zh, en, pinyin] = (this.#entries[position] as IndexedEntry).fewest;
      const possible =
        zh === 0 ||
        en === 0 ||
        pinyin === 0 ||
        (zh > 0 && (zhCounts[position] as number) >= zh) ||
        (en > 0 && (enCounts[position] as number) >= en) ||
        (pinyin > 0 && (pinyinCounts[position] as number) >= pinyin);
      if (possible && this.#sharesEnough(position)) candidates.push(position);
    }
    for (const wayCounts of counts) wayCounts.fill(0);
    for (const id of marked) this.#textMarks[id] = 0;
    return candidates;
  }

  /** The overall floor: enough of the entry's bigrams, over all its names, appear in the text (or its pinyin). */
  #sharesEnough(position: number) {
    const minimum = this.#minimumHits[position] as number;
    const marks = this.#textMarks;
    let shared = 0;
    for (const id of (this.#entries[position] as IndexedEntry).allKeys) {
      if (marks[id] === 1 && ++shared >= minimum) return true;
    }
    return false;
  }

  #bestSpan(indexed: IndexedEntry, view: TextView): Omit<GazetteerMatch, "text"> | undefined {
    const { entry } = indexed;
    const { lower, pinyin: textPinyin } = view;
    for (const name of [indexed.zh, indexed.en]) {
      if (!name) continue;
      const at = lower.indexOf(name.toLowerCase());
      if (at >= 0 && isWordBoundary(lower, at, at + name.length) && !insideHanWord(entry, name, lower, at)) {
        return { entity: entry, start: at, end: at + name.length, score: 1, method: "exact" };
      }
    }
    const plural = pluralSpan(indexed.en, lower);
    if (plural) return { entity: entry, ...plural, score: 1, method: "exact" };
    // Pinyin: typed letters or homophone characters whose toneless pinyin spells the entry's.
    if (indexed.pinyin.length >= 3) {
      for (
        let at = textPinyin.letters.indexOf(indexed.pinyin);
        at >= 0;
        at = textPinyin.letters.indexOf(indexed.pinyin, at + 1)
      ) {
        const start = textPinyin.offsets[at] as number;
        const end = (textPinyin.offsets[at + indexed.pinyin.length - 1] as number) + 1;
        const span = lower.slice(start, end);
        // One run of characters or of typed letters ("点，辛苦" is no 点心), whole syllables and more than
        // one for a longer name ("超" of 超市 is no 茶π); a kind of shop ("便利店") is no shop.
        const whole = wholeSyllables(textPinyin, at, indexed.pinyin.length, span.length, indexed.zh.length);
        if (isWordBoundary(lower, start, end) && ONE_RUN.test(span) && whole && !shopKindOnly(entry, span)) {
          return {
            entity: entry,
            start,
            end: Math.max(end, start + span.length),
            score: /[a-z]/u.test(span) ? 0.95 : 0.85,
            method: "pinyin",
          };
        }
      }
    }
    const near = fuzzySpan(indexed, view);
    return near && shopKindOnly(entry, lower.slice(near.start, near.end)) ? undefined : near;
  }
}

// A pinyin match's span: Chinese characters only, or typed letters (with spaces) only.
const ONE_RUN = /^(?:\p{Script=Han}+|[a-z][a-z' ]*)$/u;

/** Every further mention of an entry's names after `from`, singular or plural, on word boundaries. */
function laterMentions(indexed: IndexedEntry, lower: string, from: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let at = from;
  while (at < lower.length) {
    const next = [indexed.zh, indexed.en]
      .filter((name) => name.length > 0)
      .flatMap((name) => {
        const exact = lower.indexOf(name, at);
        const exactSpan =
          exact >= 0 && isWordBoundary(lower, exact, exact + name.length)
            ? { start: exact, end: exact + name.length }
            : undefined;
        const plural = /[a-z]$/u.test(name) ? pluralSpan(name, lower.slice(at)) : undefined;
        const pluralSpanAt = plural && { start: at + plural.start, end: at + plural.end };
        return [exactSpan, pluralSpanAt].filter((span): span is { start: number; end: number } => !!span);
      })
      .sort((a, b) => a.start - b.start || b.end - a.end)[0];
    if (!next) break;
    spans.push(next);
    at = next.end;
  }
  return spans;
}

/** An English name said in the plural ("braised eggs", "fruit teas", "pastries"): as exact as the name. */
function pluralSpan(name: string, lower: string): { start: number; end: number } | undefined {
  if (!/[a-z]$/u.test(name)) return undefined;
  const forms =
    name.endsWith("y") && !/[aeiou]y$/u.test(name) ? [`${name.slice(0, -1)}ies`] : [`${name}s`, `${name}es`];
  for (const form of forms) {
    for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1))
      if (isWordBoundary(lower, at, at + form.length)) return { start: at, end: at + form.length };
  }
  return undefined;
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const latin = (char: string | undefined) => char !== undefined && /[a-z0-9]/u.test(char);
  return !(latin(text[start]) && latin(before)) && !(latin(text[end - 1]) && latin(after));
}

/** Best approximate window: English words within a small edit distance, or Chinese bigram overlap. */
function fuzzySpan(indexed: IndexedEntry, view: TextView): Omit<GazetteerMatch, "text"> | undefined {
  const { entry, en, zh } = indexed;
  const { lower } = view;
  let best: Omit<GazetteerMatch, "text"> | undefined;
  if (en.length >= 4) {
    const limit = en.length >= 8 ? 2 : 1;
    for (const window of view.latinWindows(indexed.enWords)) {
      if (Math.abs(window.text.length - en.length) > limit) continue;
      const distance = editDistance(window.text, en, limit);
      const score = 0.9 - distance * 0.1;
      if (distance <= limit && (!best || score > best.score))
        best = { entity: entry, start: window.start, end: window.end, score, method: "fuzzy" };
    }
  }
  if (zh.length >= 2 && view.hasHan) {
    // Only windows around a place where the text shares a bigram with the name can score ≥ 0.6.
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const gram of indexed.zhGrams) {
      const positions = view.positions(gram);
      if (!positions) continue;
      first = Math.min(first, positions[0] as number);
      last = Math.max(last, positions[positions.length - 1] as number);
    }
    if (first > last) return best;
    const lowest = Math.max(0, first - zh.length);
    const highest = Math.min(lower.length, last + zh.length + 1);
    for (let size = Math.max(2, zh.length - 1); size <= zh.length + 1; size++) {
      for (let start = lowest; start + size <= highest; start++) {
        const dice = windowDice(view, start, size, indexed.zhGrams);
        const score = dice * 0.8;
        if (dice >= 0.6 && (!best || score > best.score))
          best = { entity: entry, start, end: start + size, score, method: "fuzzy" };
      }
    }
  }
  return best;
}

// A one-character kind ("花", "面") said on its own sits next to a measure word, a verb or a particle
// ("一束花", "送花", "来碗面吧"); inside a longer word ("花生油", "五花肉", "挂面") it is not that kind.
const BEFORE_ALONE = /[\s\p{P}束碗份盒把枝朵个点些的买要来送吃订叫和跟一两三四五六七八九十几啥]/u;
// A count after the word counts it ("买面两碗", "花三束").
const AFTER_ALONE = /[\s\p{P}送到给和跟吗了的吧呢呀啊要来买也都就还再0-9一二两三四五六七八九十几]/u;
const HAN = /\p{Script=Han}/u;

function insideHanWord(entry: GazetteerEntry, name: string, text: string, at: number): boolean {
  if (entry.kind !== "category" || name.length !== 1 || !HAN.test(name)) return false;
  const before = text[at - 1];
  const after = text[at + 1];
  return (
    (before !== undefined && HAN.test(before) && !BEFORE_ALONE.test(before)) ||
    (after !== undefined && HAN.test(after) && !AFTER_ALONE.test(after))
  );
}
