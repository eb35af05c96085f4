import { categoryOf } from "../skills/event-match.ts";
import type { ShownOptions } from "../state.ts";

type Entry = ShownOptions["entries"][number];

// The words said right after a position in a list: "第二个电影", "最后一个话剧", "the second comedy",
// "the last florist". "the second one" says nothing of what it is, nor does "第二场" (its measure word is
// no description: "场" would pick the one show with 专场 in its name) or "第二个吧".
const ZH_DESCRIBED =
  /(?:第\s*[0-9一二三四五六七八九十]+|最后)\s*(?:一)?\s*(?:个|场|家|项|部|出)?\s*的?\s*(?![个场家项部出吧呢啊呀了就])([\p{Script=Han}A-Za-z]{1,8})/u;
const EN_DESCRIBED =
  /\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?!(?:one|ones|two|three|of|and|with|for|to|please|pls)\b)([a-z][a-z-]{2,})/iu;

/**
 * The entries of a list that a position said with a description counts among ("第二个电影" is the
 * second film of the list, "the second comedy" the second show with comedy in it): those whose name
 * holds the words, or of the kind of show they name. Undefined when the words pick out no narrower
 * part of the list (then the position counts the whole list).
 */
export function describedEntries(text: string, entries: readonly Entry[]): Entry[] | undefined {
  const word = (ZH_DESCRIBED.exec(text)?.[1] ?? EN_DESCRIBED.exec(text)?.[1])?.toLowerCase();
  if (!word) return undefined;
  const stem = word.replace(/(?<=[a-z]{3})(?:ies|es|s)$/u, "");
  const category = categoryOf(word);
  const matching = entries.filter((entry) => {
    const names = [entry.label, entry.payload.nameEn, entry.payload.name]
      .filter((name): name is string => typeof name === "string")
      .map((name) => name.toLowerCase());
    const named = names.some((name) => name.includes(word) || name.includes(stem));
    return named || (category !== undefined && entry.payload.category === category);
  });
  return matching.length > 0 && matching.length < entries.length ? matching : undefined;
}
