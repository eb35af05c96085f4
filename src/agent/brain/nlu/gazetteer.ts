import { pinyin } from "pinyin-pro";
import { bigramDice, editDistance } from "./edit-distance.ts";

/** One named thing of the world: a menu item, a merchant, a place, an event or a category. */
export interface GazetteerEntry {
  kind: "item" | "merchant" | "poi" | "event" | "category";
  id: string;
  zh: string;
  en: string;
  /** Toneless pinyin without spaces; computed from `zh` when absent. */
  pinyin?: string;
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
}

const LATIN_RUN = /[a-z][a-z' ]*[a-z]|[a-z]/gu;

function toPinyin(text: string): string {
  return pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" })
    .join("")
    .replace(/[^a-z]/gu, "")
    .toLowerCase();
}

/**
 * Finds the world's named things in user text: exact names in either language, pinyin typed
 * without tones or spaces ("natie" → 拿铁, "xihu" → 西湖), Chinese homophones written with the
 * wrong characters, and English typos (edit distance) or partial Chinese names (bigram overlap).
 * An inverted index of character bigrams keeps matching cheap with thousands of entries.
 */
export class Gazetteer {
  readonly #entries: IndexedEntry[];
  readonly #index = new Map<string, Set<number>>();
  /** Per entry, the fewest shared bigrams any way of matching it needs (40% of its shortest key set). */
  readonly #minimumHits: number[] = [];

  constructor(entries: readonly GazetteerEntry[]) {
    this.#entries = entries.map((entry) => ({
      entry,
      zh: entry.zh,
      en: entry.en.toLowerCase(),
      pinyin: (entry.pinyin ?? toPinyin(entry.zh)).toLowerCase().replace(/[^a-z]/gu, ""),
    }));
    this.#entries.forEach((indexed) => {
      const sizes = [indexed.zh, indexed.en.replace(/ /gu, ""), indexed.pinyin]
        .map((name) => new Set(keys(name)).size)
        .filter((size) => size > 0);
      this.#minimumHits.push(Math.max(1, Math.floor(Math.min(...sizes) * 0.4)));
    });
    this.#entries.forEach((indexed, position) => {
      for (const key of [
        ...keys(indexed.zh),
        ...keys(indexed.en.replace(/ /gu, "")),
        ...keys(indexed.pinyin),
      ]) {
        const bucket = this.#index.get(key) ?? new Set<number>();
        bucket.add(position);
        this.#index.set(key, bucket);
      }
    });
  }

  /** Number of entries. */
  get size(): number {
    return this.#entries.length;
  }

  /** Non-overlapping matches in the text, best first by score then length. */
  match(text: string): GazetteerMatch[] {
    const lower = text.normalize("NFKC").toLowerCase();
    const textPinyin = pinyinWithOffsets(lower);
    // Count shared bigrams per entry: an entry that shares too few of its own bigrams with the text
    // can match neither exactly, by pinyin, nor fuzzily, so it is not scored at all. Common English
    // bigrams ("th", "er") would otherwise send thousands of entries through the fuzzy matcher.
    const hits = new Map<number, number>();
    for (const key of new Set([...keys(lower.replace(/ /gu, "")), ...keys(textPinyin.letters)])) {
      for (const position of this.#index.get(key) ?? []) hits.set(position, (hits.get(position) ?? 0) + 1);
    }
    const found: GazetteerMatch[] = [];
    for (const [position, shared] of hits) {
      if (shared < (this.#minimumHits[position] as number)) continue;
      const best = this.#bestSpan(this.#entries[position] as IndexedEntry, lower, textPinyin);
      if (best) found.push({ ...best, text: text.slice(best.start, best.end) });
    }
    found.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: GazetteerMatch[] = [];
    for (const match of found) {
      if (chosen.some((other) => match.start < other.end && other.start < match.end)) continue;
      chosen.push(match);
    }
    return chosen;
  }

  #bestSpan(
    indexed: IndexedEntry,
    lower: string,
    textPinyin: PinyinText,
  ): Omit<GazetteerMatch, "text"> | undefined {
    const { entry } = indexed;
    for (const name of [indexed.zh, indexed.en]) {
      if (!name) continue;
      const at = lower.indexOf(name.toLowerCase());
      if (at >= 0 && isWordBoundary(lower, at, at + name.length)) {
        return { entity: entry, start: at, end: at + name.length, score: 1, method: "exact" };
      }
    }
    // Pinyin: typed letters or homophone characters whose toneless pinyin spells the entry's.
    if (indexed.pinyin.length >= 3) {
      const at = textPinyin.letters.indexOf(indexed.pinyin);
      if (at >= 0) {
        const start = textPinyin.offsets[at] as number;
        const end = (textPinyin.offsets[at + indexed.pinyin.length - 1] as number) + 1;
        const span = lower.slice(start, end);
        if (isWordBoundary(lower, start, end)) {
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
    return fuzzySpan(indexed, lower);
  }
}

interface PinyinText {
  letters: string;
  /** For each letter of `letters`, the index of the character of the text it came from. */
  offsets: number[];
}

function pinyinWithOffsets(text: string): PinyinText {
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "spaced" });
  let letters = "";
  const offsets: number[] = [];
  // With nonZh "spaced" pinyin-pro returns one element per character of the input.
  syllables.forEach((syllable, index) => {
    for (const char of syllable.toLowerCase()) {
      if (char < "a" || char > "z") continue;
      letters += char;
      offsets.push(index);
    }
  });
  return { letters, offsets };
}

function keys(value: string): string[] {
  const compact = value.replace(/\s/gu, "");
  if (compact.length < 2) return compact ? [compact] : [];
  const result: string[] = [];
  for (let index = 0; index + 2 <= compact.length; index++) result.push(compact.slice(index, index + 2));
  return result;
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const latin = (char: string | undefined) => char !== undefined && /[a-z0-9]/u.test(char);
  return !(latin(text[start]) && latin(before)) && !(latin(text[end - 1]) && latin(after));
}

/** Best approximate window: English words within a small edit distance, or Chinese bigram overlap. */
function fuzzySpan(indexed: IndexedEntry, lower: string): Omit<GazetteerMatch, "text"> | undefined {
  const { entry, en, zh } = indexed;
  let best: Omit<GazetteerMatch, "text"> | undefined;
  if (en.length >= 4) {
    for (const run of lower.matchAll(LATIN_RUN)) {
      const words = [...run[0].matchAll(/[a-z']+/gu)];
      const wordCount = en.split(" ").length;
      for (let first = 0; first + wordCount <= words.length; first++) {
        const startWord = words[first] as RegExpMatchArray;
        const endWord = words[first + wordCount - 1] as RegExpMatchArray;
        const start = (run.index as number) + (startWord.index as number);
        const end = (run.index as number) + (endWord.index as number) + endWord[0].length;
        const limit = en.length >= 8 ? 2 : 1;
        const distance = editDistance(lower.slice(start, end), en, limit);
        const score = 0.9 - distance * 0.1;
        if (distance <= limit && (!best || score > best.score))
          best = { entity: entry, start, end, score, method: "fuzzy" };
      }
    }
  }
  if (zh.length >= 2 && /\p{Script=Han}/u.test(lower)) {
    // Only windows around a place where the text shares a bigram with the name can score ≥ 0.6.
    const anchors: number[] = [];
    for (let index = 0; index + 2 <= zh.length; index++) {
      const gram = zh.slice(index, index + 2);
      for (let at = lower.indexOf(gram); at >= 0; at = lower.indexOf(gram, at + 1)) anchors.push(at);
    }
    if (anchors.length === 0) return best;
    const lowest = Math.max(0, Math.min(...anchors) - zh.length);
    const highest = Math.min(lower.length, Math.max(...anchors) + zh.length + 1);
    for (let size = Math.max(2, zh.length - 1); size <= zh.length + 1; size++) {
      for (let start = lowest; start + size <= highest; start++) {
        const dice = bigramDice(lower.slice(start, start + size), zh);
        const score = dice * 0.8;
        if (dice >= 0.6 && (!best || score > best.score))
          best = { entity: entry, start, end: start + size, score, method: "fuzzy" };
      }
    }
  }
  return best;
}
