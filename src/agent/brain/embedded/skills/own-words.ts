import type { GazetteerMatch } from "../../nlu/gazetteer.ts";

/**
 * The user's own words for a line the catalogue matched as a kind of thing, from the turn's product
 * phrase: kept when they name that kind with more words before it ("玫瑰花" for 花, "red roses"),
 * cut after the kind's word ("coffees keep it under 30" → "coffees"); undefined when the phrase is
 * about something else ("要快" → 快, "送去单位" → 去单位, "九点半" → 半) or says less than the match
 * ("medicine" of "cold medicine") — then the line's own words are searched.
 */
export function ownWordsFor(
  product: string | undefined,
  match: GazetteerMatch,
  entities: readonly GazetteerMatch[] = [],
): string | undefined {
  // A show's name said with goods ("mayday flowers") is what they are for, not their name.
  for (const show of entities.filter((entity) => entity.entity.kind === "event"))
    product = product
      ?.replace(new RegExp(show.text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"), "iu"), " ")
      .replace(/\s+/gu, " ")
      .trim();
  if (!product) return undefined;
  const said = match.text.toLowerCase();
  if (said.length === 0) return undefined;
  const at = product.toLowerCase().indexOf(said);
  if (at < 0) return undefined;
  return product.slice(0, at + said.length).trim();
}
