import type { Understanding } from "../nlu/understand.ts";
import type { BrainTurn } from "../types.ts";

/** Whether the catalogue sells something by that name ("ibuprofen", "cheeseburger"). */
export async function catalogueSells(tools: BrainTurn["tools"], product: string): Promise<boolean> {
  const result = await tools.call<{ items: { nameZh: string; nameEn: string }[] }>("commerce_search_items", {
    keyword: product,
    limit: 5,
  });
  const wanted = product.toLowerCase().replace(/(?<=[a-z]{3})s$/u, "");
  return (
    result.ok &&
    result.data.items.some((item) =>
      [item.nameZh, item.nameEn].some((name) => name.toLowerCase().includes(wanted)),
    )
  );
}

/**
 * The things a message names, as the order reading took them apart ("a box of ibuprofen" is
 * "ibuprofen", its pack and count read apart) and as the product slot holds them; each said once.
 */
export function thingsSaid(nlu: Understanding): string[] {
  const lines = (nlu.slots.order?.lines ?? []).map((line) => line.said?.trim() ?? "");
  return [...new Set([...lines, nlu.slots.product?.trim() ?? ""])]
    .filter((said) => said.length > 0)
    .slice(0, 3);
}

/** Whether the catalogue sells any of the things said (looked up one after another). */
export async function sellsAnyOf(tools: BrainTurn["tools"], things: readonly string[]): Promise<boolean> {
  for (const thing of things) if (await catalogueSells(tools, thing)) return true;
  return false;
}
