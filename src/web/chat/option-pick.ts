import type { Lang } from "../api/types.ts";

/**
 * What the app says when the user taps the n-th option under a reply. The brain resolves picks by
 * position ("第2个", "option 2"), not by a label's words, which could read as a new request; the
 * label follows so the conversation shows what was chosen.
 */
export function optionPick(index: number, label: string, lang: Lang): string {
  const position = index + 1;
  return lang === "zh" ? `第${position}个：${label}` : `Option ${position}: ${label}`;
}
