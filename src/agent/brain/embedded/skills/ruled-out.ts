import type { ExclusionSlot } from "../../nlu/slots/line-words.ts";

/**
 * The shops the user ruled out, said before "nothing found": "除了「星巴克」「瑞幸」，" / "Apart from
 * Starbucks and Luckin, ". Nothing when none were; the user then knows the search kept to them.
 */
export function besidesRuledOut(exclusions: readonly ExclusionSlot[] | undefined, lang: "zh" | "en"): string {
  const shops = (exclusions ?? []).filter((exclusion) => exclusion.kind === "merchant");
  if (shops.length === 0) return "";
  if (lang === "zh") return `除了${shops.map((shop) => `「${shop.zh}」`).join("")}，`;
  const names = shops.map((shop) => shop.en);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  return `Apart from ${listed}, `;
}
