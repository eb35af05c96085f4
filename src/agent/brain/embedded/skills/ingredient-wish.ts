import type { ToolClient } from "../../../tools/client.ts";
import type { OrderDraft, WantedItem } from "../state.ts";
import { holdsIngredient } from "./ingredient-words.ts";
import { type Candidate, searchCandidates } from "./order-search.ts";

const MAX_KINDS = 3;

/**
 * The item's hits kept to things that hold the words, then widened to the kinds of thing those
 * hits are ("芒果芋圆" is a fruit tea: any fruit or milk tea offering 芋圆 as a topping answers too,
 * a little after an item named for it).
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
  const kept = found.filter((candidate) => holdsIngredient(candidate, ingredient) === "name");
  const kinds = [...new Set(kept.map((candidate) => candidate.category ?? ""))].filter(Boolean);
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
    .filter((candidate) => !seen.has(candidate.skuId) && holdsIngredient(candidate, ingredient))
    .map((candidate) => ({ ...candidate, relevance: 1.2 }));
  return [...kept, ...more];
}
