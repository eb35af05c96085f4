import { pinyin } from "pinyin-pro";

// The user's text as the gazetteer reads it: lowered once, with its pinyin, its English word windows
// and its character bigrams computed once per call and shared by every entry that is scored.

const LATIN_RUN = /[a-z][a-z' ]*[a-z]|[a-z]/gu;

export interface PinyinText {
  letters: string;
  /** For each letter of `letters`, the index of the character of the text it came from. */
  offsets: number[];
}

/**
 * Whether `length` letters of the pinyin from `at` begin and end with whole characters' syllables,
 * and cover more than one character when the name has more (`spanLength` of `nameLength`).
 */
export function wholeSyllables(
  text: PinyinText,
  at: number,
  length: number,
  spanLength: number,
  nameLength: number,
): boolean {
  const { offsets } = text;
  const whole = offsets[at - 1] !== offsets[at] && offsets[at + length] !== offsets[at + length - 1];
  return whole && (spanLength > 1 || nameLength <= 1);
}

function pinyinWithOffsets(text: string, hasHan: boolean): PinyinText {
  if (!hasHan) {
    // Without Chinese characters the pinyin of the text is its own Latin letters.
    let letters = "";
    const offsets: number[] = [];
    for (let index = 0; index < text.length; index++) {
      const char = text[index] as string;
      if (char < "a" || char > "z") continue;
      letters += char;
      offsets.push(index);
    }
    return { letters, offsets };
  }
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

export function keys(value: string): string[] {
  const compact = value.replace(/\s/gu, "");
  if (compact.length < 2) return compact ? [compact] : [];
  const result: string[] = [];
  for (let index = 0; index + 2 <= compact.length; index++) result.push(compact.slice(index, index + 2));
  return result;
}

/** The text once lowered, with what every entry's matching needs computed once per call. */
export class TextView {
  readonly hasHan: boolean;
  readonly pinyin: PinyinText;
  readonly #windows = new Map<number, { start: number; end: number; text: string }[]>();
  #grams: string[] | undefined;
  #gramPositions: Map<string, number[]> | undefined;

  constructor(readonly lower: string) {
    this.hasHan = /\p{Script=Han}/u.test(lower);
    this.pinyin = pinyinWithOffsets(lower, this.hasHan);
  }

  /** Runs of `count` consecutive English words, in text order, never across punctuation. */
  latinWindows(count: number): { start: number; end: number; text: string }[] {
    let windows = this.#windows.get(count);
    if (windows) return windows;
    windows = [];
    for (const run of this.lower.matchAll(LATIN_RUN)) {
      const words = [...run[0].matchAll(/[a-z']+/gu)];
      for (let first = 0; first + count <= words.length; first++) {
        const startWord = words[first] as RegExpMatchArray;
        const endWord = words[first + count - 1] as RegExpMatchArray;
        const start = (run.index as number) + (startWord.index as number);
        const end = (run.index as number) + (endWord.index as number) + endWord[0].length;
        windows.push({ start, end, text: this.lower.slice(start, end) });
      }
    }
    this.#windows.set(count, windows);
    return windows;
  }

  /** The character bigram starting at each position of the text. */
  get grams(): string[] {
    this.#grams ??= Array.from({ length: Math.max(0, this.lower.length - 1) }, (_, index) =>
      this.lower.slice(index, index + 2),
    );
    return this.#grams;
  }

  /** Where each bigram of the text occurs. */
  positions(gram: string): number[] | undefined {
    if (!this.#gramPositions) {
      this.#gramPositions = new Map();
      this.grams.forEach((each, index) => {
        const list = this.#gramPositions?.get(each);
        if (list) list.push(index);
        else this.#gramPositions?.set(each, [index]);
      });
    }
    return this.#gramPositions.get(gram);
  }
}

export function grams(value: string): string[] {
  const result: string[] = [];
  for (let index = 0; index + 2 <= value.length; index++) result.push(value.slice(index, index + 2));
  return result;
}

// The name's bigrams already paired, reused by every (synchronous) call: one a window was most of a
// Chinese text's allocations in fuzzy matching.
let diceScratch = new Uint8Array(16);

/** Dice overlap of the text's bigrams from `start` (window of `size` characters) with `name`'s. */
export function windowDice(
  view: TextView,
  start: number,
  size: number,
  nameGrams: readonly string[],
): number {
  const textGrams = view.grams;
  if (diceScratch.length < nameGrams.length) diceScratch = new Uint8Array(nameGrams.length);
  const used = diceScratch.fill(0, 0, nameGrams.length);
  let shared = 0;
  for (let index = start; index < start + size - 1; index++) {
    const gram = textGrams[index];
    for (let other = 0; other < nameGrams.length; other++) {
      if (used[other] === 0 && nameGrams[other] === gram) {
        used[other] = 1;
        shared++;
        break;
      }
    }
  }
  return (2 * shared) / (size - 1 + nameGrams.length);
}
