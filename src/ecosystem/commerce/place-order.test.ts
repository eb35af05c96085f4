import { expect, it } from "vitest";
import { describeEachDialect } from "../../store/testing.ts";
import { createPaymentIntent } from "../pay/index.ts";
import { useTestWorld } from "../world/testing.ts";
import { placeOrder } from "./place-order.ts";
import { quoteCart } from "./quote.ts";
import { authorizeQuote, freshKey, rejection } from "./testing.ts";

const LATTE = "sku_luckin_binjiang_02";

describeEachDialect("placing an order", (dialect) => {
  const world = useTestWorld(dialect);
  const quoteLatte = (qty = 1, skuId = LATTE, couponIds?: string[]) =>
    quoteCart(world().context, {
      userId: "u_xiaoming",
      merchantId: "m_luckin_binjiang",
      addressId: "u_xiaoming_office",
      lines: [{ skuId, qty, options: { size: "大杯", sugar: "少糖" } }],
      ...(couponIds ? { couponIds } : {}),
    });
  const stockOf = async (skuId: string) =>
    (
      await world()
        .context.db.selectFrom("commerce_skus")
        .select("stock")
        .where("id", "=", skuId)
        .executeTakeFirstOrThrow()
    ).stock;

  it("places a paid order from the stored quote, taking stock and the voucher", async () => {
    const quote = await quoteLatte(2);
    const voucher = quote.discounts.find((discount) => discount.kind === "user_voucher");
    expect(voucher).toBeDefined();
    const before = await stockOf(LATTE);
    const paymentIntentId = await authorizeQuote(world().context, quote);
    const order = await placeOrder(world().context, {
      userId: "u_xiaoming",
      quoteId: quote.quoteId,
      paymentIntentId,
      idempotencyKey: freshKey(),
    });
    expect(order).toMatchObject({ status: "paid", totalFen: quote.totalFen, quoteId: quote.quoteId });
    expect(order.timeline?.map((entry) => entry.status)).toEqual(["created", "paid"]);
    expect(await stockOf(LATTE)).toBe(before - 2);
    const used = await world()
      .context.db.selectFrom("commerce_coupons")
      .select("used_order_id")
      .where("id", "=", voucher?.couponId ?? "")
      .executeTakeFirstOrThrow();
    expect(used.used_order_id).toBe(order.orderId);
  });

  it("returns the same order for the same key and body, with no second effect", async () => {
    const quote = await quoteLatte(1, LATTE, []);
    const paymentIntentId = await authorizeQuote(world().context, quote);
    const request = {
      userId: "u_xiaoming",
      quoteId: quote.quoteId,
      paymentIntentId,
      idempotencyKey: freshKey(),
    };
    const before = await stockOf(LATTE);
    // Concurrent retries race on the unique key: one order, the others replay it.
    const racing = await Promise.all([1, 2, 3, 4].map(() => placeOrder(world().context, request)));
    expect(new Set(racing.map((order) => order.orderId)).size).toBe(1);
    const later = await placeOrder(world().context, request);
    expect(later.orderId).toBe(racing[0]?.orderId);
    expect(await stockOf(LATTE)).toBe(before - 1);
    const conflict = await rejection(
      placeOrder(world().context, { ...request, paymentIntentId: "pi_other" }),
    );
    expect(conflict).toMatchObject({ code: "idempotency_conflict", field: "idempotencyKey" });
    const reused = await rejection(placeOrder(world().context, { ...request, idempotencyKey: freshKey() }));
    expect(reused.code).toBe("quote_already_used");
  });

  it("refuses another user's quote as not found", async () => {
    const quote = await quoteLatte(1, LATTE, []);
    const paymentIntentId = await authorizeQuote(world().context, quote);
    const error = await rejection(
      placeOrder(world().context, {
        userId: "u_alice",
        quoteId: quote.quoteId,
        paymentIntentId,
        idempotencyKey: freshKey(),
      }),
    );
    expect(error).toMatchObject({ code: "not_found", field: "quoteId" });
  });

  it("refuses a payment that is not authorized or not for the quote's total", async () => {
    const quote = await quoteLatte(1, LATTE, []);
    const wrongAmount = await authorizeQuote(world().context, quote, quote.totalFen - 100);
    const mismatch = await rejection(
      placeOrder(world().context, {
        userId: "u_xiaoming",
        quoteId: quote.quoteId,
        paymentIntentId: wrongAmount,
        idempotencyKey: freshKey(),
      }),
    );
    expect(mismatch).toMatchObject({ code: "payment_amount_mismatch", field: "paymentIntentId" });
    const unconfirmed = await createPaymentIntent(world().context, {
      userId: "u_xiaoming",
      amountFen: quote.totalFen,
      payee: "merchant:m_luckin_binjiang",
      reference: quote.quoteId,
      idempotencyKey: freshKey("create"),
    });
    const pending = await rejection(
      placeOrder(world().context, {
        userId: "u_xiaoming",
        quoteId: quote.quoteId,
        paymentIntentId: unconfirmed.id,
        idempotencyKey: freshKey(),
      }),
    );
    expect(pending).toMatchObject({ code: "payment_not_authorized" });
  });

  it("fails with out_of_stock when the fault is injected, leaving stock alone", async () => {
    const quote = await quoteLatte(1, LATTE, []);
    const paymentIntentId = await authorizeQuote(world().context, quote);
    const before = await stockOf(LATTE);
    world().context.faults.set("commerce", "out_of_stock", { times: 1 });
    const error = await rejection(
      placeOrder(world().context, {
        userId: "u_xiaoming",
        quoteId: quote.quoteId,
        paymentIntentId,
        idempotencyKey: freshKey(),
      }),
    );
    expect(error).toMatchObject({ code: "out_of_stock", details: { skuId: LATTE } });
    expect(await stockOf(LATTE)).toBe(before);
  });

  it("never drives stock negative: 20 concurrent orders for 5 left, exactly 5 succeed", async () => {
    const sku = "sku_luckin_binjiang_05";
    await world().context.db.updateTable("commerce_skus").set({ stock: 5 }).where("id", "=", sku).execute();
    const attempts = [];
    for (let index = 0; index < 20; index++) {
      const quote = await quoteLatte(1, sku, []);
      attempts.push({ quote, paymentIntentId: await authorizeQuote(world().context, quote) });
    }
    const results = await Promise.allSettled(
      attempts.map(({ quote, paymentIntentId }) =>
        placeOrder(world().context, {
          userId: "u_xiaoming",
          quoteId: quote.quoteId,
          paymentIntentId,
          idempotencyKey: freshKey(),
        }),
      ),
    );
    const succeeded = results.filter((result) => result.status === "fulfilled");
    const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason.code] : []));
    expect(succeeded).toHaveLength(5);
    expect(failures).toEqual(Array(15).fill("out_of_stock"));
    expect(await stockOf(sku)).toBe(0);
  });

  it("refuses an expired quote", async () => {
    const quote = await quoteLatte(1, LATTE, []);
    const paymentIntentId = await authorizeQuote(world().context, quote);
    await world().advance(11 * 60_000);
    const error = await rejection(
      placeOrder(world().context, {
        userId: "u_xiaoming",
        quoteId: quote.quoteId,
        paymentIntentId,
        idempotencyKey: freshKey(),
      }),
    );
    expect(error).toMatchObject({ code: "quote_expired", field: "quoteId" });
  });
});
