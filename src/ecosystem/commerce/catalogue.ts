import type { ServiceContext } from "../../kernel/context.ts";
import type { CommerceMerchantsTable, CommerceSkusTable } from "./tables.ts";

/**
 * The catalogue as search reads it: every merchant, and every active SKU by merchant, both in id
 * order. Rows are shared between searches and frozen; their `stock` is whatever it was when the
 * snapshot was read, so callers read stock live (`soldOut`, `stockOf`).
 */
export interface CatalogueSnapshot {
  version: number;
  merchants: readonly CommerceMerchantsTable[];
  skusByMerchant: ReadonlyMap<string, readonly CommerceSkusTable[]>;
}

/** One snapshot per open database (a Kysely handle), dropped with it. */
const snapshots = new WeakMap<object, CatalogueSnapshot>();

/**
 * The current catalogue: the kept snapshot while the version the triggers maintain has not moved
 * (one primary-key read), else a fresh read. The version is read before the rows, so a change that
 * lands in between only makes the next search read again.
 */
export async function readCatalogue(context: ServiceContext): Promise<CatalogueSnapshot> {
  const row = await context.db
    .selectFrom("commerce_catalogue")
    .select("version")
    .where("id", "=", 1)
    .executeTakeFirst();
  const version = Number(row?.version ?? Number.NaN);
  const kept = snapshots.get(context.db);
  if (kept && kept.version === version) return kept;
  const [merchants, skus] = await Promise.all([
    context.db.selectFrom("commerce_merchants").selectAll().orderBy("id").execute(),
    context.db.selectFrom("commerce_skus").selectAll().where("active", "=", 1).orderBy("id").execute(),
  ]);
  const skusByMerchant = new Map<string, CommerceSkusTable[]>();
  const intern = interner();
  for (const sku of skus) {
    // Thousands of SKUs share a few dozen option-group, tag and description texts: one copy each.
    sku.option_groups = intern(sku.option_groups);
    sku.tags = intern(sku.tags);
    sku.description = intern(sku.description);
    sku.category = intern(sku.category);
    sku.merchant_id = intern(sku.merchant_id);
    Object.freeze(sku);
    const list = skusByMerchant.get(sku.merchant_id);
    if (list) list.push(sku);
    else skusByMerchant.set(sku.merchant_id, [sku]);
  }
  const snapshot: CatalogueSnapshot = {
    version,
    merchants: merchants.map((merchant) => Object.freeze(merchant)),
    skusByMerchant,
  };
  // Without a version (a database from before the catalogue migration) nothing is kept.
  if (!Number.isNaN(version)) snapshots.set(context.db, snapshot);
  return snapshot;
}

/** Returns the first string equal to each one it is given, so equal texts of a read share memory. */
function interner(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    const first = seen.get(text);
    if (first !== undefined) return first;
    seen.set(text, text);
    return text;
  };
}

/** SKUs with nothing left on the shelf, read live. */
export async function soldOut(context: ServiceContext): Promise<Set<string>> {
  const rows = await context.db.selectFrom("commerce_skus").select("id").where("stock", "<=", 0).execute();
  return new Set(rows.map((row) => row.id));
}

/** Live stock of the given SKUs. */
export async function stockOf(
  context: ServiceContext,
  skuIds: readonly string[],
): Promise<Map<string, number>> {
  if (skuIds.length === 0) return new Map();
  const rows = await context.db
    .selectFrom("commerce_skus")
    .select(["id", "stock"])
    .where("id", "in", [...skuIds])
    .execute();
  return new Map(rows.map((row) => [row.id, row.stock]));
}
