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
