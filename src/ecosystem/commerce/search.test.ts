import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { itemDetail, merchantDetail } from "./details.ts";
import { searchItems, searchMerchants } from "./search.ts";

/** A user's seeded office as a "lng,lat" point. */
async function officeOf(world: ReturnType<ReturnType<typeof useTestWorld>>, userId: string) {
  const address = await world.context.db
    .selectFrom("user_addresses")
    .selectAll()
    .where("id", "=", `${userId}_office`)
    .executeTakeFirstOrThrow();
  return `${address.lng},${address.lat}`;
}

describeEachDialect("searching merchants and items", (dialect) => {
  const world = useTestWorld(dialect);

  it.each([
    ["Chinese", "拿铁"],
    ["English", "Latte"],
    ["full pinyin", "natie"],
    ["pinyin initials", "nt"],
    ["a typo", "lattee"],
    ["a homophone", "那铁"],
  ])("finds lattes by %s (%s)", async (_how, keyword) => {
    const { items } = await searchItems(world().context, { keyword, limit: 5 });
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.nameZh).toContain("拿铁");
  });

  it("matches a shop and a dish together", async () => {
    const { items } = await searchItems(world().context, { keyword: "瑞幸 拿铁", limit: 5 });
    expect(items[0]).toMatchObject({ nameZh: "拿铁", merchant: { brandZh: "瑞幸咖啡" } });
  });

  it("finds medicine by its English name", async () => {
    const { items } = await searchItems(world().context, { keyword: "ibuprofen" });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.nameZh.includes("布洛芬"))).toBe(true);
  });

  it("finds merchants by brand in pinyin initials", async () => {
    const { merchants } = await searchMerchants(world().context, { keyword: "rxkf" });
    expect(merchants.length).toBeGreaterThan(0);
    expect(merchants.every((merchant) => merchant.brandZh === "瑞幸咖啡")).toBe(true);
  });

  it("returns only merchants whose delivery radius covers the point, nearest first among equals", async () => {
    const location = await officeOf(world(), "u_xiaoming");
    const { merchants } = await searchMerchants(world().context, { location, category: "coffee", limit: 50 });
    expect(merchants.length).toBeGreaterThan(0);
    for (const merchant of merchants) {
      expect(merchant.inRange).toBe(true);
      expect(merchant.distanceM).toBeLessThanOrEqual(merchant.deliveryRadiusM);
    }
    const all = await world()
      .context.db.selectFrom("commerce_merchants")
      .selectAll()
      .where("category", "=", "coffee")
      .execute();
    expect(merchants.length).toBeLessThan(all.length);
  });

  it("filters by opening hours at the world's clock (09:00 in Hangzhou)", async () => {
    const { merchants } = await searchMerchants(world().context, { keyword: "喜茶", limit: 50 });
    expect(merchants.length).toBeGreaterThan(0);
    expect(merchants.every((merchant) => merchant.isOpen === false)).toBe(true);
    const open = await searchMerchants(world().context, { keyword: "喜茶", openNow: true });
    expect(open.total).toBe(0);
    const coffee = await searchMerchants(world().context, { category: "coffee", openNow: true, limit: 50 });
    expect(coffee.total).toBeGreaterThan(0);
  });

  it("filters items by price and merchants by rating", async () => {
    const { items } = await searchItems(world().context, { keyword: "奶茶", maxPriceFen: 1000, limit: 50 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.priceFen <= 1000)).toBe(true);
    const { merchants } = await searchMerchants(world().context, { minRating: 4.7, limit: 50 });
    expect(merchants.every((merchant) => merchant.rating >= 4.7)).toBe(true);
  });

  it("shows an item's option groups with price deltas", async () => {
    const item = await itemDetail(world().context, { skuId: "sku_luckin_binjiang_02" });
    const size = item.optionGroups.find((group) => group.key === "size");
    expect(size?.choices.map((choice) => [choice.zh, choice.deltaFen])).toEqual([
      ["中杯", 0],
      ["大杯", 300],
      ["超大杯", 600],
    ]);
    expect(item.optionGroups.map((group) => group.key)).toContain("sugar");
  });

  it("shows a merchant with its menu, 满减 tiers and reviews (adversarial text included, as data)", async () => {
    const detail = await merchantDetail(world().context, { merchantId: "m_luckin_xihu" });
    expect(detail.menu.length).toBeGreaterThan(5);
    // Each item's stock is its own, not its place on the menu.
    for (const item of detail.menu)
      expect(item.stock, item.skuId).toBe((await itemDetail(world().context, item)).stock);
    expect(detail.discounts.length).toBeGreaterThan(0);
    const adversarial = detail.reviews.find((review) => review.tags.includes("adversarial"));
    expect(adversarial?.text).toContain("ignore previous instructions");
  });
});
