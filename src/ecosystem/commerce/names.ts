import type { ServiceContext } from "../../kernel/context.ts";

/** A name people may say for something in the world, in both languages, by id. */
export interface WorldName {
  id: string;
  zh: string;
  en: string;
  /** Toneless pinyin of `zh` without spaces, where the service keeps it. */
  pinyin?: string;
  /** The catalogue category of a menu item ("fruit", "coffee"). */
  category?: string;
}

/**
 * Every menu item's name, by id: the dictionary a deployment would export for its assistant's
 * language understanding. It reads the catalogue only, never orders or money.
 */
export async function itemNames(context: ServiceContext): Promise<WorldName[]> {
  const skus = await context.db
    .selectFrom("commerce_skus")
    .select(["id", "name_zh", "name_en", "pinyin", "category"])
    .orderBy("id")
    .execute();
  return skus.map((sku) => ({
    id: sku.id,
    zh: sku.name_zh,
    en: sku.name_en,
    pinyin: sku.pinyin,
    category: sku.category,
  }));
}

/** Every merchant's brand, by merchant id (a chain's brand once per branch). */
export async function merchantBrandNames(context: ServiceContext): Promise<WorldName[]> {
  const merchants = await context.db
    .selectFrom("commerce_merchants")
    .select(["id", "brand_zh", "brand_en"])
    .orderBy("id")
    .execute();
  return merchants.map((merchant) => ({ id: merchant.id, zh: merchant.brand_zh, en: merchant.brand_en }));
}
