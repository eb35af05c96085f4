/** Patterns kept once compiled, by flags and source; emptied when it grows past this. */
const LIMIT = 4096;
const kept = new Map<string, RegExp>();

/**
 * The regular expression of `source` and `flags`, compiled once: patterns built from words of the
 * catalogue or the text ("\bextra shot\b") recur on every turn. Only flags without state (no g or y),
 * so a kept pattern's `test` never depends on an earlier call.
 */
export function compiledPattern(source: string, flags: string): RegExp {
  if (/[gy]/u.test(flags)) throw new Error(`compiledPattern keeps no stateful patterns (flags "${flags}")`);
  const key = `${flags}/${source}`;
  let pattern = kept.get(key);
  if (!pattern) {
    if (kept.size >= LIMIT) kept.clear();
    pattern = new RegExp(source, flags);
    kept.set(key, pattern);
  }
  return pattern;
}
