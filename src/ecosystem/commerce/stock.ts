import type { Kysely } from "kysely";
import { DimpleError } from "../../kernel/errors.ts";
import type { Database } from "../../store/schema.ts";
import type { StoredLine } from "./rows.ts";

/** Quantities per SKU, sorted by id so concurrent orders lock rows in the same order (no deadlocks). */
function quantities(lines: readonly StoredLine[]): [string, number][] {
  const bySku = new Map<string, number>();
  for (const line of lines) bySku.set(line.skuId, (bySku.get(line.skuId) ?? 0) + line.qty);
  return [...bySku.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Takes the lines' quantities out of stock with conditional updates (`stock >= qty`), so stock can
 * never go negative, whatever runs concurrently. Must run in the order's transaction: a later line
 * that fails rolls the earlier ones back.
 */
export async function takeStock(db: Kysely<Database>, lines: readonly StoredLine[]): Promise<void> {
  for (const [skuId, qty] of quantities(lines)) {
    const result = await db
      .updateTable("commerce_skus")
      .set((builder) => ({ stock: builder("stock", "-", qty) }))
      .where("id", "=", skuId)
      .where("stock", ">=", qty)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) {
      const row = await db
        .selectFrom("commerce_skus")
        .select(["stock", "name_en", "merchant_id", "category"])
        .where("id", "=", skuId)
        .executeTakeFirst();
      const substitutes = await db
        .selectFrom("commerce_skus")
        .select(["id as skuId", "name_zh as nameZh", "name_en as nameEn", "price_fen as priceFen"])
        .where("merchant_id", "=", row?.merchant_id ?? "")
        .where("category", "=", row?.category ?? "")
        .where("id", "!=", skuId)
        .where("stock", ">=", qty)
        .orderBy("id")
        .limit(3)
        .execute();
      throw new DimpleError("out_of_stock", `${row?.name_en ?? skuId} sold out before the order was placed`, {
        field: "quoteId",
        status: 409,
        details: { skuId, available: row?.stock ?? 0, substitutes },
      });
    }
  }
}

/** Puts a cancelled or rejected order's quantities back on the shelf. */
export async function returnStock(db: Kysely<Database>, lines: readonly StoredLine[]): Promise<void> {
  for (const [skuId, qty] of quantities(lines)) {
    await db
      .updateTable("commerce_skus")
      .set((builder) => ({ stock: builder("stock", "+", qty) }))
      .where("id", "=", skuId)
      .execute();
  }
}
