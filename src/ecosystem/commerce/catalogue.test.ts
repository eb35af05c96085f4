import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { readCatalogue } from "./catalogue.ts";
import { searchItems } from "./search.ts";
import { itemView } from "./views.ts";

describeEachDialect("the catalogue snapshot search reads", (dialect) => {
  const world = useTestWorld(dialect);
  const version = async () =>
    (
      await world()
        .context.db.selectFrom("commerce_catalogue")
        .select("version")
        .where("id", "=", 1)
        .executeTakeFirstOrThrow()
    ).version;
  const firstLatte = async () => {
    const { items } = await searchItems(world().context, { keyword: "拿铁", limit: 1 });
    const item = items[0];
    if (!item) throw new Error("no latte in the seeded world");
    return item;
  };

  it("is kept between searches while nothing in the catalogue changes", async () => {
    const first = await readCatalogue(world().context);
    await searchItems(world().context, { keyword: "latte" });
    expect(await readCatalogue(world().context)).toBe(first);
  });

  it("keeps one copy of a text many SKUs share, parsed once", async () => {
    const { skusByMerchant } = await readCatalogue(world().context);
    const skus = [...skusByMerchant.values()].flat();
    const byText = new Map<string, (typeof skus)[number][]>();
    for (const sku of skus) byText.set(sku.option_groups, [...(byText.get(sku.option_groups) ?? []), sku]);
    const [a, b] = [...byText.values()].find((same) => same.length > 1) ?? [];
    if (!a || !b) throw new Error("no two SKUs with the same option groups");
    expect(byText.size).toBeLessThan(skus.length / 10);
    expect(itemView(a).optionGroups).toBe(itemView(b).optionGroups);
    expect(Object.isFrozen(itemView(a).optionGroups)).toBe(true);
  });

  it("is read again after a price change made by plain SQL, and search shows the new price", async () => {
    const latte = await firstLatte();
    const before = await version();
    await world()
      .context.db.updateTable("commerce_skus")
      .set({ price_fen: latte.priceFen + 100 })
      .where("id", "=", latte.skuId)
      .execute();
    expect(await version()).toBeGreaterThan(before);
    const { items } = await searchItems(world().context, { keyword: latte.nameZh, limit: 30 });
    expect(items.find((item) => item.skuId === latte.skuId)?.priceFen).toBe(latte.priceFen + 100);
  });

  it("follows a delisted item at once", async () => {
    const latte = await firstLatte();
    await world()
      .context.db.updateTable("commerce_skus")
      .set({ active: 0 })
      .where("id", "=", latte.skuId)
      .execute();
    const { items } = await searchItems(world().context, { keyword: latte.nameZh, limit: 30 });
    expect(items.map((item) => item.skuId)).not.toContain(latte.skuId);
  });

  it("is not invalidated by stock changes, yet search shows live stock and ranks sold-out items last", async () => {
    const latte = await firstLatte();
    const snapshot = await readCatalogue(world().context);
    const before = await version();
    await world()
      .context.db.updateTable("commerce_skus")
      .set({ stock: 0 })
      .where("id", "=", latte.skuId)
      .execute();
    expect(await version()).toBe(before);
    // Around the latte's own shop: the whole city has more lattes than one page shows.
    const { items } = await searchItems(world().context, {
      keyword: latte.nameZh,
      location: latte.merchant.location,
      limit: 50,
    });
    expect(await readCatalogue(world().context)).toBe(snapshot);
    const hit = items.find((item) => item.skuId === latte.skuId);
    expect(hit).toMatchObject({ stock: 0, inStock: false });
    expect(items[0]?.skuId).not.toBe(latte.skuId);
  });

  it("raises the version when a merchant changes", async () => {
    const before = await version();
    await world()
      .context.db.updateTable("commerce_merchants")
      .set({ rating: 4.9 })
      .where("id", "=", (await firstLatte()).merchantId)
      .execute();
    expect(await version()).toBeGreaterThan(before);
  });
});
