import type { Lang } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { EventSummary } from "./event-match.ts";
import type { SeatTier } from "./seat-choice.ts";
import { sessionLabel } from "./shanghai-time.ts";

type Tier = SeatTier;

/**
 * The tier the text names by its whole name, the longest first ("至尊VIP" is the 至尊VIP tier, not
 * every tier with "VIP" in its name); none when it names none.
 */
export function tierNamedIn(text: string, tiers: readonly SeatTier[]): string | undefined {
  const lower = text.toLowerCase();
  let best: { name: string; length: number } | undefined;
  for (const tier of tiers)
    for (const name of [tier.nameZh, tier.nameEn])
      if (name.length >= 2 && lower.includes(name.toLowerCase()) && name.length > (best?.length ?? 0))
        best = { name: tier.nameZh, length: name.length };
  return best?.name;
}

/**
 * Fewer seats left than asked for (in the area asked for, or anywhere in the session): how many are
 * left where, and a question — never a card for fewer seats or another area.
 */
export function shortageText(
  event: EventSummary,
  startsAt: number,
  count: number,
  together: boolean,
  tiers: readonly Tier[],
  tierNames: readonly string[] | undefined,
  now: number,
  lang: Lang,
): string {
  const when = sessionLabel(startsAt, now, lang);
  const asked = tierNames ? tiers.filter((tier) => tierNames.includes(tier.nameZh)) : [];
  const others = tiers.filter((tier) => !asked.includes(tier) && tier.available >= count);
  const left = (tier: Tier) =>
    tier.available === 0
      ? say(lang, `「${tier.nameZh}」已售罄`, `${tier.nameEn} is sold out`)
      : tier.available < count
        ? say(
            lang,
            `「${tier.nameZh}」只剩 ${tier.available} 张`,
            `only ${tier.available} left in ${tier.nameEn}`,
          )
        : say(
            lang,
            `「${tier.nameZh}」还有 ${tier.available} 张，但没有 ${count} 个连座`,
            `${tier.nameEn} has ${tier.available} left, but not ${count} together`,
          );
  const head = asked.length
    ? say(
        lang,
        `「${event.nameZh}」${when}：${asked.map(left).join("，")}，不够 ${count} 张。`,
        `${event.nameEn}, ${when}: ${asked.map(left).join("; ")} — not enough for ${count}.`,
      )
    : say(
        lang,
        `「${event.nameZh}」${when}余票不够 ${count} 张${together ? "连座" : ""}。`,
        `${event.nameEn}, ${when}: not enough seats left for ${count}${together ? " together" : ""}.`,
      );
  if (others.length === 0)
    return `${head}${say(lang, "要少买几张，还是换一场？", " Fewer tickets, or another session?")}`;
  const list = others
    .map((tier) =>
      say(
        lang,
        `${tier.nameZh} ${yuan(tier.priceFen)}（剩 ${tier.available} 张）`,
        `${tier.nameEn} ${yuan(tier.priceFen)} (${tier.available} left)`,
      ),
    )
    .join(say(lang, "、", ", "));
  return `${head}${say(
    lang,
    `还有：${list}。要换区、少买几张，还是换一场？`,
    ` Still available: ${list}. Another area, fewer tickets, or another session?`,
  )}`;
}
