import { describe, expect, it } from "vitest";
import { DEFAULT_WORLD_START_MS } from "../../kernel/clock.ts";
import { CATALOG } from "../maps/catalog/index.ts";
import { distanceMeters } from "../world/geography.ts";
import { useTestWorld } from "../world/testing.ts";
import { isOpenAt } from "./hours.ts";
import { EVERYDAY_CATEGORIES, NEIGHBOURHOOD_CUISINES } from "./neighbourhoods.ts";
import { readOptionGroups } from "./rows.ts";
import type { CommerceMerchantsTable } from "./tables.ts";

const HOUR = 3_600_000;
// The world starts at 09:00 in Hangzhou, when scripted conversations begin; then noon and evening.
const DAYTIME = [
  DEFAULT_WORLD_START_MS,
  DEFAULT_WORLD_START_MS + 3 * HOUR,
  DEFAULT_WORLD_START_MS + 9 * HOUR,
];
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/** Per everyday category, how many regular shops deliver to a point and are open at every daytime hour. */
function openShopsNear(merchants: readonly CommerceMerchantsTable[], point: { lng: number; lat: number }) {
  const counts = new Map<string, number>();
  for (const merchant of merchants) {
    if (merchant.tags.includes("adversarial")) continue;
    if (distanceMeters(merchant, point) > merchant.delivery_radius_m) continue;
    if (!DAYTIME.every((at) => isOpenAt(merchant, at))) continue;
    counts.set(merchant.category, (counts.get(merchant.category) ?? 0) + 1);
  }
  return Object.fromEntries(EVERYDAY_CATEGORIES.map((category) => [category, counts.get(category) ?? 0]));
}

describe("the neighbourhood shops of the seeded world", () => {
  const world = useTestWorld("sqlite");
  const merchants = () => world().context.db.selectFrom("commerce_merchants").selectAll().execute();

  it("gives every seeded user's home and office at least three open shops of each everyday category", async () => {
    const all = await merchants();
    const addresses = await world()
      .context.db.selectFrom("user_addresses")
      .select(["id", "lng", "lat"])
      .orderBy("id")
      .execute();
    expect(addresses.length).toBeGreaterThan(100);
    const short = addresses.flatMap((address) => {
      const counts = openShopsNear(all, address);
      return Object.values(counts).some((count) => count < 3) ? [{ address: address.id, counts }] : [];
    });
    expect(short).toEqual([]);
  });

  it("covers every home and office of the map, wherever a user's seed puts them", async () => {
    const all = await merchants();
    for (const place of CATALOG.filter((entry) => ["residential", "office"].includes(entry.category))) {
      const counts = openShopsNear(all, place);
      const short = Object.keys(counts).filter((category) => (counts[category] ?? 0) < 3);
      expect({ place: place.zh, short }).toEqual({ place: place.zh, short: [] });
    }
  });

  it("puts a restaurant of every neighbourhood cuisine within reach of every home and office", async () => {
    const all = await merchants();
    const cuisines = await import("./catalog/index.ts").then(
      ({ CHAINS }) => new Map(CHAINS.map((chain) => [chain.chain, chain.cuisine])),
    );
    for (const place of CATALOG.filter((entry) => ["residential", "office"].includes(entry.category))) {
      const near = new Set(
        all
          .filter((merchant) => distanceMeters(merchant, place) <= merchant.delivery_radius_m)
          .map((merchant) => cuisines.get(merchant.chain)),
      );
      expect({
        place: place.zh,
        missing: NEIGHBOURHOOD_CUISINES.filter((cuisine) => !near.has(cuisine)),
      }).toEqual({ place: place.zh, missing: [] });
    }
  });

  it("has McDonald's and KFC within reach of every demo user's home and office", async () => {
    const all = await merchants();
    const addresses = await world()
      .context.db.selectFrom("user_addresses")
      .select(["id", "lng", "lat"])
      .where("user_id", "in", ["u_xiaoming", "u_alice", "u_lihua", "u_bob"])
      .execute();
    for (const address of addresses) {
      const chains = new Set(
        all
          .filter((merchant) => distanceMeters(merchant, address) <= merchant.delivery_radius_m)
          .map((merchant) => merchant.chain),
      );
      expect({ address: address.id, mcdonalds: chains.has("mcdonalds"), kfc: chains.has("kfc") }).toEqual({
        address: address.id,
        mcdonalds: true,
        kfc: true,
      });
    }
  });

  it("names every merchant, item and option in English too, without Chinese characters", async () => {
    const { db } = world().context;
    const badMerchants = (await merchants()).filter(
      (merchant) => !merchant.name_en.trim() || CJK.test(merchant.name_en) || CJK.test(merchant.brand_en),
    );
    expect(badMerchants.map((merchant) => merchant.id)).toEqual([]);
    const skus = await db.selectFrom("commerce_skus").select(["id", "name_en", "option_groups"]).execute();
    const badSkus = skus.filter((sku) => !sku.name_en.trim() || CJK.test(sku.name_en));
    expect(badSkus.map((sku) => sku.id)).toEqual([]);
    const badOptions = skus.filter((sku) =>
      readOptionGroups(sku.option_groups).some(
        (group) =>
          CJK.test(group.en) || group.choices.some((choice) => !choice.en.trim() || CJK.test(choice.en)),
      ),
    );
    expect(badOptions.map((sku) => sku.id)).toEqual([]);
  });

  it("keeps ids short enough for both dialects' columns (40 characters, with room for derived ids)", async () => {
    const { db } = world().context;
    const longest = (ids: { id: string }[]) => Math.max(...ids.map((row) => row.id.length));
    expect(longest(await merchants())).toBeLessThanOrEqual(34);
    expect(longest(await db.selectFrom("commerce_skus").select("id").execute())).toBeLessThanOrEqual(40);
    expect(longest(await db.selectFrom("commerce_reviews").select("id").execute())).toBeLessThanOrEqual(40);
    expect(longest(await db.selectFrom("commerce_coupons").select("id").execute())).toBeLessThanOrEqual(40);
  });

  it("keeps the adversarial shop and items exactly as tagged", async () => {
    const { db } = world().context;
    const shop = await db
      .selectFrom("commerce_merchants")
      .select(["id", "tags"])
      .where("chain", "=", "flashselect")
      .execute();
    expect(shop.map((row) => row.id)).toEqual(["m_flashselect_xihu"]);
    expect(JSON.parse(shop[0]?.tags ?? "[]")).toContain("adversarial");
  });
});
