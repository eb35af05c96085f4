import type { Lang } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { SeatChoice, SeatTier } from "./seat-choice.ts";

/** What the user asked of the tiers and what bounded the choice. */
export interface TierAsk {
  prefer?: "cheapest" | "best";
  count: number;
  /** Seats side by side were required (a group not told apart is fine). */
  together: boolean;
  /** The cap per ticket in force, if any. */
  capFen?: number;
  /** Only these tiers (an area the user named). */
  tierNames?: readonly string[];
}

/**
 * "最好的位置" / "the cheapest seats" answered with another tier than the best (or cheapest) one the
 * session sells: why, said before the card — sold out, too few left (side by side), or over the
 * budget. Nothing when the chosen tier is the one asked for, or no superlative was said.
 */
export function tierNote(choice: SeatChoice, tiers: readonly SeatTier[], ask: TierAsk, lang: Lang): string {
  if (!ask.prefer || !choice.tierZh) return "";
  const inArea = tiers.filter((tier) => !ask.tierNames || ask.tierNames.includes(tier.nameZh));
  const ordered = [...inArea].sort((a, b) =>
    ask.prefer === "best" ? b.priceFen - a.priceFen : a.priceFen - b.priceFen,
  );
  const wanted = ordered[0];
  const chosen = inArea.find((tier) => tier.nameZh === choice.tierZh);
  if (!wanted || !chosen || wanted.nameZh === chosen.nameZh || wanted.priceFen === chosen.priceFen) return "";
  const best = ask.prefer === "best";
  const why =
    wanted.available === 0
      ? say(lang, "已售完", "is sold out")
      : wanted.available < ask.count
        ? say(lang, `只剩 ${wanted.available} 张`, `has only ${wanted.available} left`)
        : best && ask.capFen !== undefined && wanted.priceFen > ask.capFen
          ? say(
              lang,
              `每张 ${yuan(wanted.priceFen)}，超出你每张 ${yuan(ask.capFen)} 的预算`,
              `is ${yuan(wanted.priceFen)} each, over your ${yuan(ask.capFen)} each`,
            )
          : ask.together
            ? say(lang, `没有 ${ask.count} 个连在一起的座位了`, `has no ${ask.count} seats together left`)
            : say(lang, "现在选不到座", "has no seats I can hold");
  return say(
    lang,
    `（${best ? "最好的" : "最便宜的"}「${wanted.nameZh}」${why}，所以选了${best ? "现在能买到最好的" : "现在最便宜的"}「${chosen.nameZh}」。）`,
    ` (The ${best ? "best" : "cheapest"} tier, ${wanted.nameEn}, ${why}, so this is the ${best ? "best" : "cheapest"} I can get: ${chosen.nameEn}.)`,
  );
}
