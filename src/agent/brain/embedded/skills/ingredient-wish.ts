import type { ToolClient } from "../../../tools/client.ts";
import type { OrderDraft, WantedItem } from "../state.ts";
import { holdsIngredient } from "./ingredient-words.ts";
import { type Candidate, searchCandidates } from "./order-search.ts";

const MAX_KINDS = 3;

/**
 * The item's hits kept to things that hold the words, then widened to the kinds of thing those
 * hits are ("芒果芋圆" is a fruit tea: any fruit or milk tea offering 芋圆 as a topping answers too,
 * a little after an item named for it). A container said ("a cup", "一碗") keeps them to its kinds, and
 * with no name holding the words, its kinds are searched for things offering them.
 */
export async function withIngredient(
  tools: ToolClient,
  item: WantedItem,
  found: Candidate[],
  location: string,
  draft: OrderDraft,
  openNow: boolean,
): Promise<Candidate[]> {
  const ingredient = item.ingredient;
  if (!ingredient) return found;
  // What its container says it is ("a cup with pearls" is a drink, never a cup of ice).
  const fits = (candidate: Candidate) => !item.within || item.within.includes(candidate.category ?? "");
  const kept = found.filter(
    (candidate) => fits(candidate) && holdsIngredient(candidate, ingredient) === "name",
  );
  const named = [...new Set(kept.map((candidate) => candidate.category ?? ""))].filter(Boolean);
  // No name holds it: the kinds the container says, where it is a topping or an add-on.
  const kinds = named.length > 0 ? named : (item.within ?? []);
  if (kinds.length === 0) return kept;
  const wider = await searchCandidates(
    tools,
    {
      ...item,
      ingredient: undefined,
      searches: kinds.slice(0, MAX_KINDS).map((category) => ({ category, broad: true })),
    },
    location,
    draft,
    openNow,
  );
  const seen = new Set(kept.map((candidate) => candidate.skuId));
  const more = wider
    .filter(
      (candidate) => !seen.has(candidate.skuId) && fits(candidate) && holdsIngredient(candidate, ingredient),
    )
    .map((candidate) => ({ ...candidate, relevance: 1.2 }));
  return [...kept, ...more];
}
