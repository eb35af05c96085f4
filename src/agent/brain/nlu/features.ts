import { normalizeText } from "./normalize.ts";

/** Size of the hashed feature space; collisions at this size cost well under a point of accuracy. */
export const FEATURE_BUCKETS = 1 << 20;

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const LATIN_WORD = /^[a-z][a-z']*$/u;

/** 32-bit FNV-1a over UTF-16 code units: stable across runs and platforms, cheap to compute. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Splits normalised text into word tokens (Intl.Segmenter for Chinese, digits folded to "#"). */
export function tokenize(normalized: string): string[] {
  const tokens: string[] = [];
  for (const part of segmenter.segment(normalized)) {
    if (!part.isWordLike) continue;
    tokens.push(part.segment.replace(/\d+(?:\.\d+)?/gu, "#"));
  }
  return tokens;
}

/**
 * The named features of one utterance: word unigrams and bigrams, character 1–3-grams over each run
 * of Chinese characters (segmentation errors are common, n-grams do not depend on it) and character
 * 3–5-grams inside English words (catches inflections and typos). Returned as strings so tests and
 * debugging can read them; `featureVector` hashes them.
 */
export function featureNames(text: string): string[] {
  const normalized = normalizeText(text);
  const names: string[] = [];
  const tokens = tokenize(normalized);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    names.push(`w:${token}`);
    names.push(`b:${index === 0 ? "^" : tokens[index - 1]}_${token}`);
    if (LATIN_WORD.test(token)) {
      const padded = `<${token}>`;
      for (let size = 3; size <= 5; size++) {
        for (let start = 0; start + size <= padded.length; start++)
          names.push(`c:${padded.slice(start, start + size)}`);
      }
    }
  }
  if (tokens.length > 0) names.push(`b:${tokens[tokens.length - 1]}_$`);
  for (const run of normalized.match(CJK_RUN) ?? []) {
    const padded = `^${run}$`;
    for (let size = 1; size <= 3; size++) {
      for (let start = 0; start + size <= padded.length; start++) {
        const gram = padded.slice(start, start + size);
        if (gram === "^" || gram === "$") continue;
        names.push(`z:${gram}`);
      }
    }
  }
  return names;
}

/** A sparse binary feature vector: distinct hashed indices, each with weight 1/sqrt(n) (unit length). */
export interface SparseVector {
  indices: Uint32Array;
  value: number;
}

/** Hashes an utterance's features into a unit-length sparse binary vector. */
export function featureVector(text: string): SparseVector {
  const unique = new Set<number>();
  for (const name of featureNames(text)) unique.add(hashString(name) % FEATURE_BUCKETS);
  const indices = Uint32Array.from(unique).sort();
  return { indices, value: indices.length === 0 ? 0 : 1 / Math.sqrt(indices.length) };
}
