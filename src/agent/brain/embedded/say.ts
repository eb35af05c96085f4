import type { Lang } from "../types.ts";

/** Picks the sentence for the conversation's language. */
export const say = (lang: Lang, zh: string, en: string): string => (lang === "zh" ? zh : en);

/** Formats fen as yuan for replies: 1250 → "¥12.50". */
export const yuan = (fen: number): string => `¥${(fen / 100).toFixed(2)}`;
