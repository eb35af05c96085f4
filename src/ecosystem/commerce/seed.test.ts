import { expect, it } from "vitest";
import { openWorld } from "../../compose/open-world.ts";
import { SimulatedClock } from "../../kernel/clock.ts";
import { createTestDatabase, describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { MERCHANT_CATEGORIES } from "./catalog/types.ts";
import { listOrders } from "./orders.ts";

const count = async (
  world: ReturnType<ReturnType<typeof useTestWorld>>,
  table: "commerce_merchants" | "commerce_skus",
) => {
  const row = await world.context.db
    .selectFrom(table)
    .select((builder) => builder.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

describeEachDialect("the seeded commerce world", (dialect) => {
  const world = useTestWorld(dialect);

  it("has at least 40 merchants and 500 SKUs across every category", async () => {
    expect(await count(world(), "commerce_merchants")).toBeGreaterThanOrEqual(40);
    expect(await count(world(), "commerce_skus")).toBeGreaterThanOrEqual(500);
    const categories = await world()
      .context.db.selectFrom("commerce_merchants")
      .select("category")
      .distinct()
      .execute();
    expect(categories.map((row) => row.category).sort()).toEqual([...MERCHANT_CATEGORIES].sort());
  });

  it("stores pinyin for Chinese names", async () => {
    const latte = await world()
      .context.db.selectFrom("commerce_skus")
      .select(["pinyin", "pinyin_initials"])
      .where("name_zh", "=", "生椰拿铁")
      .executeTakeFirstOrThrow();
    expect(latte).toEqual({ pinyin: "shengyenatie", pinyin_initials: "synt" });
  });

  it("marks at least three adversarial merchants, items or reviews", async () => {
    const { db } = world().context;
    const tagged = (rows: { tags: string }[]) =>
      rows.filter((row) => JSON.parse(row.tags).includes("adversarial")).length;
    const merchants = tagged(await db.selectFrom("commerce_merchants").select("tags").execute());
    const items = tagged(await db.selectFrom("commerce_skus").select("tags").execute());
    const reviews = tagged(await db.selectFrom("commerce_reviews").select("tags").execute());
    expect(merchants).toBeGreaterThanOrEqual(1);
    expect(items).toBeGreaterThanOrEqual(1);
    expect(reviews).toBeGreaterThanOrEqual(1);
    expect(merchants + items + reviews).toBeGreaterThanOrEqual(3);
  });

  it("gives every demo user past delivered orders, and 小明 a latte from a coffee shop", async () => {
    for (const userId of ["u_xiaoming", "u_alice", "u_lihua", "u_bob"]) {
      const { orders } = await listOrders(world().context, { userId, status: "delivered" });
      expect(orders.length).toBeGreaterThanOrEqual(2);
    }
    const { orders } = await listOrders(world().context, { userId: "u_xiaoming" });
    const latte = orders.find((order) => order.lines.some((line) => line.nameZh === "拿铁"));
    expect(latte?.merchantId).toBe("m_luckin_binjiang");
    expect(latte?.lines[0]?.options).toMatchObject({ size: "large", sugar: "less" });
  });

  it("seeds the same catalogue from the same seed, on either dialect", async () => {
    const database = await createTestDatabase("sqlite");
    const twin = await openWorld({ db: database, seed: 7, clock: new SimulatedClock() });
    try {
      for (const table of [
        "commerce_merchants",
        "commerce_skus",
        "commerce_coupons",
        "commerce_orders",
      ] as const) {
        const mine = await world().context.db.selectFrom(table).selectAll().orderBy("id").execute();
        const theirs = await twin.context.db.selectFrom(table).selectAll().orderBy("id").execute();
        expect(theirs).toEqual(mine);
      }
    } finally {
      await twin.close();
    }
  });
});
