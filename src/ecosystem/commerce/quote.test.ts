import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import { bestCombination } from "./coupons.ts";
import { quoteCart } from "./quote.ts";
import { getQuote } from "./quote-store.ts";
import type { CommerceCouponsTable } from "./tables.ts";
import { rejection } from "./testing.ts";

const LATTE = "sku_luckin_binjiang_02";
const base = {
  userId: "u_xiaoming",
  merchantId: "m_luckin_binjiang",
  addressId: "u_xiaoming_office",
};

const coupon = (
  id: string,
  kind: string,
  minSpend: number,
  discount: number,
  expiresAt = 10,
): CommerceCouponsTable => ({
  id,
  kind,
  user_id: kind === "user_voucher" ? "u" : null,
  merchant_id: null,
  category: null,
  title_zh: id,
  title_en: id,
  min_spend_fen: minSpend,
  discount_fen: discount,
  starts_at: 0,
  expires_at: expiresAt,
  used_order_id: null,
  used_at: null,
});

it("picks the largest saving with at most one coupon of each kind", () => {
  const chosen = bestCombination(
    [
      coupon("m_small", "merchant_discount", 2000, 200),
      coupon("m_big", "merchant_discount", 4000, 600),
      coupon("p", "platform_subsidy", 3000, 300),
      coupon("v_small", "user_voucher", 1000, 300),
      coupon("v_big", "user_voucher", 4000, 800),
    ],
    5000,
  );
  expect(chosen.map((discount) => discount.couponId)).toEqual(["m_big", "p", "v_big"]);
});

it("spends no voucher when it would not add to the saving, and never discounts below free", () => {
  const chosen = bestCombination(
    [coupon("m", "merchant_discount", 0, 900), coupon("v", "user_voucher", 0, 500)],
    800,
  );
  expect(chosen.map((discount) => [discount.couponId, discount.amountFen])).toEqual([["m", 800]]);
});

describeEachDialect("quoting a cart", (dialect) => {
  const world = useTestWorld(dialect);

  it("prices options on top of the base price", async () => {
    const quote = await quoteCart(world().context, {
      ...base,
      lines: [{ skuId: LATTE, qty: 2, options: { size: "超大杯", sugar: "少糖", milk: "oat" } }],
      couponIds: [],
    });
    // 25.00 + 6.00 extra large + 3.00 oat milk = 34.00 a cup.
    expect(quote.lines[0]).toMatchObject({ unitFen: 3400, lineFen: 6800 });
    expect(quote.lines[0]?.options).toEqual({
      size: "extra_large",
      ice: "regular",
      sugar: "less",
      milk: "oat",
    });
    expect(quote.totalFen).toBe(6800 + quote.packagingFen + quote.deliveryFen);
    expect(quote.expiresAt - quote.createdAt).toBe(10 * 60_000);
  });

  it("holds a pre-order's price until its delivery time, and refuses a shop closed when it would cook", async () => {
    const now = world().context.clock.now();
    const tomorrowNoon = now + 27 * 3_600_000;
    const quote = await quoteCart(world().context, {
      ...base,
      lines: [{ skuId: LATTE, qty: 1 }],
      deliverAt: tomorrowNoon,
    });
    expect(quote.expiresAt).toBe(tomorrowNoon + 10 * 60_000);
    // 03:00 the night after: no coffee shop is cooking then.
    await expect(
      quoteCart(world().context, {
        ...base,
        lines: [{ skuId: LATTE, qty: 1 }],
        deliverAt: now + 42 * 3_600_000,
      }),
    ).rejects.toMatchObject({ code: "merchant_closed" });
  });

  it("applies the best combination of 满减, platform subsidy and the user's voucher", async () => {
    const quote = await quoteCart(world().context, {
      ...base,
      lines: [{ skuId: LATTE, qty: 2, options: {} }],
    });
    // Items 50.00: 满40减6 (merchant) + 满20减3 (coffee subsidy) + 满40减8 (voucher) = 17.00 off.
    expect(quote.discounts.map((discount) => [discount.kind, discount.amountFen])).toEqual([
      ["merchant_discount", 600],
      ["platform_subsidy", 300],
      ["user_voucher", 800],
    ]);
    expect(quote.totalFen).toBe(5000 + quote.packagingFen + quote.deliveryFen - 1700);
  });

  it("uses exactly the named coupons when the caller chooses", async () => {
    const quote = await quoteCart(world().context, {
      ...base,
      lines: [{ skuId: LATTE, qty: 2, options: {} }],
      couponIds: ["cp_u_xiaoming_1"],
    });
    expect(quote.discounts.map((discount) => discount.couponId)).toEqual(["cp_u_xiaoming_1"]);
  });

  it("refuses an expired coupon, pointing at it", async () => {
    const error = await rejection(
      quoteCart(world().context, {
        ...base,
        lines: [{ skuId: LATTE, qty: 2, options: {} }],
        couponIds: ["cp_u_xiaoming_3"],
      }),
    );
    expect(error).toMatchObject({ code: "coupon_not_applicable", field: "couponIds.0" });
  });

  it("stores the quote so later steps read the authoritative numbers", async () => {
    const quote = await quoteCart(world().context, {
      ...base,
      lines: [{ skuId: LATTE, qty: 1, options: {} }],
    });
    const stored = await getQuote(world().context, { userId: "u_xiaoming", quoteId: quote.quoteId });
    expect(stored).toEqual(quote);
    const other = await rejection(getQuote(world().context, { userId: "u_alice", quoteId: quote.quoteId }));
    expect(other.code).toBe("not_found");
  });

  it.each([
    [{ lines: [{ skuId: "sku_nope", qty: 1, options: {} }] }, "not_found", "lines.0.skuId"],
    [
      { lines: [{ skuId: LATTE, qty: 1, options: { sugar: "extra sweet" } }] },
      "invalid_option",
      "lines.0.options.sugar",
    ],
    [
      { lines: [{ skuId: LATTE, qty: 1, options: { topping: "pearls" } }] },
      "invalid_option",
      "lines.0.options.topping",
    ],
    [{ lines: [{ skuId: LATTE, qty: 0, options: {} }] }, "invalid_argument", "lines.0.qty"],
    [{ lines: [{ skuId: LATTE, qty: 100, options: {} }] }, "invalid_argument", "lines.0.qty"],
    [{ lines: [{ skuId: "sku_mcdonalds_binjiang_01", qty: 1, options: {} }] }, "not_found", "lines.0.skuId"],
    [{ merchantId: "m_nowhere" }, "not_found", "merchantId"],
  ])("refuses a bad cart %#", async (change, code, field) => {
    const error = await rejection(
      quoteCart(world().context, { ...base, lines: [{ skuId: LATTE, qty: 1, options: {} }], ...change }),
    );
    expect(error).toMatchObject({ code, field });
  });

  it("refuses an address outside the delivery radius", async () => {
    const error = await rejection(
      quoteCart(world().context, {
        ...base,
        addressId: undefined,
        address: { lng: 120.37, lat: 30.31, text: "下沙高教园" },
        lines: [{ skuId: LATTE, qty: 1, options: {} }],
      }),
    );
    expect(error.code).toBe("out_of_delivery_range");
  });

  it("refuses a merchant that is closed now (HEYTEA opens at 10:00)", async () => {
    const error = await rejection(
      quoteCart(world().context, {
        userId: "u_xiaoming",
        merchantId: "m_heytea_binjiang",
        addressId: "u_xiaoming_office",
        lines: [{ skuId: "sku_heytea_binjiang_01", qty: 1, options: {} }],
      }),
    );
    expect(error.code).toBe("merchant_closed");
  });

  it("refuses a cart below the minimum order", async () => {
    const error = await rejection(
      quoteCart(world().context, {
        ...base,
        merchantId: "m_manner_binjiang",
        lines: [{ skuId: "sku_manner_binjiang_08", qty: 1, options: {} }],
      }),
    );
    expect(error).toMatchObject({
      code: "below_minimum_order",
      details: { minOrderFen: 2000, itemsFen: 1200 },
    });
  });

  it("reports out of stock with the SKU and substitutes from the same merchant", async () => {
    await world()
      .context.db.updateTable("commerce_skus")
      .set({ stock: 1 })
      .where("id", "=", "sku_luckin_binjiang_04")
      .execute();
    const error = await rejection(
      quoteCart(world().context, {
        ...base,
        lines: [{ skuId: "sku_luckin_binjiang_04", qty: 2, options: {} }],
      }),
    );
    expect(error).toMatchObject({
      code: "out_of_stock",
      field: "lines.0.qty",
      details: { skuId: "sku_luckin_binjiang_04" },
    });
    const substitutes = error.details?.substitutes as { skuId: string }[];
    expect(substitutes.length).toBeGreaterThan(0);
    expect(substitutes.every((substitute) => substitute.skuId.startsWith("sku_luckin_binjiang_"))).toBe(true);
  });
});
