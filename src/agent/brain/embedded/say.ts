import { formatFen } from "../../format.ts";
import type { Lang } from "../types.ts";

/** Picks the sentence for the conversation's language. */
export const say = (lang: Lang, zh: string, en: string): string => (lang === "zh" ? zh : en);

/** Formats fen as yuan for replies: 1250 → "¥12.50" (the agent's one formatter, `agent/format.ts`). */
export const yuan: (fen: number) => string = formatFen;
